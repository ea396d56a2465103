import { describe, expect, it } from 'vitest';
import { normaliseVietnamese } from './unicode';

describe('normaliseVietnamese', () => {
  it('moves new-style tone marks to the old placement at the end of a syllable', () => {
    expect(normaliseVietnamese('hoà bình, thuỷ thủ, khoẻ, Uỷ ban, tuỳ')).toBe(
      'hòa bình, thủy thủ, khỏe, Ủy ban, tùy',
    );
    expect(normaliseVietnamese('HOÀ BÌNH')).toBe('HÒA BÌNH');
  });

  it('leaves syllables where a consonant follows, and "qu" words', () => {
    expect(normaliseVietnamese('hoàn thành, thuyền, quý vị, khoảng, hoạt động')).toBe(
      'hoàn thành, thuyền, quý vị, khoảng, hoạt động',
    );
  });

  it('reads the look-alike eth (Ð, ð) as Đ, đ', () => {
    expect(normaliseVietnamese('sân bay quốc tế \u00D0à Nẵng, \u00F0ại sứ')).toBe(
      'sân bay quốc tế Đà Nẵng, đại sứ',
    );
  });

  it('reads line breaks a scrape wrote out as text as line breaks', () => {
    expect(normaliseVietnamese('\\r\\n BBT.\nNgày 16/11/2011\\r\\n\\r\\n Xin chào.\\n')).toBe(
      '\n BBT.\nNgày 16/11/2011\n\n Xin chào.\n',
    );
  });

  it('composes NFD text to NFC and CRLF to LF', () => {
    const nfd = 'Việt Nam\r\nHà Nội'.normalize('NFD');
    const out = normaliseVietnamese(nfd);
    expect(out).toBe('Việt Nam\nHà Nội');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('gives the same form for NFD new-style and NFC old-style input', () => {
    expect(normaliseVietnamese('hoà'.normalize('NFD'))).toBe(normaliseVietnamese('hòa'));
  });
});
