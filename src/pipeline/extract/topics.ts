/**
 * Topics of an event from keyword evidence in the article, ranked by weighted counts. Keywords
 * are matched on accent-folded text so that "hoà"/"hòa" and capitalisation never matter.
 */
import { foldAccents } from '../../shared/text';
import type { TopicId } from '../../shared/topics';
import { isSpaceCode } from '../knowledge/letters';

const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Vietnamese keywords per topic (written with accents for reading; folded once at load). */
const KEYWORDS: Record<TopicId, string[]> = {
  politics: [
    'ngoại giao',
    'chính trị',
    'hội đàm',
    'điện đàm',
    'hội kiến',
    'chuyến thăm',
    'quan hệ đối tác',
    'đối tác chiến lược',
    'đối tác toàn diện',
    'tuyên bố chung',
    'lãnh đạo cấp cao',
    'bình thường hóa',
    'song phương',
    'đại sứ',
    'đối thoại',
    'thỏa thuận cấp cao',
    'điện mừng',
    'tổng bí thư',
    'lòng tin chính trị',
  ],
  economy: [
    'thương mại',
    'đầu tư',
    'kinh tế',
    'xuất khẩu',
    'nhập khẩu',
    'thuế',
    'thị trường',
    'doanh nghiệp',
    'chuỗi cung',
    'kinh tế thị trường',
    'chống bán phá giá',
    'hàng không',
    'đường bay',
    'nông sản',
    'tỷ usd',
    'kim ngạch',
    'nông nghiệp',
  ],
  technology: [
    'bán dẫn',
    'công nghệ',
    'khoa học',
    'đổi mới sáng tạo',
    'chuyển đổi số',
    'hạ tầng số',
    'công nghệ cao',
    'trí tuệ nhân tạo',
  ],
  education: [
    'giáo dục',
    'đào tạo',
    'du học',
    'fulbright',
    'sinh viên',
    'học bổng',
    'trường đại học',
    'huấn luyện',
    'tốt nghiệp',
    'học viên',
  ],
  'climate-health': [
    'khí hậu',
    'năng lượng',
    'môi trường',
    'rừng',
    'y tế',
    'covid',
    'đại dịch',
    'phát thải',
    'đa dạng sinh học',
    'bệnh viện',
    'dịch bệnh',
    'thiên tai',
    'nhân đạo',
    'điện than',
    'năng lượng tái tạo',
  ],
  'war-legacy': [
    'dioxin',
    'chất độc da cam',
    'bom mìn',
    'vật liệu nổ',
    'mất tích',
    'hài cốt',
    'tẩy độc',
    'hậu quả chiến tranh',
    'rà phá',
    'nạn nhân da cam',
    'bom đạn',
  ],
  culture: [
    'văn hóa',
    'du lịch',
    'giao lưu nhân dân',
    'thể thao',
    'giao lưu',
    'cộng đồng người việt',
    'nghệ thuật',
    'biểu diễn',
    'di tích',
  ],
  defense: [
    'quốc phòng',
    'an ninh',
    'quân sự',
    'tàu sân bay',
    'hải quân',
    'quân đội',
    'không quân',
    'hạm đội',
    'tàu khu trục',
    'đô đốc',
    'diễn tập',
    'gìn giữ hòa bình',
    'an ninh hàng hải',
    'tàu chiến',
    'phi công',
  ],
  'human-rights': ['nhân quyền', 'quyền con người', 'tôn giáo', 'tự do tín ngưỡng', 'lao động'],
  regional: [
    'biển đông',
    'asean',
    'mekong',
    'mê kông',
    'liên hợp quốc',
    'ấn độ dương - thái bình dương',
    'ấn độ - thái bình dương',
    'châu á - thái bình dương',
    'khu vực và quốc tế',
    'unclos',
    'tự do hàng hải',
    'toàn cầu',
    'triều tiên',
    'g20',
    'apec',
  ],
};

// One pass over the text: every keyword of every topic in a single alternation, longest first.
const KEYWORD_TOPIC = new Map<string, TopicId>();
for (const id of Object.keys(KEYWORDS) as TopicId[]) {
  for (const k of KEYWORDS[id]) KEYWORD_TOPIC.set(foldAccents(k), id);
}
// The keywords, longest first, by their first word. A hand-written scan: the alternation of all
// keywords as one regex (`(?<![a-z0-9])(?:k1|k2|…)(?![a-z0-9])`, a space as `\s+`) was the costliest
// step of extraction; this gives exactly its matches (leftmost, then longest) with one Map probe per word.
const KEYWORDS_BY_FIRST_WORD = new Map<string, string[]>();
for (const k of [...KEYWORD_TOPIC.keys()].sort((a, b) => b.length - a.length)) {
  const first = k.split(' ')[0] ?? '';
  if (!/^[a-z0-9]+$/.test(first)) throw new Error(`topic keyword must open with a word: ${k}`);
  const list = KEYWORDS_BY_FIRST_WORD.get(first) ?? [];
  list.push(k);
  KEYWORDS_BY_FIRST_WORD.set(first, list);
}
const TOPIC_IDS = Object.keys(KEYWORDS) as TopicId[];
// The (first character, length) of every keyword's first word: most words of a text match none,
// and are passed over without cutting them out of the text for the map lookup.
const FIRST_WORD_SHAPE_LENGTHS = 64;
const FIRST_WORD_SHAPES = new Uint8Array(128 * FIRST_WORD_SHAPE_LENGTHS);
for (const first of KEYWORDS_BY_FIRST_WORD.keys())
  FIRST_WORD_SHAPES[
    first.charCodeAt(0) * FIRST_WORD_SHAPE_LENGTHS +
      Math.min(first.length, FIRST_WORD_SHAPE_LENGTHS - 1)
  ] = 1;

/** Where `keyword` ends when it matches `text` at `at` (each run of n spaces = n or more whitespace), or -1. */
function keywordEnd(text: string, at: number, keyword: string): number {
  let t = at;
  for (let i = 0; i < keyword.length;) {
    const c = keyword.charCodeAt(i);
    if (c === 32) {
      let need = 0;
      while (keyword.charCodeAt(i) === 32) {
        need++;
        i++;
      }
      let have = 0;
      while (t < text.length && isSpaceCode(text.charCodeAt(t))) {
        have++;
        t++;
      }
      if (have < need) return -1;
    } else {
      if (text.charCodeAt(t) !== c) return -1;
      t++;
      i++;
    }
  }
  return t < text.length && isAsciiWordCode(text.charCodeAt(t)) ? -1 : t;
}

/** Keyword hits per topic in an accent-folded text (count an article once, reuse for its events). */
export function topicHits(folded: string): Map<TopicId, number> {
  const hits = new Map<TopicId, number>(TOPIC_IDS.map((id) => [id, 0]));
  const length = folded.length;
  let p = 0;
  while (p < length) {
    // p is at a word start (no letter or digit before it): read the word.
    if (!isAsciiWordCode(folded.charCodeAt(p))) {
      p++;
      continue;
    }
    let end = p + 1;
    while (end < length && isAsciiWordCode(folded.charCodeAt(end))) end++;
    const shape =
      folded.charCodeAt(p) * FIRST_WORD_SHAPE_LENGTHS +
      Math.min(end - p, FIRST_WORD_SHAPE_LENGTHS - 1);
    const candidates = FIRST_WORD_SHAPES[shape]
      ? KEYWORDS_BY_FIRST_WORD.get(folded.slice(p, end))
      : undefined;
    let next = end;
    if (candidates) {
      for (const keyword of candidates) {
        const matchEnd = keywordEnd(folded, p, keyword);
        if (matchEnd < 0) continue;
        const id = KEYWORD_TOPIC.get(keyword);
        if (id) hits.set(id, (hits.get(id) ?? 0) + 1);
        next = matchEnd;
        break;
      }
    }
    p = next;
  }
  return hits;
}

/**
 * Topic ids for an event: event-sentence hits weigh triple, article hits once; a topic needs two
 * hits or one in the event sentence. Politics is kept for every diplomatic event; at most five.
 */
export function findTopics(
  foldedArticle: string | Map<TopicId, number>,
  foldedEventText: string,
  diplomatic = true,
): TopicId[] {
  const articleHits = typeof foldedArticle === 'string' ? topicHits(foldedArticle) : foldedArticle;
  const scored: { id: TopicId; score: number }[] = [];
  const eventHits = topicHits(foldedEventText);
  for (const id of TOPIC_IDS) {
    const inEvent = eventHits.get(id) ?? 0;
    const inArticle = articleHits.get(id) ?? 0;
    const score = inEvent * 3 + inArticle;
    if (inEvent > 0 || inArticle >= 2) scored.push({ id, score });
  }
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const ids = scored.map((s) => s.id).filter((id) => id !== 'politics');
  const top = ids.slice(0, diplomatic ? 4 : 5);
  return diplomatic ? ['politics', ...top] : top;
}
