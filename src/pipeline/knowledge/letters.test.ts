import { describe, expect, it } from 'vitest';
import {
  allMatches,
  allMatchesAfter,
  boundedMatches,
  isLetterCode,
  isLetterPoint,
  LETTER,
  splitWordCount,
  withoutLeadingLookbehind,
  wordTrie,
} from './letters';

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

describe('allMatches and allMatchesAfter', () => {
  const spans = (ms: Iterable<RegExpMatchArray>): Array<[number | undefined, string]> =>
    [...ms].map((m) => [m.index, m[0]]);

  it('give what matchAll gives, empty matches included', () => {
    const text = 'hôm nay, sáng nay và 𝐀 hôm qua';
    for (const re of [/h\S*/gu, /x*/gu, /(?:nay|qua)/g])
      expect(spans(allMatches(re, text))).toEqual(spans(text.matchAll(re)));
  });

  it('give what a leading (?<![\\p{L}]) gives, astral letters and capitals included', () => {
    const re = /(?<![\p{L}])(?:hôm\s+(?:nay|qua)|năm\s+\d{4})(?![\p{L}])/giu;
    const body = withoutLeadingLookbehind(re, String.raw`(?<![\p{L}])`);
    for (const text of [
      'Hôm nay, xhôm qua, ôhôm nay, 5hôm qua, (hôm nay)',
      '𝐀hôm nay 𝐀 hôm qua; năm 2023 và ănăm 2024',
      'hôm nayhôm qua',
    ])
      expect(spans(allMatchesAfter(body, text, isLetterPoint))).toEqual(spans(text.matchAll(re)));
  });

  it('refuse a pattern whose lookbehind guards only its first alternative', () => {
    expect(() => withoutLeadingLookbehind(/(?<![\p{L}])a|b/gu, String.raw`(?<![\p{L}])`)).toThrow();
    expect(() => withoutLeadingLookbehind(/(?<![\p{N}])a/gu, String.raw`(?<![\p{L}])`)).toThrow();
    expect(
      withoutLeadingLookbehind(/(?<![\p{L}])(?:a|[|])/gu, String.raw`(?<![\p{L}])`).source,
    ).toBe('(?:a|[|])');
  });
});

describe('wordTrie', () => {
  const phrases = [
    'phó thủ tướng thường trực',
    'phó thủ tướng',
    'phó chủ tịch',
    'thủ tướng',
    'chủ tịch',
  ];
  const flat = phrases.join('|');

  it('matches what the flat alternation matches, the longer phrase preferred', () => {
    const trie = wordTrie(phrases, (w) => w, ' ');
    expect(trie).not.toBe(flat);
    const text =
      'phó thủ tướng thường trực, phó thủ tướng thường, thủ tướng và phó chủ tịch, chủ tịchx';
    for (const tail of ['', '(?![a-zà-ỹ])'])
      expect(spansOf(new RegExp(`(?:${trie})${tail}`, 'g'), text)).toEqual(
        spansOf(new RegExp(`(?:${flat})${tail}`, 'g'), text),
      );
  });

  it('keeps the flat alternation when a branch word starts another or the list is not longest first', () => {
    expect(wordTrie(['ab cd', 'abc', 'ab'], (w) => w, ' ')).toBe('ab cd|abc|ab');
    expect(wordTrie(['ab', 'ab cd'], (w) => w, ' ')).toBe('ab|ab cd');
  });
});

function spansOf(re: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}
