/** Finding date expressions ("ngày 25/3", "chiều 31-1", "ngày 28/6 - 2/7", "hôm qua") in cleaned Vietnamese sentences. */

/** One date expression found in a sentence (text is already cleaned: spaces, not underscores). */
export interface DateMention {
  text: string;
  index: number;
  day?: number;
  month?: number;
  year?: number;
  endDay?: number;
  endMonth?: number;
  endYear?: number;
  relative?: 'today' | 'yesterday' | 'tomorrow';
  weekday?: number;
}

const DAY_MONTH = /(?:ngày|sáng|trưa|chiều|tối|đêm)\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/giu;

/** Every date expression in one sentence, in reading order. */
export function findDateMentions(sentence: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(DAY_MONTH)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const mention: DateMention = { text: m[0], index: m.index ?? 0, day, month };
    if (m[3]) mention.year = Number(m[3]);
    out.push(mention);
  }
  return out;
}
