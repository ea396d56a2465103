/** The event's summary: 1–3 sentences taken verbatim from the article that best say what happened. */

export interface SummaryInput {
  /** The sentence that reports the event (first in the summary). */
  eventSentence: string;
  /** The article's sentences, in reading order. */
  sentences: string[];
  /** Participants' names, full and short ("Antony Blinken", "Blinken"). */
  names: string[];
  /** Words of the event kind and agreements ("hội đàm", "nhất trí", "ký kết"). */
  keywords: string[];
  maxLength?: number;
}

const AGREEMENT =
  /(?:nhất trí|thống nhất|ký kết|cam kết|khẳng định|nâng cấp|thỏa thuận|thoả thuận|tuyên bố|đồng chủ trì)/giu;

function score(sentence: string, input: SummaryInput): number {
  let s = 0;
  for (const n of input.names) if (n && sentence.includes(n)) s += 2;
  // Lower-cased once per sentence, not once per keyword (every sentence is scored for every event).
  const lower = input.keywords.length > 0 ? sentence.toLowerCase() : sentence;
  for (const k of input.keywords) if (k && lower.includes(k.toLowerCase())) s += 2;
  s += (sentence.match(AGREEMENT) ?? []).length;
  // Quotes and questions make poor summaries; very short lines are captions or subheads.
  if (/[?“”"]/.test(sentence)) s -= 2;
  if (sentence.length < 40) s -= 3;
  return s;
}

/** 1–3 article sentences, the event sentence first, at most `maxLength` characters (600). */
export function buildSummary(input: SummaryInput): string {
  const max = input.maxLength ?? 600;
  const first = input.eventSentence.trim();
  const chosen: string[] = [
    first.length > max ? `${first.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : first,
  ];
  let length = chosen[0]!.length;
  const ranked = input.sentences
    .map((sentence, order) => ({ sentence: sentence.trim(), order, score: score(sentence, input) }))
    .filter((c) => c.sentence !== first && c.score >= 3)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const extra: { sentence: string; order: number }[] = [];
  for (const c of ranked) {
    if (extra.length >= 2) break;
    if (length + 1 + c.sentence.length > max) continue;
    extra.push(c);
    length += 1 + c.sentence.length;
  }
  // Keep the article's order for the added sentences so the summary reads naturally.
  extra.sort((a, b) => a.order - b.order);
  return [...chosen, ...extra.map((e) => e.sentence)].join(' ');
}
