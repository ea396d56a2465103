/**
 * Participants: a title of office followed by a person's name ("Bộ trưởng Ngoại giao Bùi Thanh Sơn",
 * "Ngoại trưởng Mỹ Antony Blinken", "Đại sứ Hoa Kỳ tại Việt Nam Marc E. Knapper"), honorifics
 * ("ông Lê Hoài Trung"), and short mentions resolved to the full name found elsewhere in the article.
 */
import { agencyStates, COUNTRY_FORMS_SOURCE, countryCode, isUsMy } from '../knowledge/countries';
import { VIETNAMESE_SURNAMES } from '../knowledge/surnames';
import { findTitles, LEVEL_RANK, type TitleLevel } from '../knowledge/titles';
import { countryOfPlace, isPlaceName, placeFormAt } from '../knowledge/places';
import { OFFICE_HOLDERS } from '../knowledge/office-holders';
import { escapeRegExp } from '../../shared/text';
import {
  boundedMatches,
  isCapitalised,
  isLetterCode,
  isSpaceCode,
  isWordCode,
  LETTER,
  WORD,
} from '../knowledge/letters';

/**
 * One person named in a sentence. Every field is always present (undefined when not known), so
 * that all mentions share one hidden class: the code that reads them (the people index,
 * participants, the reports) stays monomorphic instead of being re-optimised for each new mix of
 * fields. Mentions are internal: participants are built from them field by field.
 */
export interface PersonMention {
  name: string;
  title: string | undefined;
  level: TitleLevel | undefined;
  country: string | undefined;
  index: number;
  /** True when the mention is one word ("Blinken", "Sơn") that still needs the full name. */
  short: boolean | undefined;
  /** An official of an international body ("Phó Tổng thư ký Liên Hợp Quốc"): no state. */
  international: boolean | undefined;
  /** Named only as background ("chuẩn bị cho chuyến thăm … của Tổng Bí thư X", "X (7/2015)"): no participant. */
  background: boolean | undefined;
}

/** What a title before a name tells about the person (any part may be unknown). */
interface NamedAs {
  title?: string | undefined;
  level?: TitleLevel | undefined;
  country?: string | undefined;
  international?: boolean | undefined;
}

/** A mention with every field in PersonMention's order. */
function newPersonMention(
  name: string,
  index: number,
  as: NamedAs,
  short: boolean | undefined,
): PersonMention {
  return {
    name,
    title: as.title,
    level: as.level,
    country: as.country,
    index,
    short,
    international: as.international,
    background: undefined,
  };
}

// "chuyến thăm Mỹ của Chủ tịch nước Trương Tấn Sang (7/2013)": a dated aside about another occasion.
const DATED_ASIDE_AFTER = /^\s*\(\s*(?:\d{1,2}\s*[/-]\s*)?(?:19|20)\d\d\s*\)/u;
// "sau chuyến thăm của Tổng thống X tháng 11/2000", "(sau Tổng thống X - năm 2000)": a person dated
// by a month and year of their own belongs to another occasion.
const DATED_CLAUSE_AFTER =
  /^\s*[-–,]?\s*(?:vào\s+|hồi\s+)?(?:tháng\s+\d{1,2}\s*[/-]\s*|năm\s+)(?:19|20)\d\d(?!\d)/u;
// "Thay mặt Tổng thống X, tôi …": the speaker acts for X, who takes no part.
const ON_BEHALF_BEFORE = /(?:^|[^\p{L}])[Tt]hay mặt\s+[^,;.()]{0,40}$/u;
// "Tham dự hội đàm, về phía Việt Nam có: Bộ trưởng X, …": the delegations sitting in on talks, not
// its principals (a ceremony's attendees, "Tham dự buổi lễ có …", do take part).
const SITTING_IN =
  /^\s*(?:Cùng\s+)?(?:[Tt]ham dự|[Dd]ự)\s+(?:cuộc\s+|buổi\s+)?(?:hội đàm|hội kiến|gặp|tiếp|làm việc)(?![\p{L}])[^.:;]{0,50}?\scó(?![\p{L}])/u;
// "đề nghị hai bên chuẩn bị cho chuyến thăm Hoa Kỳ của Tổng Bí thư X": the person of a visit being prepared.
const PREPARED_FOR_BEFORE = /chuẩn bị(?:\s+cho)?\s[^,;.()]*\scủa\s[^,;.()]{0,40}$/u;
// The dead are mourned, not met: "viếng Tổng Bí thư X", "trước sự ra đi của X", "lễ tang X",
// "cố Thủ tướng X" ("cố vấn", "cố gắng" are other words), "X từ trần"; a founder is honoured:
// "chúng ta cần tri ân Thượng nghị sĩ X".
const MOURNED_BEFORE =
  /(?:^|[^\p{L}])(?:viếng|ra đi của|lễ tang|quốc tang|tưởng niệm|tưởng nhớ|tri ân|linh cữu|[Cc]ố(?! (?:vấn|gắng)))\s+(?:[^\s,;.()]+\s+){0,4}$/u;
// "Được sự ủy quyền của Thủ tướng X và Tổng thống Y, … Bộ trưởng Z đã ký": those who authorise
// an act are not at it.
const AUTHORISED_BY_BEFORE = /(?:ủy|uỷ) quyền của\s+[^,;.()]{0,60}$/u;
// "trong thời gian tháp tùng Thủ tướng X …, Bộ trưởng Y đã gặp …": the one accompanied sets the
// time of someone else's act.
const ACCOMPANIED_BEFORE =
  /(?:trong thời gian|trong dịp|nhân dịp|khi|lúc|công việc|nhiệm vụ)\s+tháp tùng\s+(?:[^\s,;.()]+\s+){0,5}$/u;
// "nhận nhiệm sở, thay thế ông X", "kế nhiệm bà …", "người thay ông X làm thủ
// tướng": the one replaced has left. Bare "thay" only before an honorific: "thay mặt" is not it.
const REPLACED_BEFORE =
  /(?:thay thế|kế nhiệm|(?<![\p{L}])thay(?=\s+(?:ông|bà)\s))\s+(?:ông\s+|bà\s+)?(?:[^\s,;.()]+\s+){0,4}$/u;
// "nhắc lại những điều ông X đã nói": the words recalled are someone's earlier, elsewhere.
const RECALLED_WORDS_BEFORE = /(?<![\p{L}])(?:những|các)\s+điều\s+(?:mà\s+)?(?:ông\s+|bà\s+)?$/u;
// "sau các chuyến thăm của Bộ trưởng Ngoại giao Hàn Quốc X, …", "trước thềm chuyến thăm … của Tổng
// thống X": others' earlier or later occasions.
const OTHER_OCCASION_BEFORE =
  /(?:^|[^\p{L}])(?:sau|trước)\s+(?:thềm\s+)?(?:các\s+|những\s+)?(?:chuyến thăm|chuyến công du|chuyến công tác|cuộc gặp|cuộc hội đàm|cuộc điện đàm)(?![\p{L}])[^.;:()]{0,20}?\scủa\s[^.;:()]{0,100}$/u;
// "gặp các trợ lý của Tổng thống Trump", "phu nhân Tổng thống", "trao cho gia đình ông X": someone
// of the person's, not the person.
const STAFF_OF_BEFORE =
  /(?:^|[^\p{L}])(?:trợ lý|cố vấn|phụ tá|thư ký|người phát ngôn|phu nhân|con gái|con trai|gia đình|thân nhân|người thân)\s+(?:cấp cao\s+)?(?:của\s+)?(?:(?:ngài|ông|bà|liệt sĩ)\s+)?$/iu;
// "đã chuyển thư của Tổng thống X mời Thủ tướng Y thăm Mỹ": the sender of what is handed over and
// the one invited are not at the act.
const HANDED_OVER_BEFORE =
  /(?:chuyển|trao)\s+(?:lại\s+)?(?:bức\s+|lá\s+)?(?:thư|lời mời|thông điệp|lời chào|lời chúc(?: mừng)?|lời cảm ơn|lời thăm hỏi)\s+(?:và\s+[^,;.()]{0,30}\s+)?của\s+(?:(?!\s(?:tới|đến|cho)\s)[^,;.()]){0,40}$/u;
// "hội đàm với Ngoại trưởng Y, nhân dịp tham gia đoàn đại biểu do Tổng Bí thư X dẫn đầu dự …": a
// trailing clause that sets the occasion names others (a leading one, "Chiều 9/9, bên lề …, Thủ
// tướng X gặp …", ends at a comma before the act).
const TRAILING_SETTING_BEFORE =
  /,\s*(?:nhân dịp|trong khuôn khổ|bên lề)(?![\p{L}])[^.;:,]{0,120}$/u;
// "nhân dịp Ngài Joseph R. Biden Jr. nhậm chức Tổng thống": the person whose election or
// inauguration is the occasion is the one the message goes to.
const HONOUREE_BEFORE = /nhân dịp\s+(?:(?:Ngài|ngài|ông|bà)\s+)?[^.;:,]{0,40}$/u;
const HONOURED_AFTER =
  /^[\s.]*(?:chính thức\s+)?(?:nhậm chức|tuyên thệ|được bầu|đắc cử|tái đắc cử|trúng cử|được tái bổ nhiệm|được bổ nhiệm)/u;
const honouredBy = (before: string, after: string): boolean =>
  HONOUREE_BEFORE.test(before) && HONOURED_AFTER.test(after);
// The fields an assistant secretary's or a vice minister's portfolio names first (two words each).
const PORTFOLIO_FIELD =
  /^(?:Dân chủ|Nhân quyền|Lao động|Đông Á|Kinh tế|Chính trị|Năng lượng|Kiểm soát|Quốc phòng|An ninh)(?![\p{L}])/u;
// The regions an assistant secretary's portfolio or a ministry's department covers ("phụ trách khu vực Đông Á - Thái Bình Dương").
const PORTFOLIO_REGION =
  /^(?:Đông Á|Thái Bình Dương|Đông Nam Á|Nam Á|Trung Á|Trung Đông|Ấn Độ Dương|Tây Bán cầu|[Cc]hâu (?:Âu|Á|Mỹ|Phi|Đại Dương)|Bắc Mỹ|Nam Mỹ|Mỹ Latinh|Mỹ La-tinh)(?![\p{L}])/u;
// Ministries a title may name after it ("Trợ lý Bộ trưởng Ngoại giao").
const MINISTRY =
  /^(?:Ngoại giao|Quốc phòng|Công an|Tài chính|Công Thương|Tư pháp|Nội vụ|Y tế|Giáo dục|Thương mại|Ngân khố|Năng lượng|Nông nghiệp)(?![\p{L}])/u;
// "Chuẩn đô đốc Cảnh sát biển Hoa Kỳ X", "Thiếu tướng Thủy quân lục chiến Mỹ X": the armed
// service a rank is held in is part of the title, not a name.
const ARMED_SERVICE =
  /^(?:Hải quân|Lục quân|Không quân|Tuần duyên|Cảnh sát biển|Thủy quân lục chiến|Thuỷ quân lục chiến|Biên phòng)(?![\p{L}])/iu;
const INSTITUTION =
  /^(?:Trường Đại học|Đại học|Học viện|Viện|Trường|Quỹ|Hội đồng|Công ty|Tập đoàn|Ngân hàng|Bệnh viện|Trung tâm|Tổng cục|Cục|Vụ|Sở)(?![\p{L}])/u;
const LEGISLATIVE_HOUSE = /^(?:Thượng viện|Hạ viện|Quốc hội|Nghị viện)(?![\p{L}])/u;
// "mời Thủ tướng Y thăm Mỹ" invites Y; "Nhận lời mời của X" names the host, who takes part.
const INVITED_BEFORE = /(?:^|[^\p{L}])(?<!lời\s)mời\s+(?!của\s)(?:[^\s,;.()]+\s+){0,4}$/u;
// "Trần Văn A, Ủy viên Bộ Chính trị, Bí thư Thành ủy", "X, Trưởng phái đoàn, Thứ trưởng …": the press
// names party posts and a delegation role before the office; the office is the title.
const POSTS_BEFORE_OFFICE =
  /^(?:(?:[Ủủ]y|[Uu]ỷ) viên(?: dự khuyết)? (?:Bộ Chính trị|Ban Bí thư|(?:Ban Chấp hành|BCH) (?:Trung ương|TW|Đảng bộ)(?: Đảng)?|Trung ương Đảng|Ban Thường vụ (?:(?:Tỉnh|Thành|Đảng|Quận|Huyện) (?:ủy|uỷ)|Quốc hội))|Trưởng (?:phái )?đoàn)\s*,\s*/u;
/** Where the office begins after a name's separator at `at`, past any party posts or delegation role. */
function pastPosts(text: string, at: number): number {
  let m: RegExpExecArray | null;
  while ((m = POSTS_BEFORE_OFFICE.exec(text.slice(at, at + 90)))) at += m[0].length;
  return at;
}
const DIED_AFTER = /^\s*(?:đã\s+)?(?:từ trần|qua đời|tạ thế)(?![\p{L}])/u;

export { VIETNAMESE_SURNAMES };

const VIET_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Capitalised Latin words that are never a person's name after a title. */
const NOT_NAME = new Set(
  'ASEAN USS USAID FAA CAT TTXVN BNG VGP UNCLOS APEC PKO Washington New York Paris Tokyo Manila Clark Philippines Australia Canada Malaysia Singapore Indonesia Myanmar Italy Peru Brazil Cuba Ireland Ukraine Israel Campuchia Liên Hợp Quốc Quốc Hội Nhà Trắng Lầu Năm Góc Hạm Đội TP Trung Ương Ban Đảng Bộ Chính Phủ Hải Quân Tàu Cục Viện Cơ Ủy Uỷ Tòa Toà Sở WTO ICAO ALP PP'.split(
    ' ',
  ),
);

/** Capitalised Vietnamese runs that look like names but are seas, regions or bodies. */
const NOT_PERSON =
  /^(?:Hồ Chí Minh|Thái Bình Dương|Thái Bình|Ấn Độ Dương|Đông Nam Á|Biển Đông|Bạch Đằng|Liên Hợp Quốc|Liên hợp quốc|Hồ Gươm|Trường Sa|Hoàng Sa|Hạ Long|Văn Miếu)(?:\s|$)/u;

const NAME_PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'binti',
  'al',
]);

type Token = { text: string; index: number; end: number };
// Words (with inner dots for initials "E." and hyphens), or single punctuation marks.
const TOKEN_RE = new RegExp(
  `[A-ZĐ]\\.(?=\\s|[A-ZĐ]|$)|[${WORD}]+(?:['’][${LETTER}]+)?|[^\\s${WORD}]`,
  'g',
);

/**
 * TOKEN_RE's tokens, read by hand: its exec loop allocated a match array per word of every
 * sentence naming someone (8% of all the build's allocation). Same tokens, same order: at each
 * character that is no whitespace, an initial ("E."), else a word with its apostrophe part, else
 * one mark. (TOKEN_RE stays as the definition; people.test.ts checks the two agree.)
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (isInitialCode(c) && text.charCodeAt(i + 1) === 46 && initialEndsAt(text, i + 2))
      end = i + 2;
    else if (isWordCode(c)) {
      while (end < length && isWordCode(text.charCodeAt(end))) end++;
      const apostrophe = text.charCodeAt(end);
      if ((apostrophe === 39 || apostrophe === 0x2019) && isLetterCode(text.charCodeAt(end + 1))) {
        end += 2;
        while (end < length && isLetterCode(text.charCodeAt(end))) end++;
      }
    }
    out.push({ text: text.slice(i, end), index: i, end });
    i = end;
  }
  return out;
}

/** TOKEN_RE's `[A-ZĐ]`. */
const isInitialCode = (c: number): boolean => (c >= 65 && c <= 90) || c === 0x110;
/** TOKEN_RE's `(?=\s|[A-ZĐ]|$)` after an initial's dot. */
const initialEndsAt = (text: string, at: number): boolean =>
  at >= text.length || isSpaceCode(text.charCodeAt(at)) || isInitialCode(text.charCodeAt(at));

/** The tokens TOKEN_RE itself gives: the definition `tokenize` reads by hand (for its test). */
export function tokenizeByRegex(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const index = m.index;
    out.push({ text: m[0], index, end: index + m[0].length });
  }
  return out;
}

const isCap = isCapitalised;
const isCapitalSurname = (w: string): boolean =>
  w.length > 1 &&
  w === w.toUpperCase() &&
  VIETNAMESE_SURNAMES.has(w.charAt(0) + w.slice(1).toLowerCase());
const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);
const isVietSyllable = (w: string): boolean =>
  isCap(w) && !/\s/.test(w) && (VIET_DIACRITIC.test(w) || /^[A-Z][a-z]{0,6}$/.test(w));
/** A titled surname no Vietnamese syllable could be ("Phó Ngoại trưởng Negroponte"): a person as named. */
export const isForeignSurname = (w: string): boolean => isLatinWord(w) && !isVietSyllable(w);
const isLatinWord = (w: string): boolean =>
  /^\p{Lu}[\p{Ll}]+(?:-\p{Ll}+)?$/u.test(w) && !VIET_DIACRITIC.test(w) && !NOT_NAME.has(w);

/** Whether initials at token i lead straight into a surname: "W.J. Clinton", "G. W. Bush". */
function initialsBeforeSurname(tokens: Token[], i: number, text: string): boolean {
  let j = i;
  while (tokens[j] && isInitial(tokens[j]!.text)) j++;
  const last = tokens[j];
  return (
    j > i &&
    j - i <= 3 &&
    last !== undefined &&
    isLatinWord(last.text) &&
    tokens.slice(i + 1, j + 1).every((t, k) => text.slice(tokens[i + k]!.end, t.index).length <= 1)
  );
}

/** A name starting at token i: Vietnamese (surname + 1–3 syllables) or Western (Latin words and initials). */
function readName(
  tokens: Token[],
  i: number,
  text: string,
): { name: string; next: number; viet: boolean } | undefined {
  const first = tokens[i];
  if (!first || !isCap(first.text)) return undefined;
  // "Ông PHẠM Hải Anh": a translated release prints the surname in capitals.
  if (VIETNAMESE_SURNAMES.has(first.text) || isCapitalSurname(first.text)) {
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && isVietSyllable(tokens[j]!.text)) j++;
    if (j - i >= 2)
      return {
        // …and the name is written as the rest of the text writes names: "Phạm Hải Anh".
        name: tokens
          .slice(i, j)
          .map((t, k) => (k === 0 ? t.text[0] + t.text.slice(1).toLowerCase() : t.text))
          .join(' '),
        next: j,
        viet: true,
      };
  }
  if (
    isLatinWord(first.text) ||
    initialsBeforeSurname(tokens, i, text) ||
    (isCap(first.text) &&
      !VIET_DIACRITIC.test(first.text) &&
      first.text.length > 1 &&
      !NOT_NAME.has(first.text) &&
      /\p{Ll}/u.test(first.text))
  ) {
    // "Ba-rắc Ô-ba-ma": the first word may itself be a transliteration.
    const firstEnd = transliterationEnd(tokens, i);
    const parts: string[] = [text.slice(first.index, tokens[Math.max(i, firstEnd - 1)]!.end)];
    let j = Math.max(i + 1, firstEnd);
    while (j < tokens.length && parts.length < 5) {
      const t = tokens[j]!;
      const gap = text.slice(tokens[j - 1]!.end, t.index);
      if (gap.length > 1) break;
      if (
        isInitial(t.text) ||
        isLatinWord(t.text) ||
        (isCap(t.text) &&
          !VIET_DIACRITIC.test(t.text) &&
          /\p{Ll}/u.test(t.text) &&
          !NOT_NAME.has(t.text))
      ) {
        parts.push(t.text);
        j++;
        continue;
      }
      // "Lula da Silva", "Ursula von der Leyen": lower-case particles inside a Western name.
      if (
        NAME_PARTICLES.has(t.text) &&
        tokens[j + 1] &&
        isLatinWord(tokens[j + 1]!.text) &&
        text.slice(t.end, tokens[j + 1]!.index).length <= 1
      ) {
        parts.push(t.text);
        j++;
        continue;
      }
      // "Lon Cờ-rên-nơ": a name transliterated syllable by syllable, hyphens tight.
      const chain = isCap(t.text) ? transliterationEnd(tokens, j) : j;
      if (chain > j) {
        parts.push(text.slice(t.index, tokens[chain - 1]!.end));
        j = chain;
        continue;
      }
      // "Anne Smith-Jones": a double-barrelled surname, the hyphen tight between capitalised words.
      if (
        t.text === '-' &&
        t.index === tokens[j - 1]!.end &&
        tokens[j + 1]?.index === t.end &&
        isLatinWord(tokens[j + 1]!.text) &&
        parts.length >= 2
      ) {
        parts[parts.length - 1] += `-${tokens[j + 1]!.text}`;
        j += 2;
        continue;
      }
      // "Han Min - koo": a hyphenated Korean given name.
      // Not "Bill Clinton - năm 2000": a Vietnamese word after the dash is the sentence going on.
      if (
        t.text === '-' &&
        tokens[j + 1] &&
        /^\p{Ll}+$/u.test(tokens[j + 1]!.text) &&
        !VIET_DIACRITIC.test(tokens[j + 1]!.text) &&
        !STOP_WORDS.has(tokens[j + 1]!.text) &&
        parts.length >= 2
      ) {
        parts[parts.length - 1] += `-${tokens[j + 1]!.text}`;
        j += 2;
        continue;
      }
      break;
    }
    while (parts.length > 1 && isInitial(parts[parts.length - 1]!)) {
      parts.pop();
      j--;
    }
    return {
      name: parts.join(' ').replace(/\.(?=\p{Lu})/gu, '. '),
      next: j,
      viet: false,
    };
  }
  return undefined;
}

/**
 * The token a Vietnamese name starts at after a second office ("Trưởng đoàn đàm phán Chính phủ
 * Nguyễn Hồng Diên", from `j` just after the comma), or undefined: the office opens capitalised and
 * runs up to eight words with no verb, no "và" and no punctuation.
 */
function secondOfficeName(tokens: Token[], j: number, text: string): number | undefined {
  if (!isCap(tokens[j]?.text ?? '')) return undefined;
  for (let k = j + 1; k < tokens.length && k <= j + 8; k++) {
    const t = tokens[k]!.text;
    if (/^[\p{P}\p{S}]+$/u.test(t) || STOP_WORDS.has(t)) return undefined;
    const name = VIETNAMESE_SURNAMES.has(t) ? readName(tokens, k, text) : undefined;
    if (name?.viet && name.name.split(' ').length >= 3) return k;
  }
  return undefined;
}

/** Whether the dash at token `i` joins two states' names ("Việt – Mỹ", "Việt Nam - Hoa Kỳ"). */
function betweenStates(tokens: Token[], i: number): boolean {
  const word = (k: number) => tokens[k]?.text ?? '';
  const before = countryCode(word(i - 1)) ?? countryCode(`${word(i - 2)} ${word(i - 1)}`);
  const after = countryCode(word(i + 1)) ?? countryCode(`${word(i + 1)} ${word(i + 2)}`);
  return before !== undefined && after !== undefined;
}

/**
 * Where a tightly hyphenated transliteration starting at token `j` ends ("Cờ-rên-nơ", "Oa-sinh-tơn"
 * → the index after "nơ"); `j` itself when the token opens none.
 */
function transliterationEnd(tokens: Token[], j: number): number {
  let k = j;
  while (
    tokens[k + 1]?.text === '-' &&
    tokens[k + 1]!.index === tokens[k]!.end &&
    tokens[k + 2] !== undefined &&
    tokens[k + 2]!.index === tokens[k + 1]!.end &&
    /^\p{Ll}+$/u.test(tokens[k + 2]!.text)
  )
    k += 2;
  return k > j ? k + 1 : j;
}

/**
 * Words that end a title phrase without a name ("Bộ trưởng đã ...", "Đại sứ cho biết"). A verb of
 * two syllables stops at its first ("đề" of "đề nghị"): its second alone is a word of a name
 * ("Hội hữu nghị Việt – Mỹ").
 */
const STOP_WORDS = new Set(
  'và của với cho đã sẽ đang vừa ngày cùng khi là được có trong theo nhân mong cũng thì mà nhưng để này đó nói tiếp gặp hội điện thăm trao ký dự chủ phát khẳng nhấn bày đánh đề hai các những một mời đón gửi chúc'.split(
    ' ',
  ),
);
/** International bodies whose officials belong to no state ("Phó Tổng thư ký Liên Hợp Quốc …"). */
export const INTERNATIONAL_BODIES =
  'Liên [Hh]ợp [Qq]uốc|ASEAN|WTO|IMF|WHO|NATO|EU|APEC|Ngân hàng Thế giới|Ngân hàng Phát triển châu Á|Quỹ Tiền tệ Quốc tế|Liên minh châu Âu|Ủy ban châu Âu|Uỷ ban châu Âu';
const INTERNATIONAL = new RegExp(`^(?:${INTERNATIONAL_BODIES}|Tổ chức)`, 'u');
// No letter before: checked by boundedMatches (see letters.ts for why).
const HONORIFIC_RE = new RegExp(
  `(?:các ông|các bà|ông|bà|cô|Ông|Bà|Ngài|ngài|đồng chí|Đồng chí|Tiến sĩ|tiến sĩ|Giáo sư|giáo sư)\\s+(?=[A-ZĐÀ-ÝĂĨŨƠƯ\\u1EA0-\\u1EF8])`,
  'g',
);
const COUNTRY_AFTER_TITLE = new RegExp(
  `^\\s*(?:nước\\s+)?(${COUNTRY_FORMS_SOURCE})(?![${LETTER}])`,
);
// What every glued initial ("W.J. Clinton") holds: a dot before a capital.
const GLUED_INITIAL_HINT = /\.[A-Z]/;
const PEER_RE = new RegExp(`(?<![${LETTER}])người đồng cấp\\s+`, 'g');
// Office-holders' full names, which the press also writes bare, with no title or honorific
// ("Chuck Hagel nói với báo chí"), or after a title the title reader does not know (a misprint).
// Keyed by their first two letters, which one regex finds at the start of a word: one regex of all
// the names took three times as long to scan the same sentences.
const HOLDER_NAMES_BY_HEAD = new Map<string, string[]>();
for (const name of new Set(OFFICE_HOLDERS.flatMap((h) => [h.name, ...h.aliases]))) {
  if (!name.includes(' ')) continue;
  const head = name.slice(0, 2);
  HOLDER_NAMES_BY_HEAD.set(head, [...(HOLDER_NAMES_BY_HEAD.get(head) ?? []), name]);
}
// Longest first, so "George W. Bush" is never read as "George Bush".
for (const names of HOLDER_NAMES_BY_HEAD.values()) names.sort((a, b) => b.length - a.length);
const HOLDER_NAME_HEAD = new RegExp(
  `(?<![${LETTER}])(?:${[...HOLDER_NAMES_BY_HEAD.keys()].map(escapeRegExp).join('|')})`,
  'g',
);
const LETTER_AT_START = new RegExp(`^[${LETTER}]`);

/** Known office-holders named in full in a sentence: each name and where it begins. */
function holderNamesIn(text: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  for (const m of text.matchAll(HOLDER_NAME_HEAD)) {
    const name = HOLDER_NAMES_BY_HEAD.get(m[0])!.find(
      (n) => text.startsWith(n, m.index) && !LETTER_AT_START.test(text.slice(m.index + n.length)),
    );
    if (name) found.push({ name, index: m.index });
  }
  return found;
}

/** Persons named in one sentence, in reading order (short mentions flagged, not yet resolved). */
export function findPeople(sentence: string): PersonMention[] {
  // The \b scan runs only where an initial can be glued ("W.J" needs ".J"): most sentences have none.
  const text = GLUED_INITIAL_HINT.test(sentence)
    ? sentence.replace(/\b([A-Z])\.(?=[A-Z][a-z])/g, '$1. ')
    : sentence;
  const titles = findTitles(text);
  // Most sentences name nobody: skip tokenising unless a title, an honorific or a peer is there.
  const honorific = !boundedMatches(HONORIFIC_RE, text, isLetterCode).next().done;
  const holderNames = holderNamesIn(text);
  if (!titles.length && !honorific && !holderNames.length && !text.includes('người đồng cấp'))
    return [];
  const tokens = tokenize(text);
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  const tokenAt = (offset: number): number => tokens.findIndex((t) => t.index >= offset);

  // "Đặc phái viên Biến đổi Khí hậu Toàn cầu Jonathan Pershing": the office's own words run on to
  // a foreign full name, with no verb, stop word, punctuation or other title between; its first
  // capital is no one-word name.
  const foreignNameAhead = (from: number): boolean => {
    for (let j = from; j < Math.min(tokens.length, from + 10); j++) {
      const tok = tokens[j]!;
      if (/^[,.;:()"“”!?]$/.test(tok.text) || STOP_WORDS.has(tok.text)) return false;
      if (titles.some((x) => x.index === tok.index)) return false;
      if (!isCap(tok.text)) continue;
      const name = readName(tokens, j, text);
      if (name && !name.viet && name.name.includes(' ')) return true;
    }
    return false;
  };

  // One committee field ("Khoa học", "Các vấn đề xã hội") from token j: the index after it, or -1.
  const committeeField = (j: number): number => {
    const head = tokens[j];
    if (!head || !isCap(head.text) || titles.some((x) => x.index === head.index)) return -1;
    let end = j + 1;
    while (end < j + 4 && /^\p{Ll}+$/u.test(tokens[end]?.text ?? '') && tokens[end]!.text !== 'và')
      end++;
    return end > j + 1 ? end : -1;
  };
  // The fields a committee is named for, joined by commas and "và": the index after the last.
  const committeeFields = (j: number): number => {
    let end = committeeField(j);
    while (end > 0) {
      const sep = tokens[end]?.text;
      const more = sep === ',' || sep === 'và' ? committeeField(end + 1) : -1;
      if (more < 0) break;
      end = more;
    }
    return end;
  };

  const pushName = (
    i: number,
    base: NamedAs,
    allowShort = true,
    wholeNameOnly = false,
  ): number | undefined => {
    const tok = tokens[i];
    if (!tok) return undefined;
    if (taken.has(tok.index)) return -1;
    const name = readName(tokens, i, text);
    if (name) {
      const single = !name.name.includes(' ');
      if (single && (name.viet || wholeNameOnly)) return undefined;
      const mention = newPersonMention(name.name, tok.index, base, single ? true : undefined);
      if (!mention.country && name.viet && base.level && base.level !== 'ambassador')
        mention.country = 'VN';
      out.push(mention);
      taken.add(tok.index);
      return name.next;
    }
    // A single capitalised syllable right after the title: "Bộ trưởng Sơn", "Ngoại trưởng Blinken".
    if (
      allowShort &&
      isCap(tok.text) &&
      !NOT_NAME.has(tok.text) &&
      !countryCode(tok.text) &&
      /\p{Ll}/u.test(tok.text) &&
      !foreignNameAhead(i + 1)
    ) {
      const after = tokens[i + 1];
      if (!after || !isCap(after.text)) {
        out.push(newPersonMention(tok.text, tok.index, base, true));
        taken.add(tok.index);
        return i + 1;
      }
    }
    return undefined;
  };

  for (let k = 0; k < titles.length; k++) {
    const t = titles[k]!;
    // "cựu đại diện Thương mại", "nguyên Bộ trưởng": a former office says nothing of the event.
    const former = /(?<![\p{L}])(?:cựu|nguyên|Cựu|Nguyên)\s+$/u.test(
      text.slice(Math.max(0, t.index - 8), t.index),
    );
    // A title directly followed by a longer title ("Đô đốc" inside "Phó Đô đốc") is skipped by ordering.
    let offset = t.end;
    let country: string | undefined;
    const c = COUNTRY_AFTER_TITLE.exec(text.slice(offset));
    if (c && c[1] && (c[1] !== 'Mỹ' || isUsMy(text, offset + c[0].length - c[1].length))) {
      country = countryCode(c[1]);
      offset += c[0].length;
    }
    let i = tokenAt(offset);
    if (i < 0) continue;
    // Skip a qualifier ("tại Việt Nam", "đặc trách kiểm soát vũ khí", "Liên Hợp Quốc") up to the name.
    let steps = 0;
    let international = false;
    let portfolio = false;
    while (i < tokens.length && steps < (portfolio ? 18 : 12)) {
      const tok = tokens[i]!;
      // "Bộ trưởng Bộ Giao thông vận tải ( GTVT ) Nguyễn Văn Thể", "… (Bộ TN&MT) Nguyễn Minh
      // Quang": skip a bracketed acronym.
      if (tok.text === '(') {
        const close = tokens.findIndex((x, j) => j > i && j <= i + 6 && x.text === ')');
        const inside = close > 0 ? text.slice(tok.index + 1, tokens[close]!.index).trim() : '';
        if (/^(?:Bộ\s+)?[\p{Lu}\d][\p{Lu}\d&.\s-]*$/u.test(inside)) {
          i = close + 1;
          continue;
        }
      }
      // "Bộ trưởng Quốc phòng Mỹ, ông …", "Thứ trưởng … Việt Nam – ông …": the honorific after a
      // comma or a dash still names the office-holder.
      if (
        (tok.text === ',' || tok.text === '-' || tok.text === '–') &&
        /^\s*[,–-]\s*(?:ông|bà)\s/u.test(text.slice(tok.index))
      ) {
        i += 2;
        steps++;
        continue;
      }
      // "Bộ trưởng Bộ Công Thương, Trưởng đoàn đàm phán Chính phủ Nguyễn Hồng Diên": a second
      // office the person holds stands between the first and the name.
      if (tok.text === ',') {
        const name = secondOfficeName(tokens, i + 1, text);
        if (name !== undefined) {
          i = name;
          steps++;
          continue;
        }
      }
      // "Cố vấn Cấp cao của Cục Hải dương X", "Chủ tịch Ủy ban Ngân sách của Hạ viện bang X": the
      // bureau or house an official serves comes between the title and the name; "của" before a
      // person ("cố vấn của Tổng thống") is no such step.
      if (tok.text === 'của') {
        const next = tokens[i + 1];
        const served = next ? text.slice(next.index, next.index + 24) : '';
        if (INSTITUTION.test(served) || LEGISLATIVE_HOUSE.test(served)) {
          i++;
          steps++;
          continue;
        }
      }
      // A portfolio lists its fields: "Trợ lý Ngoại trưởng Hoa Kỳ về Dân chủ, Nhân quyền và Lao động
      // Tom Malinowski" — its commas and "và" do not end the title.
      if (tok.text === 'về' || tok.text === 'trách') {
        portfolio = true;
        i++;
        steps++;
        continue;
      }
      // The same without "về": "Trợ lý Ngoại trưởng Dân chủ, nhân quyền và lao động Tom Malinowski".
      if (steps === 0 && PORTFOLIO_FIELD.test(text.slice(tok.index, tok.index + 24))) {
        portfolio = true;
        i += 2;
        steps++;
        continue;
      }
      // A region a portfolio covers: "phụ trách khu vực Đông Á - Thái Bình Dương Michael DeSombre".
      const region = portfolio ? PORTFOLIO_REGION.exec(text.slice(tok.index)) : null;
      if (region) {
        const end = tok.index + region[0].length;
        while (i < tokens.length && tokens[i]!.index < end) i++;
        steps++;
        continue;
      }
      // "Chủ nhiệm Ủy ban Văn hóa, Giáo dục Nguyễn Đắc Vinh": a committee named for its fields,
      // listed with commas and "và", is one name; each field is one capitalised word and lower-case
      // ones, where a person's name is capitalised throughout.
      const committee = /^(?:Ủy|Uỷ)$/u.test(tok.text) && tokens[i + 1]?.text === 'ban';
      const committeeEnd = committee ? committeeFields(i + 2) : -1;
      if (committeeEnd > 0) {
        i = committeeEnd;
        steps++;
        continue;
      }
      // "Chủ tịch Hội đồng Tín thác Đại học Fulbright Việt Nam": the word after an institution's
      // noun is the institution's own name, not a person's ("Chủ tịch Đại học Harvard Lawrence
      // Bacow" still names Bacow after it).
      const institution = INSTITUTION.exec(text.slice(tok.index, tok.index + 24));
      if (institution) {
        const end = tok.index + institution[0].length;
        while (i < tokens.length && tokens[i]!.index < end) i++;
        const own = tokens[i];
        // "Vụ trưởng Vụ Châu Mỹ": a department named for a region ("Châu" begins names too)
        const region = own ? PORTFOLIO_REGION.exec(text.slice(own.index)) : null;
        if (region) {
          const regionEnd = own!.index + region[0].length;
          while (i < tokens.length && tokens[i]!.index < regionEnd) i++;
        } else if (
          own &&
          isCap(own.text) &&
          !placeFormAt(text, own.index) &&
          !countryCode(own.text)
        )
          i++;
        steps++;
        continue;
      }
      // A ministry after the title is part of it: "Trợ lý Bộ trưởng Ngoại giao kiêm Vụ trưởng …".
      if (steps === 0 && MINISTRY.test(text.slice(tok.index, tok.index + 24))) {
        i += 2;
        steps++;
        continue;
      }
      const service =
        steps === 0 ? ARMED_SERVICE.exec(text.slice(tok.index, tok.index + 24)) : null;
      if (service) {
        const end = tok.index + service[0].length;
        while (i < tokens.length && tokens[i]!.index < end) i++;
        steps++;
        continue;
      }
      // Its fields go on after a comma, capitalised or not ("Dân chủ, nhân quyền và lao động").
      const listed = portfolio && /^\p{L}/u.test(tokens[i + 1]?.text ?? '');
      if (tok.text === ',' && listed) {
        i++;
        steps++;
        continue;
      }
      if (/^[,.;:()"“”!?]$/.test(tok.text)) break;
      // "Ngoại trưởng Mỹ mời Phó Thủ tướng Phạm Bình Minh": another title takes over its own name;
      // so does the head of an agency right after a minister's rank ("Bộ trưởng Chủ nhiệm Cơ quan …
      // Gina McCarthy"), though not the one an envoy serves ("đặc phái viên tổng thống … John Kerry").
      if (
        titles.some(
          (x, j) => j > k && x.index === tok.index && (steps > 0 || /^Chủ nhiệm/u.test(x.title)),
        )
      )
        break;
      // "phụ trách khu vực Đông Á - Thái Bình Dương Michael DeSombre": a region's dash is in the title,
      // and so is a pair of states' ("Chủ tịch Hội Việt – Mỹ Nguyễn Tâm Chiến").
      if (
        (tok.text === '-' || tok.text === '–') &&
        !(portfolio && isCap(tokens[i + 1]?.text ?? '')) &&
        !betweenStates(tokens, i)
      )
        break;
      // "và" ends the title before a capitalised word ("Bộ trưởng Mỹ và Việt Nam") or another
      // person ("… Đại học Fulbright Việt Nam và ông Tommy Vallely"), not inside a
      // qualifier ("đặc trách kiểm soát vũ khí và an ninh quốc tế Rose Gottemoeller").
      // (A portfolio's own words are no stop: "về Dân chủ" is not "chủ trì".)
      // A ministry's name may hold "và": "Bộ Y tế và Dịch vụ Nhân sinh", "Bộ Khoa học và Công nghệ".
      const inMinistry =
        tok.text === 'và' && tokens.slice(Math.max(0, i - 4), i).some((x) => x.text === 'Bộ');
      if (
        tok.text === 'và'
          ? (isCap(tokens[i + 1]?.text ?? 'X') && !listed && !inMinistry) ||
            /^(?:ông|bà|ngài)$/u.test(tokens[i + 1]?.text ?? '')
          : STOP_WORDS.has(tok.text) && !portfolio
      )
        break;
      const cc =
        countryCode(tok.text) ??
        (tokens[i + 1] ? countryCode(`${tok.text} ${tokens[i + 1]!.text}`) : undefined);
      if (cc) {
        const two = tokens[i + 1] && countryCode(`${tok.text} ${tokens[i + 1]!.text}`) ? 2 : 1;
        const before = text.slice(Math.max(0, tok.index - 5), tok.index);
        if (!country && !/tại\s*$/u.test(before) && (tok.text !== 'Mỹ' || isUsMy(text, tok.index)))
          country = cc;
        i += two;
        steps++;
        continue;
      }
      // "Đại sứ Mỹ tại Hà Nội Marc Knapper", "Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh": the
      // place an office sits in is no name, though "Hà" and "Quảng" begin names too.
      const place = isCap(tok.text) ? placeFormAt(text, tok.index) : undefined;
      if (place) {
        // "Thống đốc bang Ohio Mike DeWine": the place an office sits in tells its state, unless the
        // office is abroad ("Đại sứ tại Hà Nội").
        const before = text.slice(Math.max(0, tok.index - 5), tok.index);
        if (!country && !/tại\s*$/u.test(before)) country = countryOfPlace(place);
        const end = tok.index + place.length;
        while (i < tokens.length && tokens[i]!.index < end) i++;
        steps++;
        continue;
      }
      if (INTERNATIONAL.test(text.slice(tok.index, tok.index + 20))) international = true;
      if (isCap(tok.text)) {
        const r = pushName(
          i,
          {
            title: former ? undefined : t.title,
            level: former ? undefined : t.level,
            // "Giám đốc USAID Việt Nam <name>": the agency's state, not the country it works in.
            country: international ? undefined : (agencyStates(t.text)[0] ?? country),
            international: international ? true : undefined,
          },
          steps === 0 ||
            /^\s*$/.test(text.slice(t.end, tok.index).replace(COUNTRY_AFTER_TITLE, '')),
          // A portfolio's capitalised field ("Lao động") is no one-word name.
          portfolio,
        );
        // "Phó Tổng thống Mike Pence và Nguyễn Xuân Phúc": a full Vietnamese name after "và" is the
        // counterpart even without a title.
        if (
          r !== undefined &&
          r >= 0 &&
          tokens[r]?.text === 'và' &&
          readName(tokens, r + 1, text)?.viet
        )
          pushName(r + 1, {}, false);
        // "Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Joe Biden": the next title takes over.
        if (r !== undefined) break;
      }
      i++;
      steps++;
    }
  }

  // "người đồng cấp Mỹ James Mattis": the counterpart's title is the preceding person's.
  for (const m of text.includes('người đồng cấp') ? text.matchAll(PEER_RE) : []) {
    const start = (m.index ?? 0) + m[0].length;
    let country: string | undefined;
    let offset = start;
    const c = COUNTRY_AFTER_TITLE.exec(text.slice(offset));
    if (c && c[1]) {
      country = countryCode(c[1]);
      offset += c[0].length;
    }
    const prev = [...out].reverse().find((p) => p.index < (m.index ?? 0) && p.title);
    const i = tokenAt(offset);
    if (i >= 0)
      pushName(i, {
        title: prev?.title ? prev.title : undefined,
        level: prev?.title ? prev.level : undefined,
        country: country ? country : undefined,
      });
  }

  // "ông Lê Hoài Trung", "bà Rose Gottemoeller", "các ông Wilbur Ross và Robert Lighthizer".
  for (const h of [...boundedMatches(HONORIFIC_RE, text, isLetterCode)]) {
    // "tỉnh Bà Rịa": a place whose name opens with an honorific's word is no one
    if (placeFormAt(text, h.index ?? 0) !== undefined) continue;
    const i = tokenAt((h.index ?? 0) + h[0].length);
    const tok = tokens[i];
    if (i < 0 || !tok || taken.has(tok.index) || !isCap(tok.text)) continue;
    const next = pushName(i, {});
    if (next !== undefined && tokens[next]?.text === 'và') pushName(next + 1, {});
  }

  // A list of officials, each item "name, office": "…: Trần Văn A, Bộ trưởng Công Thương; Lê Thị
  // B, Thứ trưởng Ngoại giao". With no honorific, only where an item begins (the sentence's start,
  // a colon, a semicolon) and only a full Vietnamese name, right before the comma and the office
  // (party posts may come between).
  for (const t of titles) {
    if (t.level === 'rank') continue;
    const comma = /,\s*$/u.exec(text.slice(Math.max(0, t.index - 4), t.index));
    if (!comma) continue;
    const itemStart = Math.max(text.lastIndexOf(';', t.index), text.lastIndexOf(':', t.index)) + 1;
    const i = tokenAt(itemStart);
    const name = i >= 0 ? readName(tokens, i, text) : undefined;
    const nameEnd = name ? tokens[name.next]?.index : undefined;
    if (!name?.viet || nameEnd === undefined) continue;
    const afterComma = /^\s*,\s*/u.exec(text.slice(nameEnd));
    if (!afterComma || pastPosts(text, nameEnd + afterComma[0].length) !== t.index) continue;
    pushName(i, {}, false);
  }

  // Apposition: "Ngô Xuân Lịch - Bộ trưởng Quốc phòng", "ông Đinh Việt Thắng , Cục trưởng ...".
  for (const p of out) {
    if (p.level && p.level !== 'rank') continue;
    const end = p.index + p.name.length;
    const rest = text.slice(end);
    const m = /^\s*[-–,]\s*/u.exec(rest);
    if (!m) continue;
    const at = pastPosts(text, end + m[0].length);
    const t = titles.find((x) => x.index === at);
    if (!t || t.level === 'rank') continue;
    // "Bill Clinton, Phó thủ tướng Phạm Bình Minh": a title followed by a name is that name's.
    // (A semicolon between ends the item: "…, Thứ trưởng Công Thương; Lê Thị B, …".)
    if (
      out.some(
        (q) =>
          q.index >= t.end && q.index <= t.end + 2 && !text.slice(t.end, q.index).includes(';'),
      )
    )
      continue;
    p.title = t.title;
    p.level = t.level;
    const c = COUNTRY_AFTER_TITLE.exec(text.slice(t.end));
    if (c && c[1] && !p.country) {
      const code = countryCode(c[1]);
      if (code) p.country = code;
    }
  }

  // A known office-holder named in full where nothing else read a name: the name alone.
  for (const h of holderNames) {
    const at = h.index;
    if (out.some((p) => at < p.index + p.name.length && p.index < at + h.name.length)) continue;
    out.push(newPersonMention(h.name, at, {}, undefined));
  }

  // Where the phrase naming a person begins: their title's first word, else the name.
  const phraseStart = (p: PersonMention): number => {
    let start = p.index;
    for (const t of titles) if (t.end <= p.index && p.index - t.end <= 30) start = t.index;
    return start;
  };
  const sittingIn = SITTING_IN.exec(text);
  for (const p of out) {
    if (sittingIn && p.index > sittingIn[0].length) p.background = true;
    const after = text.slice(p.index + p.name.length, p.index + p.name.length + 24);
    const before = text.slice(Math.max(0, p.index - 120), p.index);
    if (
      DATED_ASIDE_AFTER.test(after) ||
      DATED_CLAUSE_AFTER.test(after) ||
      (before.includes('hay mặt') && ON_BEHALF_BEFORE.test(before)) ||
      (before.includes('chuẩn bị') && PREPARED_FOR_BEFORE.test(before)) ||
      MOURNED_BEFORE.test(before) ||
      (before.includes('tháp tùng') && ACCOMPANIED_BEFORE.test(before)) ||
      (before.includes('quyền của') && AUTHORISED_BY_BEFORE.test(before)) ||
      ((before.includes('thay') || before.includes('kế nhiệm')) && REPLACED_BEFORE.test(before)) ||
      (before.includes('điều') && RECALLED_WORDS_BEFORE.test(before)) ||
      (before.includes('của') &&
        (OTHER_OCCASION_BEFORE.test(before) || HANDED_OVER_BEFORE.test(before))) ||
      (before.includes('mời') && INVITED_BEFORE.test(before)) ||
      (TRAILING_SETTING_BEFORE.test(before) && !honouredBy(before, after)) ||
      DIED_AFTER.test(after)
    )
      p.background = true;
    else if (STAFF_OF_BEFORE.test(text.slice(Math.max(0, phraseStart(p) - 40), phraseStart(p)))) {
      // "Phu nhân và con gái Tổng thống Hoa Kỳ, bà Hillary Clinton và cô Chelsea Clinton": the
      // names after the comma are the wife and daughter themselves, not the president.
      const phrase = text.slice(phraseStart(p), p.index);
      if (p.title && /,\s*(?:bà|ông|cô|ngài|Ngài)\s*$/u.test(phrase)) {
        delete p.title;
        delete p.level;
      } else p.background = true;
    }
  }

  // Place names are never people ("Tổng Bí thư ... tại Hà Nội", "hạm đội Thái Bình Dương").
  return out
    .filter((p) => !isPlaceName(p.name) && !NOT_PERSON.test(p.name))
    .sort((a, b) => a.index - b.index);
}

/** A person as the article knows them: the fullest name, the most telling title, a country. */
export interface PersonRecord {
  name: string;
  title?: string;
  level?: TitleLevel;
  country?: string;
}

const lastWord = (name: string): string => name.split(' ').pop() ?? name;
// "Jr.", "Sr.", "II", "III" after a Western name.
const SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/u;
/**
 * "Joe" for "Joseph", "Ron" for "Ronald": a given name and its short form share their first two
 * letters ("Jill" and "Joe" Biden do not).
 */
const shortened = (x: string, y: string): boolean =>
  x.length >= 2 && y.length >= 2 && x.slice(0, 2) === y.slice(0, 2);

/**
 * Whether two full names are one person: the same name, the same first and last word ("Marc E.
 * Knapper", "Marc Knapper"), or a two-word East Asian name in either order ("Kishida Fumio",
 * "Fumio Kishida"); a Vietnamese name is always written surname first.
 */
export function sameFullName(a: string, b: string): boolean {
  if (a === b) return true;
  // "Joseph R. Biden Jr." and "Joe Biden": a suffix aside, the same surname and a given name one
  // shortens the other to.
  const pa = a.replace(SUFFIX, '').split(' ');
  const pb = b.replace(SUFFIX, '').split(' ');
  if (pa[0] === pb[0] && pa[pa.length - 1] === pb[pb.length - 1]) return true;
  if (
    pa.length >= 2 &&
    pb.length >= 2 &&
    pa[pa.length - 1] === pb[pb.length - 1] &&
    !isVietnameseName(a) &&
    !isVietnameseName(b) &&
    shortened(pa[0]!, pb[0]!)
  )
    return true;
  return (
    pa.length === 2 &&
    pb.length === 2 &&
    pa[0] === pb[1] &&
    pa[1] === pb[0] &&
    !isVietnameseName(a) &&
    !isVietnameseName(b)
  );
}

/**
 * "Bộ trưởng Bộ Y tế Nguyễn Thanh đã tiếp …" in an article that names "Bộ trưởng Bộ Y tế Nguyễn Thanh
 * Long": a Vietnamese name cut short of its last syllable, with the same title, is the same person.
 */
function cutShort(p: PersonRecord, m: PersonMention): boolean {
  if (!p.title || p.title !== m.title || p.name === m.name) return false;
  const [shorter, longer] = p.name.length < m.name.length ? [p.name, m.name] : [m.name, p.name];
  return longer.startsWith(`${shorter} `) && isVietnameseName(shorter) && isVietnameseName(longer);
}

/** Everyone named in full in the article, keyed for resolving short mentions. */
export class PeopleIndex {
  private readonly full: PersonRecord[] = [];
  /** How often each full name was seen, and the spellings of names cut short (see cutShort). */
  private readonly counts = new Map<string, number>();
  private readonly cutSpellings = new Map<PersonRecord, Set<string>>();

  /** Add every full-name mention of a text. */
  addAll(mentions: PersonMention[]): void {
    for (const m of mentions) if (!m.short) this.add(m);
  }

  /** The spelling the article uses most (the longer on a tie): a slip ("Nguyễn Thanh" for "Nguyễn
   * Thanh Long") or a title-case headline ("Phan Văn Khải Hội Kiến …") is the rarer one. */
  private settle(rec: PersonRecord, spelling: string): void {
    const spellings = this.cutSpellings.get(rec) ?? new Set([rec.name]);
    spellings.add(spelling);
    this.cutSpellings.set(rec, spellings);
    for (const name of spellings)
      if (
        this.seen(name) > this.seen(rec.name) ||
        (this.seen(name) === this.seen(rec.name) && name.length > rec.name.length)
      )
        rec.name = name;
  }

  /** How often the article spells a full name so. */
  private seen(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  private add(m: PersonMention): void {
    this.counts.set(m.name, this.seen(m.name) + 1);
    // "Marc E. Knapper" and "Marc Knapper" are one person: same first and last word.
    const existing = this.full.find((p) => sameFullName(p.name, m.name));
    const cut = existing ? undefined : this.full.find((p) => cutShort(p, m));
    if (cut) {
      this.settle(cut, m.name);
      return;
    }
    if (!existing) {
      const rec: PersonRecord = { name: m.name };
      if (m.title) rec.title = m.title;
      if (m.level) rec.level = m.level;
      if (m.country) rec.country = m.country;
      this.full.push(rec);
      return;
    }
    // The fuller name; of two as long, the one the article spells most ("Joln E. Hamilton" once,
    // "John E. Hamilton" twice: the first is a slip).
    if (
      m.name.length > existing.name.length ||
      (m.name.length === existing.name.length && this.seen(m.name) > this.seen(existing.name))
    )
      existing.name = m.name;
    if (this.cutSpellings.has(existing)) this.settle(existing, existing.name);
    if (
      m.title &&
      m.level &&
      (!existing.level ||
        LEVEL_RANK[m.level] > LEVEL_RANK[existing.level] ||
        (m.level === existing.level && m.title.length > (existing.title?.length ?? 0)))
    ) {
      existing.title = m.title;
      existing.level = m.level;
    }
    if (m.country && !existing.country) existing.country = m.country;
  }

  /** The person a mention refers to: "Ngoại trưởng Blinken" → Antony Blinken; undefined if unknown. */
  resolve(m: PersonMention): PersonRecord | undefined {
    if (!m.short) return this.full.find((p) => sameFullName(p.name, m.name) || cutShort(p, m));
    // "Thủ tướng Kishida" for "Kishida Fumio": the short form may be either word of an East Asian name.
    const matches = this.full.filter(
      (p) =>
        lastWord(p.name) === m.name ||
        (p.name.startsWith(`${m.name} `) &&
          p.name.split(' ').length === 2 &&
          !isVietnameseName(p.name)),
    );
    if (matches.length === 1) return matches[0];
    const sameTitle = matches.filter(
      (p) => p.title && m.title && (p.title.startsWith(m.title) || m.title.startsWith(p.title)),
    );
    return sameTitle.length === 1 ? sameTitle[0] : undefined;
  }

  /** Every person named in full. */
  all(): readonly PersonRecord[] {
    return this.full;
  }
}

/** Whether a name has the shape of a Vietnamese name (surname first, 2–4 syllables). */
export function isVietnameseName(name: string): boolean {
  const parts = name.split(' ');
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    VIETNAMESE_SURNAMES.has(parts[0]!) &&
    parts.every((p) => isVietSyllable(p))
  );
}
