import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../shared/text';
import { foldForSearch, matchesTerms, searchTerms } from './search-text';

describe('foldForSearch', () => {
  it('drops accents, đ and case, and both tone placements fold alike', () => {
    expect(foldForSearch('Bùi Thanh Sơn')).toBe('bui thanh son');
    expect(foldForSearch('Đối thoại')).toBe('doi thoai');
    expect(foldForSearch('Hòa')).toBe(foldForSearch('Hoà'));
    expect(foldForSearch('thủy')).toBe(foldForSearch('thuỷ'));
    expect(foldForSearch('Ho\u0300a')).toBe('hoa'); // NFD
  });

  it('turns punctuation into single spaces', () => {
    expect(foldForSearch(' Hội đàm (2+2),  Hà Nội. ')).toBe('hoi dam 2 2 ha noi');
  });
});

describe('searchTerms', () => {
  it('splits a folded query into distinct words', () => {
    expect(searchTerms('Bùi  Thanh Sơn sơn')).toEqual(['bui', 'thanh', 'son']);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms('"<script>"')).toEqual(['script']);
  });
});

describe('matchesTerms', () => {
  it('needs every word, as a prefix or anywhere in a word', () => {
    const text = foldForSearch('Ngoại trưởng Antony Blinken thăm Hà Nội');
    expect(matchesTerms(text, ['blink', 'ha'])).toBe(true);
    expect(matchesTerms(text, ['inken'])).toBe(true);
    expect(matchesTerms(text, ['blinken', 'bac'])).toBe(false);
    expect(matchesTerms(text, [])).toBe(true);
  });
});

describe('foldForSearch on any text', () => {
  it('agrees with folding by Unicode normalisation', () => {
    const reference = (text: string) =>
      foldAccents(text)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    for (const text of [
      'Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Joe Biden tại Hà Nội (10/9/2023).',
      'Thủy, thuỷ, Hoà, hòa, QUỐC PHÒNG – AN NINH; Đà Nẵng… “Mỹ”',
      'Nguye\u0302\u0303n Phu\u0301 Tro\u0323ng', // NFD
      'Ünïcödé façade, naïve — 50% of ¼',
    ]) {
      expect(foldForSearch(text), text).toBe(reference(text));
    }
  });
});
