/** Finding and making headlines: where a run-together headline ends, titles from metadata or a lead. */
import { foldAccents } from '../../shared/text';

// Words a headline does not end on: "… quan hệ với" must go on ("… với Việt Nam").
const DANGLING = new Set([
  'và',
  'với',
  'của',
  'về',
  'tại',
  'cho',
  'trong',
  'từ',
  'đến',
  'tới',
  'ở',
  'là',
  'các',
  'những',
  'một',
  'để',
  'theo',
  'khi',
  'bằng',
  'do',
  'vì',
  'hoặc',
  'mà',
  'thì',
  'như',
  'giữa',
  'nhằm',
  'cùng',
  'sẽ',
  'đã',
  'đang',
  'được',
  'bị',
  'rằng',
  'nhưng',
  'nên',
  'song',
  'lên',
  'vào',
  'qua',
  'trên',
  'dưới',
  'sau',
  'trước',
  'hay',
  'có',
  'không',
]);

// Words that open a news sentence: time, place, attribution, determiners, pronouns.
const SENTENCE_STARTERS = new Set([
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'ngày',
  'hôm_nay',
  'hôm_qua',
  'sáng_nay',
  'chiều_nay',
  'tối_nay',
  'tối_qua',
  'theo',
  'các',
  'những',
  'ông',
  'bà',
  'tại',
  'trong',
  'sau',
  'trước',
  'khi',
  'đây',
  'hai',
  'nhiều',
  'việc',
  'vào',
  'từ',
  'nhân_dịp',
  'nhận_lời',
  'tiếp_tục',
  'trả_lời',
  'phát_biểu',
  'lúc',
  'đầu',
  'cuối',
]);

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
/** Below this score no cut has a lead that repeats the headline (real headlines score 0.6 and up). */
const NO_HEADLINE_SCORE = 0.3;
const TERMINATORS = new Set(['.', '!', '?', '...', '…']);

/**
 * Where the headline ends in word-segmented text that runs headline, lead and body together
 * (returns the number of headline tokens). General clues, in order:
 *  1. the lead repeats the headline word for word ("Mỹ coi_trọng … Việt_Nam Ngoại_trưởng Blinken
 *     khẳng_định Mỹ coi_trọng … Việt_Nam ,") → the longest repeated prefix;
 *  2. otherwise each position where a capitalised word could start the lead is scored: the share
 *     of the headline's syllables that the lead sentence repeats, a bonus when the capitalised
 *     word is a common word written in lower case elsewhere ("Các", "Chiều", "Ông": it starts a
 *     sentence; "Mỹ", "Bạch_Đằng" are names and may sit inside a headline), a penalty for commas
 *     inside the headline and for very long headlines. The best score wins, the longer on ties.
 */
export function findHeadlineEnd(tokens: string[]): number {
  if (opensLikeLead(tokens)) return 0;
  const firstStop = tokens.findIndex((t) => TERMINATORS.has(t));
  const limit = Math.min(40, firstStop < 0 ? tokens.length - 1 : firstStop - 3);
  if (limit < 3) return Math.min(tokens.length, Math.max(1, limit));

  const repeated = repeatedPrefix(tokens, limit);
  if (repeated > 0) return repeated;
  const tag = outletTag(tokens, limit);
  if (tag > 0) return tag;

  const lowerCounts = new Map<string, number>();
  const midSentenceCapitals = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.toLowerCase() === t) lowerCounts.set(t, (lowerCounts.get(t) ?? 0) + 1);
    else if (i > 0 && !TERMINATORS.has(tokens[i - 1]!))
      midSentenceCapitals.set(t, (midSentenceCapitals.get(t) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = -Infinity;
  let commas = 0;
  for (let p = 1; p <= limit; p++) {
    if (tokens[p - 1] === ',') commas++;
    if (p < 3 || !canEndHeadline(tokens, p)) continue;
    const next = tokens[p]!;
    const lower = next.toLowerCase();
    // A common word capitalised only where a sentence starts: "Các", "Chiều", "Ông".
    const common =
      lower !== next &&
      (SENTENCE_STARTERS.has(lower) ||
        (lowerCounts.has(lower) && (midSentenceCapitals.get(next) ?? 0) <= 1));
    const score =
      coverage(tokens, p) + (common ? 0.3 : 0) - 0.2 * commas - (p > 20 ? 0.02 * (p - 20) : 0);
    if (score >= bestScore - 1e-9) {
      best = p;
      bestScore = Math.max(score, bestScore);
    }
  }
  // A lead repeats its headline's words; where no cut gives a lead that does, the text opens with
  // its lead and has no headline ("Chuyến_thăm … kéo_dài 3 ngày , từ 19-21/11 . Lễ tiếp_đón …").
  if (bestScore < NO_HEADLINE_SCORE) return 0;
  return best > 0 ? best : Math.min(limit, 12);
}

// "Chiều 15.4 , Tổng_Bí_thư …": a time of day and a date then a comma open a news lead, never a
// headline (a headline puts its date in brackets: "Hôm_nay ( 10/7 ) , …").
const LEAD_OPENING =
  /^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:[_\s]+(?:nay|qua))?\s+\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*,/iu;

/** Whether a run-together text (or a first line) starts with its lead: there is no headline to find. */
export function opensLikeLead(tokens: string[]): boolean {
  return LEAD_OPENING.test(withoutOutletTag(tokens.slice(0, 8).join(' ')));
}

// "(TTV) Phát triển hạ tầng …", "( BTV ) Chiều 29/10 , …", "(Baonghean.vn) Sáng 15/6, …": the
// outlet's tag before its headline or lead, an abbreviation or a web address in brackets; with a
// dash after it, any bracketed tag ("(VOV5) - ", "(Thethaovanhoa.vn) - "); with no brackets, an
// online edition's tag ("TTO - ", "NLĐO - ", "VOV.VN - ": those tags end in O for "online").
const OUTLET_TAG =
  /^\(\s*(?:\p{Lu}{2,6}|[\p{L}\d-]+\.(?:vn|com|net|org)(?:\.vn)?)\s*\)\s*[-–]?\s*|^\([^()]{2,30}\)\s*[-–—]\s*|^(?:\p{Lu}{1,4}O|[\p{L}\d-]+\.(?:vn|VN))\s+[-–—]\s+(?=\p{Lu})/u;

/** A headline or lead without the outlet's tag before it. */
export function withoutOutletTag(text: string): string {
  return text.replace(OUTLET_TAG, '');
}

// Titles a name follows: "… tiếp Đại_sứ Mỹ tại Việt_Nam Daniel_Kritenbrink" does not end at the title.
const NAME_TITLES = new Set([
  'đại_sứ',
  'bộ_trưởng',
  'ngoại_trưởng',
  'tổng_thống',
  'phó_tổng_thống',
  'thủ_tướng',
  'phó_thủ_tướng',
  'chủ_tịch',
  'chủ_tịch_nước',
  'tổng_bí_thư',
  'thượng_nghị_sĩ',
  'thượng_nghị_sỹ',
  'hạ_nghị_sĩ',
  'hạ_nghị_sỹ',
]);
// Words between a title and its name: "Đại_sứ Hoa_Kỳ tại Việt_Nam", "Bộ_trưởng Quốc_phòng Mỹ".
const TITLE_TAIL =
  /^(?:mỹ|hoa_kỳ|việt_nam|tại|nước|quốc_phòng|ngoại_giao|thương_mại|đặc_mệnh_toàn_quyền)$/iu;

/** Whether the headline so far ends in an office title and `next` is a name that belongs to it. */
function titleBeforeName(tokens: string[], p: number): boolean {
  const next = tokens[p] ?? '';
  if (!/^\p{Lu}/u.test(next) || NAME_TITLES.has(next.toLowerCase())) return false;
  if (SENTENCE_STARTERS.has(next.toLowerCase())) return false;
  for (let i = p - 1; i >= Math.max(0, p - 5); i--) {
    const word = tokens[i]!.toLowerCase();
    if (NAME_TITLES.has(word)) return true;
    if (!TITLE_TAIL.test(word)) return false;
  }
  return false;
}

function canEndHeadline(tokens: string[], p: number): boolean {
  const last = tokens[p - 1]!;
  const next = tokens[p]!;
  // A closing bracket or quote may end one: "… – Mỹ ( Vietpeace )".
  if ((PUNCTUATION.test(last) && !/^[)”»]$/u.test(last)) || DANGLING.has(last.toLowerCase()))
    return false;
  if (titleBeforeName(tokens, p)) return false;
  // A headline is never cut inside a quotation: '" Cá_nhân tôi … trong gần 20 năm … " , Đại_sứ …'
  // opens with a quote, not a headline.
  if (insideQuotation(tokens, p)) return false;
  const starter = next === '"' || next === '“' ? (tokens[p + 1] ?? '') : next;
  return /^[\p{Lu}\d]/u.test(starter);
}

/** Whether token `p` lies inside a quotation: an odd number of straight quotes, or an unclosed “, before it. */
function insideQuotation(tokens: string[], p: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < p; i++) {
    if (tokens[i] === '"') straight++;
    else if (tokens[i] === '“') curly++;
    else if (tokens[i] === '”') curly = Math.max(0, curly - 1);
  }
  return straight % 2 === 1 || curly > 0;
}

// "( PLVN ) -", "( Chinhphu.vn ) –", "( VOV5 ) -": the outlet's tag that opens a lead.
const OUTLET_NAME = /^(?:\p{Lu}[\p{Lu}\d]{1,9}|[\p{L}\d]+\.(?:vn|com|net|org))$/u;

/** Where an outlet's bracketed tag and a dash open the lead after the headline (0: none). */
function outletTag(tokens: string[], limit: number): number {
  for (let p = 3; p <= limit + 3 && p + 3 < tokens.length; p++) {
    if (
      tokens[p] === '(' &&
      OUTLET_NAME.test(tokens[p + 1]!) &&
      tokens[p + 2] === ')' &&
      /^[-–—]$/u.test(tokens[p + 3]!)
    )
      return p;
  }
  return 0;
}

function repeatedPrefix(tokens: string[], limit: number): number {
  const first = tokens[0]!;
  let best = 0;
  const searchEnd = Math.min(tokens.length, 400);
  for (let q = 4; q < searchEnd; q++) {
    if (tokens[q] !== first) continue;
    let l = 0;
    while (l < q && q + l < tokens.length && tokens[l] === tokens[q + l]) l++;
    if (l >= 4 && l <= limit && l > best && canEndHeadline(tokens, l)) best = l;
  }
  return best;
}

/** Share of the headline's syllables (tokens[0..p)) that the lead sentence after p repeats. */
function coverage(tokens: string[], p: number): number {
  const lead = new Set<string>();
  for (let i = p; i < tokens.length && i < p + 80; i++) {
    for (const s of syllables(tokens[i]!)) lead.add(s);
    if (TERMINATORS.has(tokens[i]!)) break;
  }
  let total = 0;
  let found = 0;
  for (let i = 0; i < p; i++) {
    for (const s of syllables(tokens[i]!)) {
      total++;
      if (lead.has(s)) found++;
    }
  }
  return total === 0 ? 0 : found / total;
}

function syllables(token: string): string[] {
  if (PUNCTUATION.test(token)) return [];
  return token.toLowerCase().split('_').filter(Boolean);
}

/** Cleans a title from metadata: "🔥🔥 [Tô Lâm] Lãnh đạo Lào…" → "Lãnh đạo Lào…". */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '')
    .replace(/^\s*\[[^\]]{0,80}\]\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a title was cut short by its source: "… Hội nghị Tương lai châu ...". */
export function isTruncatedTitle(title: string): boolean {
  return /(\.\.\.|…)$/.test(title.trim());
}

/**
 * Completes a truncated title from the source URL's slug, restoring diacritics from the words
 * of the article itself: "… Tương lai châu ..." + ".../…-chau-a-va-tham-nhat-ban-271994.html"
 * → "… Tương lai châu Á và thăm Nhật Bản". Without a matching slug, the title loses its "...".
 */
export function completeTruncatedTitle(
  title: string,
  url: string | undefined,
  articleText: string,
): string {
  const stem = title.replace(/\s*(\.\.\.|…)\s*$/, '').trim();
  if (!url) return stem;
  let slug: string;
  try {
    slug = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  } catch {
    return stem;
  }
  const slugWords = slug
    .replace(/\.[a-z]+$/i, '')
    .split('-')
    .filter(Boolean);
  while (slugWords.length > 0 && /\d/.test(slugWords[slugWords.length - 1]!)) slugWords.pop();
  const titleWords = stem.split(/\s+/);
  const folded = titleWords.map((w) => foldAccents(w).replace(/[^a-z0-9]/g, '')).filter(Boolean);
  if (folded.length === 0 || folded.length >= slugWords.length) return stem;
  for (let i = 0; i < folded.length; i++) if (folded[i] !== slugWords[i]) return stem;

  const vocabulary = wordForms(articleText);
  const restored: string[] = [];
  let prev = folded[folded.length - 1]!;
  for (const word of slugWords.slice(folded.length)) {
    const form = vocabulary.bigrams.get(`${prev} ${word}`) ?? vocabulary.unigrams.get(word);
    if (!form) return stem;
    restored.push(form);
    prev = word;
  }
  return `${stem} ${restored.join(' ')}`;
}

/** The most frequent written form of each folded word, alone and after a given word. */
function wordForms(text: string): { unigrams: Map<string, string>; bigrams: Map<string, string> } {
  const uniCount = new Map<string, Map<string, number>>();
  const biCount = new Map<string, Map<string, number>>();
  const words = text.split(/[^\p{L}\p{M}\d]+/u).filter(Boolean);
  let prevFold = '';
  for (const w of words) {
    const f = foldAccents(w);
    bump(uniCount, f, w);
    if (prevFold) bump(biCount, `${prevFold} ${f}`, w);
    prevFold = f;
  }
  return { unigrams: mostFrequent(uniCount), bigrams: mostFrequent(biCount) };
}

function bump(map: Map<string, Map<string, number>>, key: string, form: string): void {
  let forms = map.get(key);
  if (!forms) map.set(key, (forms = new Map()));
  forms.set(form, (forms.get(form) ?? 0) + 1);
}

function mostFrequent(map: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, forms] of map) {
    let best = '';
    let n = 0;
    for (const [form, c] of forms) if (c > n) [best, n] = [form, c];
    out.set(key, best);
  }
  return out;
}

// Opening clauses that say where, when or on whose word, not what happened.
// A clause that is only a date ("12-11", "ngày 30/6") says when too.
const INTRODUCTORY =
  /^(?:(?:theo|nhận lời mời|thừa ủy quyền|nhân dịp|trong khuôn khổ|tiếp tục|ngày|sáng|chiều|tối|trưa|đêm|hôm|sáng nay|chiều nay|tối nay|tại|trong|sau|trước|vào|từ)(?=[\s,]|$)|\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?$)/iu;
// A lead's opening date inside a line, capitalised as a sentence start: "… Hoa Kỳ Chiều 11/6, …".
const RUN_ON_LEAD =
  /\s(?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Hôm qua)\s+\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*,)/u;
// A news site's section label printed before the headline ("Thời sự", "Tin tức").
const SECTION_LABEL = /^(?:Thời sự|Tin tức|Tin mới)\s+(?=\p{Lu})/u;

/**
 * A title made from a lead sentence when the file has no headline, ≤ 120 characters, cut at a
 * clause boundary: introductory clauses ("Theo thông cáo …,", "tối 23/4,") are dropped first.
 */
export function titleFromSentence(sentence: string, maxLength = 120): string {
  let s = sentence
    .trim()
    .replace(OUTLET_TAG, '')
    .replace(/[.!?…:;,]+$/u, '');
  // "Thời sự Chủ tịch UBND tỉnh … tiếp … đoàn doanh nghiệp Hoa Kỳ Chiều 11/6, đồng chí …": a
  // section label, the headline and the lead run together; the lead starts at its capitalised date.
  const lead = RUN_ON_LEAD.exec(s);
  if (lead && lead.index >= 20) s = s.slice(0, lead.index).replace(SECTION_LABEL, '');
  const clauses = s.split(/,\s+/);
  // "tại thủ đô Washington, D.C., Mỹ, …": the place goes on in short capitalised clauses.
  const placeGoesOn = (c: string) => c.length <= 20 && /^\p{Lu}\S*(?:\s\p{Lu}\S*)*$/u.test(c);
  let place = false;
  while (
    clauses.length > 1 &&
    (INTRODUCTORY.test(clauses[0]!) || (place && placeGoesOn(clauses[0]!))) &&
    clauses.slice(1).join(', ').length >= 30
  ) {
    place = /^(?:tại|ở)\s/iu.test(clauses[0]!) || (place && placeGoesOn(clauses[0]!));
    clauses.shift();
  }
  let t = clauses.join(', ');
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length <= maxLength) return t;
  const head = t.slice(0, maxLength + 1);
  const boundary = /,\s|\s(nhằm|để|và|tại|với|trong|khi|sau khi|theo|nhưng|vì|do|từ)\s/gu;
  let cut = -1;
  for (let m = boundary.exec(head); m !== null; m = boundary.exec(head)) {
    if (m.index >= 40 && m.index <= maxLength) cut = m.index;
  }
  if (cut < 0) cut = head.lastIndexOf(' ', maxLength);
  if (cut <= 0) cut = maxLength;
  return t.slice(0, cut).replace(/[\s,;:-]+$/u, '');
}
