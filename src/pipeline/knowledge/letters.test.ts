import { describe, expect, it } from 'vitest';
import { boundedMatches, isLetterCode, LETTER, splitWordCount } from './letters';

describe('boundedMatches', () => {
  it('finds what a leading lookbehind would, skipping matches glued to a letter', () => {
    const text = 'Thủ tướng tiếp phó thủ tướng; Phóthủ tướng thì không, "thủ tướng" có.';
    const lookbehind = new RegExp(
      `(?<![${LETTER}])(?:phó thủ tướng|thủ tướng)(?![${LETTER}])`,
      'g',
    );
    const plain = new RegExp(`(?:phó thủ tướng|thủ tướng)(?![${LETTER}])`, 'g');
    const lower = text.toLowerCase();
    const expected = [...lower.matchAll(lookbehind)].map((m) => [m.index, m[0]]);
    expect([...boundedMatches(plain, lower, isLetterCode)].map((m) => [m.index, m[0]])).toEqual(
      expected,
    );
    expect(expected.map(([, t]) => t)).toEqual(['thủ tướng', 'phó thủ tướng', 'thủ tướng']);
  });

  it('retries one character later, where a shorter match may start', () => {
    // "xhội đàm": "hội đàm" is glued to the x, but "đàm" after the space still counts.
    const re = /(?:hội đàm|đàm)(?![a-z])/g;
    expect([...boundedMatches(re, 'xhội đàm', isLetterCode)].map((m) => [m.index, m[0]])).toEqual([
      [5, 'đàm'],
    ]);
  });
});

describe('splitWordCount', () => {
  it('counts like split(/\\s+/).length, empty ends included', () => {
    for (const text of ['', 'một', 'Ngày  16h30', ' Sân vận động ', 'a\tb\u00a0c\nd'])
      expect(splitWordCount(text)).toBe(text.split(/\s+/).length);
  });
});
