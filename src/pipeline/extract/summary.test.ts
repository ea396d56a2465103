import { describe, expect, it } from 'vitest';
import { buildSummary } from './summary';

describe('buildSummary', () => {
  const sentences = [
    'Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Antony Blinken ngày 25/3 đồng chủ trì Đối thoại cấp Bộ trưởng Ngoại giao.',
    'Thời tiết hôm đó đẹp.',
    'Ngoại trưởng Blinken khẳng định Mỹ coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam.',
    '"Chúng tôi rất vui", ông nói?',
  ];

  it('starts with the event sentence and adds the sentences about the participants', () => {
    const summary = buildSummary({
      eventSentence: sentences[0]!,
      sentences,
      names: ['Antony Blinken', 'Blinken', 'Bùi Thanh Sơn'],
      keywords: ['Đối thoại'],
    });
    expect(summary.startsWith(sentences[0]!)).toBe(true);
    expect(summary).toContain(sentences[2]);
    expect(summary).not.toContain('Thời tiết');
  });

  it('stays within the length limit', () => {
    const long = 'Hai bên nhất trí thúc đẩy hợp tác. '.repeat(40);
    expect(
      buildSummary({ eventSentence: long, sentences: [long], names: [], keywords: [] }).length,
    ).toBeLessThanOrEqual(600);
  });
});
