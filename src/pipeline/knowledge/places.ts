/**
 * Cities and places → the canonical city name with diacritics, and each country's capital.
 * General knowledge of geography ("TP.HCM" → "Thành phố Hồ Chí Minh", "Điện Élysée" → "Paris").
 */
import { COUNTRY_FORMS_SOURCE, countryCode } from './countries';
import { boundedMatches, isWordCode, WORD } from './letters';
import { escapeRegExp } from '../../shared/text';

interface PlaceEntry {
  city: string;
  country: string;
  forms: string[];
  /** A state, not a city: a venue only after "tại/ở/đến/tới/thăm" (see findVenues). */
  state?: true;
}

// The US states, named as places of their own ("tại bang Ohio"); not Washington or Georgia, whose
// names are a city and a country, nor New York and Hawaii, named by their cities.
const US_STATES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
];

export const PLACES: readonly PlaceEntry[] = [
  {
    city: 'Hà Nội',
    country: 'VN',
    forms: [
      'Hà Nội',
      'Hanoi',
      'thủ đô Hà Nội',
      'Phủ Chủ tịch',
      'Phủ chủ tịch',
      // The capital's airport: a delegation or a shipment "vừa về tới sân bay Nội Bài".
      'Nội Bài',
      'Văn phòng Chính phủ',
      'Trụ sở Chính phủ',
      'Nhà Quốc hội',
      'Trụ sở Trung ương Đảng',
      'Trung tâm Hội nghị Quốc gia',
      'Nhà khách Chính phủ',
      'Nhà khách Trung ương',
      'Bộ Ngoại giao Việt Nam',
      // The Vietnamese ministries' headquarters ("tại Trụ sở Bộ Ngoại giao"); a foreign ministry's
      // ("trụ sở Bộ Quốc phòng Mỹ") is told apart in findPlaces.
      'Trụ sở Bộ Ngoại giao',
      'trụ sở Bộ Ngoại giao',
      'Trụ sở Bộ Quốc phòng',
      'trụ sở Bộ Quốc phòng',
      'Trụ sở Bộ Công an',
      'trụ sở Bộ Công an',
      'trụ sở Trung ương Đảng',
      'trụ sở Chính phủ',
    ],
  },
  {
    // The city's full name: every short form ("TP.HCM", "TPHCM", "TP HCM") abbreviates it.
    city: 'Thành phố Hồ Chí Minh',
    country: 'VN',
    forms: [
      'TP Hồ Chí Minh',
      'TP. Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'thành phố Hồ Chí Minh',
      'TP.HCM',
      'TP HCM',
      'TP. HCM',
      'TPHCM',
      'Tp Hồ Chí Minh',
      'Tp. Hồ Chí Minh',
      'Tp.HCM',
      'Tp. HCM',
      'Sài Gòn',
      // The name without diacritics, as the overseas Vietnamese press writes it.
      'Saigon',
      'Tân Sơn Nhất',
    ],
  },
  { city: 'Đà Nẵng', country: 'VN', forms: ['Đà Nẵng'] },
  { city: 'Hải Phòng', country: 'VN', forms: ['Hải Phòng'] },
  { city: 'Huế', country: 'VN', forms: ['Huế', 'Thừa Thiên Huế'] },
  { city: 'Cần Thơ', country: 'VN', forms: ['Cần Thơ'] },
  { city: 'Quảng Trị', country: 'VN', forms: ['Quảng Trị'] },
  { city: 'Tuy Hòa', country: 'VN', forms: ['Tuy Hòa', 'Tuy Hoà'] },
  { city: 'Phú Yên', country: 'VN', forms: ['Phú Yên'] },
  { city: 'Nha Trang', country: 'VN', forms: ['Nha Trang'] },
  // A port and bay of its own, some 40 km from Nha Trang: "tàu cập cảng Cam Ranh".
  { city: 'Cam Ranh', country: 'VN', forms: ['Cam Ranh', 'Vịnh Cam Ranh', 'vịnh Cam Ranh'] },
  { city: 'Hạ Long', country: 'VN', forms: ['Hạ Long', 'Quảng Ninh'] },
  { city: 'Biên Hòa', country: 'VN', forms: ['Biên Hòa', 'Đồng Nai'] },
  // Việt Nam's provinces (as named before the 2025 mergers) and their best-known cities, as the
  // place an ambassador's or a consul's provincial visit is put in ("Thái Bình" and "Bình Dương"
  // are left out: they are also the start and the end of "Thái Bình Dương", the Pacific; the city of
  // Vinh only with its "TP": "Vinh" alone is a common given name).
  { city: 'Hà Giang', country: 'VN', forms: ['Hà Giang'] },
  { city: 'Cao Bằng', country: 'VN', forms: ['Cao Bằng'] },
  { city: 'Bắc Kạn', country: 'VN', forms: ['Bắc Kạn'] },
  { city: 'Tuyên Quang', country: 'VN', forms: ['Tuyên Quang'] },
  { city: 'Lào Cai', country: 'VN', forms: ['Lào Cai', 'Sa Pa'] },
  { city: 'Điện Biên', country: 'VN', forms: ['Điện Biên', 'Điện Biên Phủ'] },
  { city: 'Lai Châu', country: 'VN', forms: ['Lai Châu'] },
  { city: 'Sơn La', country: 'VN', forms: ['Sơn La'] },
  { city: 'Yên Bái', country: 'VN', forms: ['Yên Bái'] },
  { city: 'Hòa Bình', country: 'VN', forms: ['Hòa Bình', 'Hoà Bình'] },
  { city: 'Thái Nguyên', country: 'VN', forms: ['Thái Nguyên'] },
  { city: 'Lạng Sơn', country: 'VN', forms: ['Lạng Sơn'] },
  { city: 'Bắc Giang', country: 'VN', forms: ['Bắc Giang'] },
  { city: 'Phú Thọ', country: 'VN', forms: ['Phú Thọ'] },
  { city: 'Vĩnh Phúc', country: 'VN', forms: ['Vĩnh Phúc'] },
  { city: 'Bắc Ninh', country: 'VN', forms: ['Bắc Ninh'] },
  { city: 'Hải Dương', country: 'VN', forms: ['Hải Dương'] },
  { city: 'Hưng Yên', country: 'VN', forms: ['Hưng Yên'] },
  { city: 'Hà Nam', country: 'VN', forms: ['Hà Nam'] },
  { city: 'Nam Định', country: 'VN', forms: ['Nam Định'] },
  { city: 'Ninh Bình', country: 'VN', forms: ['Ninh Bình'] },
  { city: 'Thanh Hóa', country: 'VN', forms: ['Thanh Hóa', 'Thanh Hoá'] },
  { city: 'Nghệ An', country: 'VN', forms: ['Nghệ An', 'TP Vinh', 'thành phố Vinh'] },
  { city: 'Hà Tĩnh', country: 'VN', forms: ['Hà Tĩnh'] },
  { city: 'Quảng Bình', country: 'VN', forms: ['Quảng Bình'] },
  { city: 'Quảng Nam', country: 'VN', forms: ['Quảng Nam', 'Hội An', 'Tam Kỳ'] },
  { city: 'Quảng Ngãi', country: 'VN', forms: ['Quảng Ngãi'] },
  { city: 'Bình Định', country: 'VN', forms: ['Bình Định', 'Quy Nhơn'] },
  { city: 'Khánh Hòa', country: 'VN', forms: ['Khánh Hòa', 'Khánh Hoà'] },
  { city: 'Ninh Thuận', country: 'VN', forms: ['Ninh Thuận'] },
  { city: 'Bình Thuận', country: 'VN', forms: ['Bình Thuận'] },
  { city: 'Kon Tum', country: 'VN', forms: ['Kon Tum'] },
  { city: 'Gia Lai', country: 'VN', forms: ['Gia Lai', 'Pleiku'] },
  { city: 'Đắk Lắk', country: 'VN', forms: ['Đắk Lắk', 'Buôn Ma Thuột'] },
  { city: 'Đắk Nông', country: 'VN', forms: ['Đắk Nông'] },
  { city: 'Lâm Đồng', country: 'VN', forms: ['Lâm Đồng', 'Đà Lạt'] },
  { city: 'Bình Phước', country: 'VN', forms: ['Bình Phước'] },
  { city: 'Tây Ninh', country: 'VN', forms: ['Tây Ninh'] },
  {
    city: 'Bà Rịa - Vũng Tàu',
    country: 'VN',
    forms: ['Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa', 'Vũng Tàu'],
  },
  { city: 'Long An', country: 'VN', forms: ['Long An'] },
  { city: 'Tiền Giang', country: 'VN', forms: ['Tiền Giang'] },
  { city: 'Bến Tre', country: 'VN', forms: ['Bến Tre'] },
  { city: 'Trà Vinh', country: 'VN', forms: ['Trà Vinh'] },
  { city: 'Vĩnh Long', country: 'VN', forms: ['Vĩnh Long'] },
  { city: 'Đồng Tháp', country: 'VN', forms: ['Đồng Tháp'] },
  { city: 'An Giang', country: 'VN', forms: ['An Giang'] },
  { city: 'Kiên Giang', country: 'VN', forms: ['Kiên Giang', 'Phú Quốc'] },
  { city: 'Hậu Giang', country: 'VN', forms: ['Hậu Giang'] },
  { city: 'Sóc Trăng', country: 'VN', forms: ['Sóc Trăng'] },
  { city: 'Bạc Liêu', country: 'VN', forms: ['Bạc Liêu'] },
  { city: 'Cà Mau', country: 'VN', forms: ['Cà Mau'] },
  {
    city: 'Washington',
    country: 'US',
    forms: [
      'Washington D.C.',
      'Washington DC',
      'thủ đô Washington',
      'Washington',
      'Nhà Trắng',
      // The White House as the overseas press names it, and its Oval Office
      'Tòa Bạch Ốc',
      'Toà Bạch Ốc',
      'Bạch Ốc',
      'Phòng Bầu dục',
      'Phòng Bầu Dục',
      'Lầu Năm Góc',
      'Đồi Capitol',
      // "hội đàm … tại Bộ Ngoại giao Mỹ": the State Department's building
      'Bộ Ngoại giao Mỹ',
      'Bộ Ngoại giao Hoa Kỳ',
      // Longer than Hà Nội's "trụ sở Bộ Ngoại giao", so it wins where both start
      'trụ sở Bộ Ngoại giao Mỹ',
      'trụ sở Bộ Ngoại giao Hoa Kỳ',
    ],
  },
  { city: 'New York', country: 'US', forms: ['New York', 'Brooklyn'] },
  { city: 'San Francisco', country: 'US', forms: ['San Francisco'] },
  { city: 'Los Angeles', country: 'US', forms: ['Los Angeles'] },
  // The county south of Los Angeles that holds the largest Vietnamese community abroad.
  { city: 'Orange County', country: 'US', forms: ['Orange County', 'Quận Cam', 'Little Saigon'] },
  {
    city: 'Honolulu',
    country: 'US',
    forms: ['Honolulu', 'Hawaii', 'Trân Châu Cảng', 'Pearl Harbor'],
  },
  // Other large cities, and the navy's home ports, where Vietnamese delegations go.
  { city: 'Chicago', country: 'US', forms: ['Chicago'] },
  { city: 'Houston', country: 'US', forms: ['Houston'] },
  { city: 'Seattle', country: 'US', forms: ['Seattle'] },
  { city: 'Boston', country: 'US', forms: ['Boston'] },
  { city: 'Atlanta', country: 'US', forms: ['Atlanta'] },
  { city: 'Philadelphia', country: 'US', forms: ['Philadelphia'] },
  { city: 'San Diego', country: 'US', forms: ['San Diego'] },
  { city: 'Norfolk', country: 'US', forms: ['Norfolk'] },
  { city: 'Columbus', country: 'US', forms: ['Columbus'] },
  { city: 'San Antonio', country: 'US', forms: ['San Antonio'] },
  ...US_STATES.map((name) => ({
    city: name,
    country: 'US',
    forms: [name, `bang ${name}`, `Bang ${name}`],
    state: true as const,
  })),
  {
    city: 'Paris',
    country: 'FR',
    forms: ['Paris', 'Điện Élysée', 'Điện Elysée', 'Điện Eslysée', 'Elysée'],
  },
  { city: 'Tokyo', country: 'JP', forms: ['Tokyo'] },
  { city: 'Bắc Kinh', country: 'CN', forms: ['Bắc Kinh'] },
  { city: 'Thượng Hải', country: 'CN', forms: ['Thượng Hải'] },
  { city: 'Vientiane', country: 'LA', forms: ['Vientiane', 'Viêng Chăn'] },
  { city: 'Phnom Penh', country: 'KH', forms: ['Phnom Penh', 'Phnôm Pênh'] },
  { city: 'Manila', country: 'PH', forms: ['Manila'] },
  { city: 'Clark', country: 'PH', forms: ['Clark'] },
  { city: 'New Delhi', country: 'IN', forms: ['New Delhi', 'Niu Đê-li'] },
  { city: 'Seoul', country: 'KR', forms: ['Seoul', 'Xơ-un'] },
  { city: 'Moskva', country: 'RU', forms: ['Moskva', 'Moscow', 'Mát-xcơ-va'] },
  { city: 'Canberra', country: 'AU', forms: ['Canberra'] },
  { city: 'Sydney', country: 'AU', forms: ['Sydney'] },
  { city: 'London', country: 'GB', forms: ['London', 'Luân Đôn'] },
  { city: 'Berlin', country: 'DE', forms: ['Berlin'] },
  { city: 'Bangkok', country: 'TH', forms: ['Bangkok'] },
  { city: 'Singapore', country: 'SG', forms: [] },
  { city: 'Jakarta', country: 'ID', forms: ['Jakarta'] },
  { city: 'Kuala Lumpur', country: 'MY', forms: ['Kuala Lumpur'] },
  { city: 'Ottawa', country: 'CA', forms: ['Ottawa'] },
  { city: 'Geneva', country: 'CH', forms: ['Geneva', 'Genève', 'Geneve'] },
  { city: 'Bali', country: 'ID', forms: ['Bali'] },
  {
    city: 'Nay Pyi Taw',
    country: 'MM',
    forms: ['Nay Pyi Taw', 'Naypyidaw', 'Naypyitaw', 'Nay Pyi Daw'],
  },
  { city: 'Yangon', country: 'MM', forms: ['Yangon', 'Rangoon'] },
  { city: 'Bandar Seri Begawan', country: 'BN', forms: ['Bandar Seri Begawan'] },
  { city: 'Dili', country: 'TL', forms: ['Dili'] },
  { city: 'Wellington', country: 'NZ', forms: ['Wellington'] },
  { city: 'Auckland', country: 'NZ', forms: ['Auckland'] },
  { city: 'Havana', country: 'CU', forms: ['Havana', 'La Habana'] },
  { city: 'Brasília', country: 'BR', forms: ['Brasília', 'Brasilia'] },
  { city: 'Rio de Janeiro', country: 'BR', forms: ['Rio de Janeiro'] },
  { city: 'Lima', country: 'PE', forms: ['Lima'] },
  { city: 'Oslo', country: 'NO', forms: ['Oslo'] },
  { city: 'Dublin', country: 'IE', forms: ['Dublin'] },
  { city: 'Kyiv', country: 'UA', forms: ['Kyiv', 'Kiev'] },
  { city: 'Bình Nhưỡng', country: 'KP', forms: ['Bình Nhưỡng', 'Pyongyang'] },
  { city: 'Rome', country: 'IT', forms: ['Rome'] },
  { city: 'Osaka', country: 'JP', forms: ['Osaka'] },
  { city: 'Busan', country: 'KR', forms: ['Busan'] },
  { city: 'Toronto', country: 'CA', forms: ['Toronto'] },
  { city: 'Vancouver', country: 'CA', forms: ['Vancouver'] },
  { city: 'Melbourne', country: 'AU', forms: ['Melbourne'] },
  { city: 'Chicago', country: 'US', forms: ['Chicago'] },
  { city: 'Boston', country: 'US', forms: ['Boston'] },
  { city: 'Seattle', country: 'US', forms: ['Seattle'] },
  { city: 'Houston', country: 'US', forms: ['Houston'] },
  { city: 'Brussels', country: 'BE', forms: ['Brussels', 'Bruxelles'] },
  { city: 'Madrid', country: 'ES', forms: ['Madrid'] },
  { city: 'Vienna', country: 'AT', forms: ['Vienna'] },
  { city: 'Davos', country: 'CH', forms: ['Davos'] },
  { city: 'Dubai', country: 'AE', forms: ['Dubai'] },
];

/** Each country's capital: where a "thăm X" visit goes unless the text says otherwise. */
const CAPITALS: Record<string, string> = {
  VN: 'Hà Nội',
  US: 'Washington',
  CN: 'Bắc Kinh',
  JP: 'Tokyo',
  IN: 'New Delhi',
  FR: 'Paris',
  LA: 'Vientiane',
  KH: 'Phnom Penh',
  KR: 'Seoul',
  RU: 'Moskva',
  PH: 'Manila',
  AU: 'Canberra',
  GB: 'London',
  DE: 'Berlin',
  TH: 'Bangkok',
  SG: 'Singapore',
  ID: 'Jakarta',
  MY: 'Kuala Lumpur',
  CA: 'Ottawa',
  MM: 'Nay Pyi Taw',
  BN: 'Bandar Seri Begawan',
  TL: 'Dili',
  NZ: 'Wellington',
  CU: 'Havana',
  BR: 'Brasília',
  PE: 'Lima',
  NO: 'Oslo',
  IE: 'Dublin',
  UA: 'Kyiv',
  KP: 'Bình Nhưỡng',
  IT: 'Rome',
};

/** The capital city of a country code: "US" → "Washington". */
export function capitalOf(code: string): string | undefined {
  return CAPITALS[code];
}

export interface PlaceMention {
  city: string;
  country: string;
  text: string;
  index: number;
}

const FORM_TO_PLACE = new Map<string, PlaceEntry>();
for (const p of PLACES) {
  FORM_TO_PLACE.set(p.city, p);
  for (const f of p.forms) FORM_TO_PLACE.set(f, p);
}
const FORMS = [...FORM_TO_PLACE.keys()].sort((a, b) => b.length - a.length);
// The leading "no letter or digit before" is checked by boundedMatches (see letters.ts for why).
const PLACE_RE = new RegExp(`(?:${FORMS.map(escapeRegExp).join('|')})(?![${WORD}])`, 'g');

const PLACE_AT_RE = new RegExp(PLACE_RE.source, 'y');

/** The known place whose name starts exactly at an offset ("Hà Nội" in "Đại sứ tại Hà Nội …"), if any. */
export function placeFormAt(text: string, offset: number): string | undefined {
  PLACE_AT_RE.lastIndex = offset;
  return PLACE_AT_RE.exec(text)?.[0];
}

/** The country of a known place's name ("bang Ohio" → "US"), if it is one. */
export function countryOfPlace(form: string): string | undefined {
  return FORM_TO_PLACE.get(form)?.country;
}

/** Whether a phrase is exactly a known place ("Hà Nội", "Washington"). */
export function isPlaceName(phrase: string): boolean {
  return FORM_TO_PLACE.has(phrase);
}

/** Every known place in a text, in reading order. */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of boundedMatches(PLACE_RE, text, isWordCode)) {
    const p = FORM_TO_PLACE.get(m[0]);
    if (!p) continue;
    const index = m.index ?? 0;
    // "trụ sở Bộ Quốc phòng Mỹ" is the Pentagon, not Hà Nội.
    if (/^[Tt]rụ sở Bộ/u.test(m[0]) && foreignAfter(text, index + m[0].length)) continue;
    // "Washington" also names the US government ("Washington ủng hộ ..."); a place needs "tại/ở/đến/tới".
    out.push({ city: p.city, country: p.country, text: m[0], index });
  }
  return out;
}

const CAPITALISED_WORDS = /^\s*(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})/u;

/** Whether a foreign state's name follows an offset ("… Bộ Quốc phòng Mỹ"). */
function foreignAfter(text: string, at: number): boolean {
  const words = CAPITALISED_WORDS.exec(text.slice(at, at + 40))?.[1]?.split(/\s+/) ?? [];
  for (let n = words.length; n > 0; n--) {
    const code = countryCode(words.slice(0, n).join(' '));
    if (code) return code !== 'VN';
  }
  return false;
}

/** The kinds of building a speech's dateline names before its city ("Khách sạn Melia, Hà Nội"). */
export const VENUE_NOUNS =
  'Khách sạn|Nhà hát|Trung tâm|Khu|Tư dinh|Đại sứ quán|Tổng Lãnh sự quán|Học viện|Trường|Đại học|Cung|Bảo tàng|Văn phòng';

// "tại", "ở", "cập (cảng)" …, and a capitalised "Tại"/"Ở"/"Đến"/"Tới" opening a sentence or clause ("Tại Washington, đoàn …").
const VENUE_BEFORE =
  /(?:^|[^\p{L}])(?:tại|ở|đến|tới|thăm|rời|cập|TP\.?|thành phố|tỉnh|thủ đô)(?![\p{L}])[^.;:!?]{0,50}$|(?:^|[.;:!?,()"“”]\s*)(?:Tại|Ở|Đến|Tới)(?![\p{L}])[^.;:!?]{0,50}$|\(\s*$/u;
// A text that opens with a building and then the city, a speech's dateline ("Khách sạn Melia, Hà Nội").
const DATELINE_VENUE = new RegExp(`^(?:${VENUE_NOUNS})\\s[^.;:!?,]{1,40},\\s*$`, 'u');
// "trình Thư ủy nhiệm tới ông Doãn Hoàng Minh, Cục trưởng Cục lãnh sự, Bộ Ngoại giao Việt Nam":
// after the last preposition comes a person, so the place is where they work, not a venue.
const PERSON_THEN_AFFILIATION =
  /(?:^|[^\p{L}])(?:tại|ở|đến|tới|thăm)\s+(?:ông|bà|ngài|Ngài)\s+\p{Lu}(?:(?!(?:^|[^\p{L}])(?:tại|ở)\s)[^.;:!?])*,\s*[^.;:!?]*$/u;
// "Tổng Lãnh sự Hoa Kỳ tại Sài Gòn", "Đại sứ Mỹ tại Hà Nội": an envoy's post, not where anything
// happens ("tại Đại sứ quán Mỹ tại Hà Nội" is a venue, and stays one). So is a foreign office's
// seat, an embassy's or a consulate's among them: "đại diện Văn phòng MIA Hoa Kỳ tại Hà Nội", "cán
// bộ Tổng Lãnh sự quán Mỹ tại TP.HCM" (but "tại Văn phòng … tại Hà Nội" is a venue).
const ENVOY_POST =
  /(?:^|[^\p{L}])(?:(?:Đại\s+sứ|Tổng\s+[Ll]ãnh\s+[Ss]ự|Lãnh\s+sự|Tùy\s+viên(?:\s+\p{L}+){0,3})(?!\s+quán)|(?<!(?:tại|ở|đến|tới|thăm|trụ\s+sở|Tổng)\s+)(?:Văn\s+phòng(?:\s+\p{Lu}[\p{L}\d]*){0,2}|Đại\s+sứ\s+quán|(?:Tổng\s+)?[Ll]ãnh\s+sự\s+quán))(?:\s+\p{Lu}[\p{L}\d]*){1,3}\s+tại\s+$/u;
// A state is where something happens only after a preposition: "thượng nghị sĩ Gorden Smith (bang
// Oregon)" names the senator's state.
const STATE_VENUE_BEFORE = /(?:^|[^\p{L}])(?:tại|ở|đến|tới|thăm)\s+$/iu;
// "tại Hiroshima, Nhật Bản": a city the table does not know, named before its country.
const CITY_OF_COUNTRY =
  /(?:^|[^\p{L}])(?:tại|ở|Tại|Ở)\s+(?:thành phố\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}),\s*(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})/gu;

/** Unknown cities named as "tại <city>, <country>", as places. */
function citiesOfCountries(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(CITY_OF_COUNTRY)) {
    const city = m[1]!;
    if (isPlaceName(city) || countryCode(city)) continue;
    const words = m[2]!.split(/\s+/);
    let code: string | undefined;
    for (let n = words.length; n > 0 && !code; n--) code = countryCode(words.slice(0, n).join(' '));
    if (!code) continue;
    out.push({ city, country: code, text: city, index: (m.index ?? 0) + m[0].indexOf(city) });
  }
  return out;
}

// ", từ " opening an aside, or the sentence: "…, từ Washington, …". ("từ thành phố X" is a venue
// already: VENUE_BEFORE knows "thành phố", "thủ đô", "TP".)
const FROM_ASIDE = /(?:^|,)\s*[Tt]ừ\s+$/u;

// "rời TP Đà Nẵng": the place someone leaves.
const LEFT_FROM =
  /(?:^|[^\p{L}])rời(?:\s+khỏi)?\s+(?:TP\.?\s*|thành phố\s+|thủ đô\s+|sân bay\s+)?$/u;

// "rời … (để) đến ": the whole stretch from leaving to arriving, before the place arrived at.
const LEFT_THEN_TO =
  /(?<![\p{L}])rời(?![\p{L}])[^.;:!?]{0,120}(?<![\p{L}])(?:đến|tới|sang)\s+(?:TP\.?\s*|thành phố\s+|thủ đô\s+)?$/u;

// "tại Bộ Y tế", "tại trụ sở Bộ Công Thương": Việt Nam's ministries sit in Hà Nội; not "tại Bộ
// Quốc phòng Mỹ".
const AT_VIETNAMESE_MINISTRY = new RegExp(
  `(?<![\\p{L}])(?:tại|ở)\\s+(?:trụ sở\\s+)?(Bộ\\s+(?:${[
    'Ngoại giao',
    'Quốc phòng',
    'Công an',
    'Công Thương',
    'Tài chính',
    'Tư pháp',
    'Nội vụ',
    'Y tế',
    'Xây dựng',
    'Giao thông Vận tải',
    'Kế hoạch và Đầu tư',
    'Nông nghiệp và Phát triển Nông thôn',
    'Nông nghiệp và Môi trường',
    'Giáo dục và Đào tạo',
    'Tài nguyên và Môi trường',
    'Khoa học và Công nghệ',
    'Thông tin và Truyền thông',
    'Lao động - Thương binh và Xã hội',
  ].join('|')}))(?![\\p{L}])(?!\\s+(?!Việt Nam)(?:${COUNTRY_FORMS_SOURCE})(?![\\p{L}]))`,
  'iu',
);

// "đến thăm … Đại sứ quán Việt Nam tại Hoa Kỳ": an embassy sits in the capital of its host state.
// Not after an envoy's post: in "Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper, đại diện Đại sứ quán Hoa Kỳ
// tại Việt Nam" nobody is at the embassy.
const AT_EMBASSY_IN = new RegExp(
  `(?<![\\p{L}])(?<!(?:Đại\\s+sứ|[Ll]ãnh\\s+[Ss]ự)(?:\\s+\\p{Lu}\\p{L}*){1,3}\\s+)(?:tại|ở|đến|tới|thăm)\\s+(?:thăm\\s+)?(?:[^.;:!?]{0,40}?\\s)?(?:trụ sở\\s+)?Đại sứ quán\\s+(?:${COUNTRY_FORMS_SOURCE})\\s+tại\\s+(${COUNTRY_FORMS_SOURCE})(?![\\p{L}])`,
  'u',
);

/** The capital of the state an embassy named in the text sits in, as a venue. */
function embassyVenue(text: string): PlaceMention | undefined {
  if (!text.includes('Đại sứ quán')) return undefined;
  const m = AT_EMBASSY_IN.exec(text);
  const code = m ? countryCode(m[1]!) : undefined;
  const city = code ? capitalOf(code) : undefined;
  if (!m || !code || !city) return undefined;
  return { city, country: code, text: m[1]!, index: m.index + m[0].length - m[1]!.length };
}

/** The places a text puts an event in: after "tại/ở/đến/tới/thăm" ("tại thủ đô Washington D.C." → Washington). */
export function findVenues(text: string): PlaceMention[] {
  const places = findPlaces(text);
  const found = places.filter((p) => {
    const before = text.slice(Math.max(0, p.index - 60), p.index);
    return (
      ((FORM_TO_PLACE.get(p.text)?.state ? STATE_VENUE_BEFORE : VENUE_BEFORE).test(before) ||
        (p.index <= 60 && DATELINE_VENUE.test(before))) &&
      !PERSON_THEN_AFFILIATION.test(before) &&
      !ENVOY_POST.test(before)
    );
  });
  // "Hôm qua, từ TP Hồ Chí Minh, Tổng lãnh sự … gửi lời chúc": the act is done from that city, an
  // aside between commas, when the text puts it nowhere else.
  if (!found.length && text.includes('ừ')) {
    const from = places.find(
      (p) =>
        FROM_ASIDE.test(text.slice(0, p.index)) &&
        /^\s*,/u.test(text.slice(p.index + p.text.length)),
    );
    if (from) found.push(from);
  }
  const embassy = found.length ? undefined : embassyVenue(text);
  if (embassy) found.push(embassy);
  const ministry = text.includes('Bộ ') ? AT_VIETNAMESE_MINISTRY.exec(text) : null;
  if (ministry && !found.some((p) => p.city === 'Hà Nội')) {
    const index = ministry.index + ministry[0].length - ministry[1]!.length;
    found.push({ city: 'Hà Nội', country: 'VN', text: ministry[1]!, index });
    found.sort((a, b) => a.index - b.index);
  }
  // "rời Đà Nẵng, tới Hà Nội": the event is where the traveller arrives, not where they left; and
  // nor is a place told between the leaving and the arriving ("rời X, nơi đoàn đã làm việc ở X, và
  // tới Y"), which is where the traveller was before.
  const arrival = found[found.length - 1];
  const left = arrival && LEFT_THEN_TO.exec(text.slice(0, arrival.index));
  const known = found.filter(
    (p, i) =>
      i === found.length - 1 ||
      (!LEFT_FROM.test(text.slice(Math.max(0, p.index - 30), p.index)) &&
        !(left && p.index > left.index)),
  );
  if (!text.includes(',')) return known;
  const unknown = citiesOfCountries(text);
  return unknown.length ? [...known, ...unknown].sort((a, b) => a.index - b.index) : known;
}
