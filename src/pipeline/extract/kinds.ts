/**
 * The kind of a diplomatic event from the words that report it: "điện đàm" → call, "hội đàm" →
 * talks, "tiếp Đại sứ" → meeting, "chuyến thăm" → visit, "ký kết" → signing, "lễ khánh thành" →
 * ceremony, "Tuyên bố chung" → statement, "điện mừng" → letter.
 */
import type { EventKind } from '../../shared/schema';
import { boundedMatches, isLetterCode, LETTER } from '../knowledge/letters';

export interface KindMatch {
  kind: EventKind;
  text: string;
  index: number;
  /** A planned act ("Thủ tướng sẽ chào xã giao …"), not yet reported as done. */
  future?: boolean;
  /** A visit named as the setting of another act ("trong chuyến thăm …, Ngoại trưởng đã chuyển lá thư"). */
  setting?: boolean;
}

// "chuẩn bị cho chuyến thăm", "Phát biểu trước chuyến thăm": the visit is a time reference, not the
// act reported; so is a visit whose results are spoken of ("kết quả chuyến thăm … vào tháng 9/2024").
const REFERENCE_BEFORE =
  /(?:chuẩn bị cho|chuẩn bị|trước|sau|sau khi kết thúc|kết quả(?: của)?)\s+$/;
// "… đã tới Hà Nội để nhận nhiệm sở": an envoy arriving to take up the post is not visiting.
const TAKING_UP_POST =
  /^[^,.;]{0,40}?(?<![\p{L}])để\s+(?:chính thức\s+)?(?:bắt đầu\s+nhiệm\s+kỳ|nhận\s+nhiệm\s+sở)/u;
// "đã thăm Đà Nẵng nhiều lần": visits counted are a person's past, not an act told.
const COUNTED_VISITS = /^\s+[^,.;]{0,30}?(?<![\p{L}])(?:\d+|hai|nhiều)\s+lần(?![\p{L}])/u;
// "trong chuyến thăm …", "nhân dịp thăm …": the visit is where another act happened.
const SETTING_BEFORE = /(?:trong|nhân|nhân dịp|dịp|trong khuôn khổ)\s+$/;
// "Thủ tướng Abe sẽ chào xã giao Tổng Bí thư …, Chủ tịch nước … và hội kiến …": "sẽ" governs the clause.
const FUTURE_BEFORE = /(?:^|\s)sẽ\s(?:(?!đã\s)[^.;:])*$/;

// What makes "cuộc trao đổi" a call: "qua điện thoại", "trực tuyến", "điện đàm".
const PHONE_CUE = /điện thoại|trực tuyến|điện đàm|trực tiếp qua video|qua video|cuộc gọi/u;

// No letter may touch a match: the end is checked by R, the start by boundedMatches (faster than a
// leading lookbehind, see letters.ts). Each pattern excludes the look-alikes: "thăm hỏi", "tiếp tục", "thư ký", "Bí thư", "đăng ký".
const R = `(?![${LETTER}])`;
const PATTERNS: [EventKind, RegExp][] = [
  [
    'call',
    new RegExp(
      // "đã có cuộc trao đổi với Phó Thủ tướng …": the readouts' word for a talk, by phone only with a
      // phone or online cue (see PHONE_CUE); otherwise it is a meeting in person.
      `(?:điện đàm|gọi điện|cuộc gọi|trao đổi qua điện thoại|hội đàm qua điện thoại|(?<=có )cuộc trao đổi(?= với))${R}`,
      'g',
    ),
  ],
  [
    'dialogue',
    new RegExp(
      `(?:(?<!cơ chế )Đối thoại(?= (?:cấp|[Cc]hiến lược|[Cc]hính sách|[Nn]hân quyền|[Ll]ao động|[Aa]n ninh|[Kk]inh tế|thường niên|[Cc]hính trị|[Qq]uốc phòng))|cuộc đối thoại|phiên đối thoại)${R}`,
      'g',
    ),
  ],
  ['talks', new RegExp(`(?:hội đàm|cuộc gặp thượng đỉnh)${R}`, 'g')],
  [
    'visit',
    new RegExp(
      // A warship's port call is a visit: "tàu … cập cảng Cam Ranh", "giao lưu hải quân".
      `(?:chuyến thăm|thăm chính thức|thăm cấp nhà nước|thăm làm việc|viếng thăm|đến thăm|sang thăm|thăm(?! (?:hỏi|dò|khám|quan|nom|viếng))|dẫn đầu đoàn|chuyến công tác|công du|cập cảng|ghé cảng|giao lưu hải quân|chương trình giao lưu hải quân|(?:đã|vừa) (?:có mặt tại|(?:đến|tới)(?: tại)?)(?= (?:việt nam|hà nội|thủ đô hà nội|tp\\.? ?hcm|thành phố hồ chí minh|đà nẵng)))${R}`,
      'g',
    ),
  ],
  [
    'meeting',
    new RegExp(
      // A sports match is played, not held: "sẽ gặp đội thắng trong cặp đấu …", "gặp đối thủ".
      `(?:hội kiến|tiếp xúc|gặp gỡ|cuộc gặp|gặp(?! (?:khó|nạn|sự cố|phải|mặt|đội(?! ngũ)|đối thủ))|làm việc với|cuộc làm việc|buổi làm việc|chào xã giao|(?<!(?:tiếp tục|tiếp nhận|tiếp cận|tiếp theo|tiếp đó|đón|liên|kế|trực|gián) )(?:đã |sẽ |vừa )?(?:tiếp|chào đón|đón chào|đón tiếp)(?! (?:các )?quý vị)(?= (?:đại sứ|bộ trưởng|ngoại trưởng|thứ trưởng|trợ lý|phó|tổng|thủ tướng|chủ tịch|cố vấn|đoàn|phái đoàn|ông|bà|ngài|các|thượng|hạ|nghị sĩ|thống đốc|thị trưởng|giám đốc|lãnh đạo|trưởng|đặc phái|tư lệnh|đô đốc)))${R}`,
      'g',
    ),
  ],
  [
    'signing',
    new RegExp(
      // Exchanging the instruments of ratification brings a treaty into force: "trao đổi thư phê chuẩn".
      `(?:lễ ký|ký kết|(?<!(?:thư|đăng|bí|tổng thư|phó) )ký(?= (?:chính thức )?(?:[Hh]iệp định|[Tt]hỏa thuận|[Tt]hoả thuận|[Bb]ản ghi nhớ|[Bb]iên bản|[Tt]uyên bố|[Vv]ăn bản|[Kk]ế hoạch|[Hh]ợp đồng|[Ýý] định thư|[Tt]hư ý định|[Nn]ghị định thư|[Hh]iệp ước|[Cc]ông hàm|MOU|MoU))|ký tắt|trao đổi (?:thư|công hàm|văn kiện|văn bản) phê chuẩn|trao hợp đồng)${R}`,
      'g',
    ),
  ],
  [
    'ceremony',
    // "dự lễ …" is a ceremony whatever its name; a mission's opening ("mở cửa Tổng lãnh sự quán")
    // is one too, where opening a market is not.
    new RegExp(
      `(?:trình (?:quốc thư|thư ủy nhiệm|thư uỷ nhiệm|ủy nhiệm thư|uỷ nhiệm thư)|lễ (?:khai mạc|khai trương|khai giảng|bế mạc|công bố|đón|khánh thành|bàn giao|trao|tốt nghiệp|kỷ niệm|khởi công|khởi động|ra mắt|tiễn|thượng cờ|hồi hương|mở cửa)|(?<=(?:diễn ra|tổ chức|chủ trì|dự) )lễ(?! hội)|buổi lễ|mở cửa (?:tòa |toà |trụ sở )?(?:nhà )?(?:mới )?(?:tổng lãnh sự|lãnh sự|đại sứ)|khánh thành|khai mạc|khai trương|bàn giao|tốt nghiệp|(?:trao|gắn) (?:chứng nhận|chứng chỉ|tặng|trả|huân chương|huy chương|kỷ niệm chương)|hoàn thành dự án|công bố hoàn thành|(?:tiệc|buổi|tổ chức) (?:chiêu đãi|tiếp tân)|dâng hương|dâng hoa|đặt vòng hoa|thắp hương|(?<=(?:tổ chức|diễn ra) )(?:chương trình|buổi|cuộc|lễ mít tinh) ["“]?(?:giao lưu|gặp mặt|mít tinh|hòa nhạc|hoà nhạc|biểu diễn|triển lãm)|mít tinh kỷ niệm|(?:chào đón|chào mừng) (?:các )?quý vị|(?<=phát biểu )chào mừng|(?<=(?:tại|tổ chức|dự|tham dự|khai mạc) )ngày hội)${R}`,
      'g',
    ),
  ],
  [
    'letter',
    new RegExp(
      `(?:điện mừng|thư chúc mừng|điện chúc mừng|điện chia buồn|thư chia buồn|gửi thư|gửi điện|chúc mừng|lá thư|bức thư|bức điện)${R}`,
      'g',
    ),
  ],
  [
    'statement',
    new RegExp(
      // "Tuyên bố của Ngoại trưởng X": a statement by X.
      // "Người phát ngôn … trả lời câu hỏi của phóng viên": a spokesperson's answer is a statement.
      // "Đại sứ … đã tổ chức buổi họp báo": what is said to the press is a statement.
      // "… gửi lời chào tới nhân dân Việt Nam": a greeting to a whole people is a public message.
      `(?:(?:tổ chức|có|chủ trì) (?:một )?(?:cuộc |buổi )?họp báo|tuyên bố chung|ra tuyên bố|tuyên bố(?= của)|thông cáo chung|thông cáo báo chí|thông cáo|bài phát biểu|phát biểu|trả lời (?:câu hỏi|phỏng vấn)|(?:gửi|ra|đưa ra|công bố) (?:một )?thông điệp|gửi lời chào (?:tới|đến) (?:toàn thể )?(?:người dân|nhân dân))${R}`,
      'g',
    ),
  ],
  [
    'other',
    // "Tại Hội thảo "…" diễn ra sáng 26-1-2015", "đã tổ chức tọa đàm": a seminar or forum held or
    // attended is an event of its own; one named in passing ("các diễn đàn quốc tế") is not.
    new RegExp(
      `(?<=(?:tại|tổ chức|dự|tham dự|chủ trì|đồng chủ trì) (?:cuộc |buổi |một )?)(?:hội thảo|tọa đàm|toạ đàm|diễn đàn)${R}`,
      'g',
    ),
  ],
  [
    'other',
    // "Tổng thống … đã công bố ý định đề cử 9 nhà ngoại giao và vị trí đại sứ": an envoy nominated.
    new RegExp(`(?:đề cử|bổ nhiệm)(?=[^.;!?]{0,60}(?<![\\p{L}])đại sứ${R})`, 'g'),
  ],
  [
    'other',
    // "Đại hội Hội hữu nghị Việt - Mỹ tỉnh Bình Định lần thứ I": an association's congress; not the
    // Party's ("Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc").
    new RegExp(`đại hội (?:thành lập |đại biểu |lần thứ [\\divxl]+ )?hội${R}`, 'g'),
  ],
];

/** Cheap substring checks: a pattern runs only when its sentence holds one of these (lower-case). */
const CUES: Record<string, string[]> = {
  call: ['điện', 'gọi', 'trao đổi'],
  dialogue: ['thoại'],
  talks: ['hội đàm', 'thượng đỉnh'],
  visit: [
    'thăm',
    'dẫn đầu',
    'công tác',
    'công du',
    'cảng',
    'giao lưu',
    'tại',
    'đã đến',
    'vừa đến',
    'đã tới',
    'vừa tới',
  ],
  meeting: ['gặp', 'tiếp', 'hội kiến', 'làm việc', 'chào xã giao', 'đón'],
  signing: ['ký', 'phê chuẩn', 'trao hợp đồng'],
  ceremony: [
    'chiêu đãi',
    'tiếp tân',
    'lễ',
    'trình',
    'khánh thành',
    'mở cửa',
    'khai trương',
    'khai mạc',
    'bàn giao',
    'tốt nghiệp',
    'trao',
    'gắn',
    'hoàn thành',
    'dâng',
    'vòng hoa',
    'thắp hương',
    'giao lưu',
    'gặp mặt',
    'mít tinh',
    'hòa nhạc',
    'hoà nhạc',
    'biểu diễn',
    'triển lãm',
    'quý vị',
    'ngày hội',
    'phát biểu chào',
  ],
  letter: ['điện', 'thư', 'chúc mừng'],
  other: ['hội thảo', 'tọa đàm', 'toạ đàm', 'diễn đàn', 'đại hội', 'đề cử', 'bổ nhiệm'],
  statement: ['tuyên bố', 'thông cáo', 'phát biểu', 'trả lời', 'thông điệp', 'họp báo', 'lời chào'],
};
// One scan per kind ("does the sentence hold any cue") instead of one `includes` per cue.
const CUE_RES = new Map(
  Object.entries(CUES).map(([kind, cues]) => [kind, new RegExp(cues.join('|'))] as const),
);

/** Rank when one sentence holds several kinds: the specific act beats its setting ("trong chuyến thăm, ... hội đàm"). */
export const KIND_PRIORITY: EventKind[] = [
  'dialogue',
  'call',
  'talks',
  'signing',
  'meeting',
  'visit',
  'ceremony',
  'letter',
  'statement',
  'other',
  'milestone',
];

const ANNIVERSARY_BEFORE = /(?<![\p{L}])(?:kỷ|kỉ) niệm (?:tròn )?\d{1,3} năm\s+(?:ngày\s+)?$/u;
// "Theo thông cáo của …": the words before a statement word that make it a cited source.
const ATTRIBUTION_BEFORE = /(?:^|[^\p{L}])theo\s+(?:(?:một|các|những|bản)\s+)?$/u;

/** Every event word in a text, in reading order. */
export function findKinds(text: string): KindMatch[] {
  const out: KindMatch[] = [];
  // Patterns are lower-case and run on the lower-cased sentence (same offsets), which is far faster
  // than case-insensitive matching; "Đối thoại" as a named dialogue needs its capital and runs on the text.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : text;
  for (const [kind, re] of PATTERNS) {
    if (!CUE_RES.get(kind)?.test(lowered)) continue;
    const source = kind === 'dialogue' ? text : lower;
    for (const m of boundedMatches(re, source, isLetterCode)) {
      const index = m.index ?? 0;
      const before = lowered.slice(Math.max(0, index - 20), index);
      if (kind === 'visit' && REFERENCE_BEFORE.test(before)) continue;
      if (kind === 'visit') {
        const after = lowered.slice(index + m[0].length);
        if (TAKING_UP_POST.test(after) || COUNTED_VISITS.test(after)) continue;
      }
      // "kỷ niệm 30 năm ký kết Hiệp định …": the signing an anniversary counts from is long past.
      if (kind === 'signing' && ANNIVERSARY_BEFORE.test(before)) continue;
      // "Theo thông cáo của Bộ Ngoại giao Mỹ, …": the source a report cites, not a statement made.
      if (kind === 'statement' && ATTRIBUTION_BEFORE.test(before)) continue;
      const match: KindMatch = { kind, text: text.slice(index, index + m[0].length), index };
      if (kind === 'visit' && SETTING_BEFORE.test(before)) match.setting = true;
      // "có cuộc trao đổi với … ở Phnom Penh" without a phone cue: they met in person.
      if (kind === 'call' && m[0] === 'cuộc trao đổi' && !PHONE_CUE.test(lowered))
        match.kind = 'meeting';
      if (
        lowered.includes('sẽ') &&
        FUTURE_BEFORE.test(lowered.slice(Math.max(0, index - 120), index))
      )
        match.future = true;
      out.push(match);
    }
  }
  out.sort((a, b) => a.index - b.index);
  return withoutLaterClause(out, lowered);
}

// "… đã trình Quốc thư …, trước khi bắt đầu công việc tháp tùng Tổng thống … thăm chính thức Việt
// Nam": what follows "trước khi" after the reported act is only when it happened.
const BEFORE_CLAUSE = /(?<![\p{L}])trước khi(?![\p{L}])/gu;

/** Drops event words inside a "trước khi …" clause that follows an act the sentence reports. */
function withoutLaterClause(matches: KindMatch[], lowered: string): KindMatch[] {
  if (matches.length < 2 || !lowered.includes('trước khi')) return matches;
  BEFORE_CLAUSE.lastIndex = 0;
  for (let m = BEFORE_CLAUSE.exec(lowered); m; m = BEFORE_CLAUSE.exec(lowered)) {
    const from = m.index;
    if (!matches.some((k) => k.index < from)) continue;
    const stop = lowered.slice(from).search(/[;.]/u);
    const to = stop < 0 ? lowered.length : from + stop;
    return matches.filter((k) => k.index < from || k.index >= to);
  }
  return matches;
}

// "Lễ hồi hương hài cốt … đã diễn ra tại …": a ceremony told by "Lễ" and "diễn ra", whatever its name.
const CEREMONY_HELD =
  /(?<![\p{L}])[Ll]ễ\s+(?!hội)[^,.;"“”]{3,90}?\s(?:đã\s+|sẽ\s+)?(?:diễn ra|được tổ chức)(?![\p{L}])/u;

/** A ceremony told without an event word ("Lễ … đã diễn ra"); for sentences `findKinds` finds nothing in. */
export function ceremonyHeld(text: string): KindMatch | undefined {
  const held = CEREMONY_HELD.exec(text);
  return held ? { kind: 'ceremony', text: held[0], index: held.index } : undefined;
}

// A visit named as a setting yields to every act but a bare statement: in "trong chuyến thăm …,
// Ngoại trưởng đã chuyển lá thư chia buồn" the letter is what happened that day.
const rank = (m: KindMatch): number =>
  m.setting ? KIND_PRIORITY.indexOf('statement') - 0.5 : KIND_PRIORITY.indexOf(m.kind);

/** The main kind among matches, by priority; undefined when there is none. */
export function mainKind(matches: KindMatch[]): EventKind | undefined {
  let best: KindMatch | undefined;
  for (const m of matches) if (best === undefined || rank(m) < rank(best)) best = m;
  return best?.kind;
}

/** The kind of a reporting sentence (and optionally its headline as a tie-breaker). */
export function classifyKind(sentence: string, headline?: string): EventKind | undefined {
  return mainKind(findKinds(sentence)) ?? (headline ? mainKind(findKinds(headline)) : undefined);
}
