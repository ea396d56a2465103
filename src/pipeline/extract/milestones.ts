/**
 * Milestones: dated background facts about a relationship ("được bình thường hóa từ năm 1995",
 * "xác lập quan hệ đối tác toàn diện năm 2013", "nâng cấp lên Đối tác Chiến lược Toàn diện (tháng
 * 9/2023)"). Titles are canonical per type and country pair so that every article stating the same
 * fact gives the same title and date.
 */
import { countryName, findCountries } from '../knowledge/countries';

export type MilestoneType =
  'normalisation' | 'comprehensive' | 'comprehensive-strategic' | 'strategic' | 'diplomatic';

export interface Milestone {
  type: MilestoneType;
  partner: string;
  /** "1995", "2023-09". */
  date: string;
  title: string;
  sentence: string;
  /** Set for "kỷ niệm 30 năm ..." milestones. */
  anniversary?: number;
}

export interface MilestoneContext {
  /** The country the article is mainly about with Vietnam ("US"), for "hai nước". */
  mainPartner?: string;
  /** The year of the article's main event, for "kỷ niệm 20 năm" or "cách đây 5 năm" without a year. */
  eventYear?: number;
  /** The month of the article's main event ("2023-09"), for an upgrade the event itself makes. */
  eventMonth?: string;
  /** Indices of sentences that report the event itself (lead, evidence). */
  eventSentences?: Set<number>;
}

const TYPE_RES: [MilestoneType, RegExp][] = [
  ['normalisation', /bình thường hóa(?:\s+(?:mối\s+)?quan hệ)?/iu],
  ['comprehensive-strategic', /đối tác chiến lược toàn diện/iu],
  ['comprehensive', /đối tác toàn diện/iu],
  ['strategic', /đối tác chiến lược(?!\s+toàn diện)/iu],
  ['diplomatic', /(?:thiết lập|lập)\s+(?:mối\s+)?quan hệ ngoại giao/iu],
];

// The fact must be an act that set up the relationship, not its mere mention ("triển khai quan hệ ...").
const ACT =
  /(?<![\p{L}])(?:xác lập|thiết lập|nâng cấp|nâng lên|nâng quan hệ|bình thường hóa|được thiết lập|được xác lập|chính thức lập|lập quan hệ|ký)(?![\p{L}])/iu;
const PAST_REFERENCE = /(?:sau khi|kể từ khi|từ khi|kể từ)\s+[^,.;]{0,40}$/iu;
const YEAR =
  /(?:tháng\s+(\d{1,2})\s*[/-]\s*|tháng\s+(\d{1,2})\s+năm\s+|năm\s+|vào\s+|\(\s*)((?:19[4-9]|20[0-4])\d)(?!\d|\s*[-–]\s*\d)/giu;
const ANNIVERSARY = /kỷ niệm\s+(\d{1,3})\s+năm/iu;
const AGO = /cách đây\s+(\d{1,3})\s+năm/iu;
const RESPECTIVELY = /lần lượt/iu;

const PHRASE: Record<MilestoneType, string> = {
  normalisation: 'bình thường hóa quan hệ',
  comprehensive: 'xác lập quan hệ Đối tác Toàn diện',
  'comprehensive-strategic': 'nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
  strategic: 'xác lập quan hệ Đối tác Chiến lược',
  diplomatic: 'thiết lập quan hệ ngoại giao',
};

/** The canonical title of a milestone: "Việt Nam – Hoa Kỳ bình thường hóa quan hệ". */
export function milestoneTitle(type: MilestoneType, partner: string, anniversary?: number): string {
  const pair = `Việt Nam – ${countryName(partner) ?? partner}`;
  return anniversary
    ? `Kỷ niệm ${anniversary} năm ${pair} ${PHRASE[type]}`
    : `${pair} ${PHRASE[type]}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Every relationship milestone the sentences state with a year (or that the event itself makes). */
export function findMilestones(sentences: string[], context: MilestoneContext = {}): Milestone[] {
  const out: Milestone[] = [];
  const seen = new Set<string>();
  const push = (m: Milestone): void => {
    const key = `${m.title}|${m.date}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  sentences.forEach((sentence, i) => {
    const typeHit = TYPE_RES.find(([, re]) => re.test(sentence));
    if (!typeHit) return;
    const [type, re] = typeHit;
    const match = re.exec(sentence)!;
    if (!ACT.test(sentence) && type !== 'normalisation' && !ANNIVERSARY.test(sentence)) return;
    // "quan hệ Đối tác Chiến lược Toàn diện ASEAN - Mỹ" is not Vietnam's.
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (/^\s*ASEAN/u.test(after)) return;

    const countries = findCountries(sentence).map((c) => c.code);
    const partners = [...new Set(countries.filter((c) => c !== 'VN'))];
    const years = [...sentence.matchAll(YEAR)].map((y) => ({
      year: Number(y[3]),
      month: Number(y[1] ?? y[2] ?? 0),
      index: y.index ?? 0,
    }));

    // "..., gồm Trung Quốc, Nga, Ấn Độ và Hàn Quốc, được thiết lập lần lượt vào năm 2008, 2012, 2016 và 2022".
    if (RESPECTIVELY.test(sentence) && partners.length >= 2) {
      const list = [
        ...sentence.slice(sentence.search(RESPECTIVELY)).matchAll(/((?:19|20)\d{2})/g),
      ].map((y) => Number(y[1]));
      const named = findCountries(sentence.slice(0, sentence.search(RESPECTIVELY)))
        .map((c) => c.code)
        .filter((c) => c !== 'VN');
      // "Ngoài Mỹ, ... gồm Trung Quốc, Nga, ...": the countries listed last pair with the years.
      const ordered = [...new Set(named)].slice(-list.length);
      if (list.length === ordered.length) {
        ordered.forEach((partner, k) =>
          push({
            type,
            partner,
            date: String(list[k]),
            title: milestoneTitle(type, partner),
            sentence,
          }),
        );
      }
      return;
    }
    const partner =
      partners.length === 1 ? partners[0] : partners.length === 0 ? context.mainPartner : undefined;
    if (!partner) return;

    const anniversary = ANNIVERSARY.exec(sentence);
    if (anniversary) {
      const n = Number(anniversary[1]);
      const year = years[0]?.year ?? context.eventYear;
      if (!year || n <= 0) return;
      if (type === 'normalisation' || type === 'diplomatic') {
        push({
          type,
          partner,
          date: String(year),
          title: milestoneTitle(type, partner, n),
          sentence,
          anniversary: n,
        });
      }
      push({
        type,
        partner,
        date: String(year - n),
        title: milestoneTitle(type, partner),
        sentence,
      });
      return;
    }
    const ago = AGO.exec(sentence);
    if (ago && context.eventYear && !years.length) {
      push({
        type,
        partner,
        date: String(context.eventYear - Number(ago[1])),
        title: milestoneTitle(type, partner),
        sentence,
      });
      return;
    }
    // The year nearest after the relationship words (else before), within the same clause.
    const near = years
      .filter((y) => Math.abs(y.index - match.index) < 120)
      .sort((a, b) => Math.abs(a.index - match.index) - Math.abs(b.index - match.index))[0];
    if (near) {
      // "Công ước ... năm 1982" or "mục tiêu năm 2050" are not the relationship's year.
      const between = sentence.slice(
        Math.min(near.index, match.index),
        Math.max(near.index, match.index),
      );
      if (/Công ước|Hiệp định|mục tiêu|đến năm|vào năm 20[3-9]\d/u.test(between)) return;
      const date =
        near.month >= 1 && near.month <= 12 ? `${near.year}-${pad(near.month)}` : String(near.year);
      push({ type, partner, date, title: milestoneTitle(type, partner), sentence });
      return;
    }
    // "Hai nước nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện" in the event's own report.
    if (
      context.eventMonth &&
      context.eventSentences?.has(i) &&
      /nâng cấp|nâng lên|thiết lập|xác lập/iu.test(sentence)
    ) {
      const verb = /nâng cấp|nâng lên|thiết lập|xác lập/iu.exec(sentence)!;
      if (PAST_REFERENCE.test(sentence.slice(0, verb.index))) return;
      push({
        type,
        partner,
        date: context.eventMonth,
        title: milestoneTitle(type, partner),
        sentence,
      });
    }
  });
  return out;
}
