import { describe, expect, it } from 'vitest';
import { datasetSchema } from './schema';
import { compileSchemaCheck } from './schema-check';

const valid = () => ({
  version: 1,
  articles: [
    {
      id: 'a1',
      file: 'a.txt',
      title: 'Tiêu đề',
      format: 'plain',
      publishedAt: '2024-03-26',
      url: 'https://baoquocte.vn/a1',
      text: 'Nội dung.',
    },
  ],
  events: [
    {
      id: '2024-03-25-doi-thoai',
      title: 'Đối thoại',
      kind: 'dialogue',
      start: '2024-03-25',
      end: '2024-03',
      location: 'Washington',
      countries: ['VN', 'US'],
      participants: [{ name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', country: 'VN' }],
      topics: ['politics'],
      summary: 'Tóm tắt.',
      sources: [{ articleId: 'a1', evidence: 'Câu.' }],
    },
  ],
  topics: [{ id: 'politics', label: 'Chính trị', labelEn: 'Politics' }],
});

type Json = ReturnType<typeof valid>;

/** Each a change zod rejects or would rewrite (an unknown key it strips). */
const changes: [string, (d: Json) => void][] = [
  ['wrong version', (d) => ((d as { version: number }).version = 2)],
  ['malformed date', (d) => (d.events[0]!.start = '25/3/2024')],
  ['month 13', (d) => (d.events[0]!.start = '2024-13')],
  ['malformed end', (d) => (d.events[0]!.end = '2024-3')],
  ['upper-case id', (d) => (d.events[0]!.id = 'A-b')],
  ['empty title', (d) => (d.events[0]!.title = '')],
  ['unknown kind', (d) => (d.events[0]!.kind = 'party')],
  ['country code', (d) => (d.events[0]!.countries[0] = 'vn')],
  ['participant without name', (d) => (d.events[0]!.participants[0]!.name = '')],
  ['no source', (d) => (d.events[0]!.sources = [])],
  ['number as text', (d) => ((d.events[0] as { summary: unknown }).summary = 3)],
  ['null event', (d) => ((d.events as unknown[])[0] = null)],
  ['events not a list', (d) => ((d as { events: unknown }).events = {})],
  ['missing summary', (d) => delete (d.events[0] as { summary?: string }).summary],
  ['unknown event key', (d) => ((d.events[0] as Record<string, unknown>).extra = 1)],
  [
    'unknown key in place of a missing optional one',
    (d) => {
      delete (d.events[0] as { location?: string }).location;
      (d.events[0] as Record<string, unknown>).place = 'Hà Nội';
    },
  ],
  [
    'unknown participant key',
    (d) => ((d.events[0]!.participants[0] as Record<string, unknown>).x = 1),
  ],
  ['unknown source key', (d) => ((d.events[0]!.sources[0] as Record<string, unknown>).x = 1)],
  ['unknown top-level key', (d) => ((d as Record<string, unknown>).extra = 1)],
  ['bad url', (d) => (d.articles[0]!.url = 'not a url')],
  ['unknown format', (d) => (d.articles[0]!.format = 'pdf')],
  ['topic without labelEn', (d) => delete (d.topics[0] as { labelEn?: string }).labelEn],
];

describe('compileSchemaCheck', () => {
  const check = compileSchemaCheck(datasetSchema);

  it('accepts a valid dataset that zod returns unchanged', () => {
    const data = valid();
    expect(check(data)).toBe(true);
    expect(datasetSchema.parse(data)).toEqual(data);
  });

  it.each(changes)('says "ask zod" for: %s', (_, change) => {
    const data = valid();
    change(data);
    expect(check(data)).toBe(false);
    const result = datasetSchema.safeParse(data);
    // zod either rejects it or returns something other than the input (the unknown key stripped).
    if (result.success) expect(result.data).not.toEqual(data);
  });

  it('never accepts what zod rejects or rewrites (every change, alone and in pairs)', () => {
    for (const [, a] of changes)
      for (const [, b] of [...changes, ['none', () => {}] as const]) {
        const data = valid();
        try {
          a(data);
          b(data);
        } catch {
          // The first change removed what the second one changes.
        }
        if (!check(data)) continue;
        const result = datasetSchema.safeParse(data);
        expect(result.success && result.data).toEqual(data);
      }
  });
});
