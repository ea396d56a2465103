import { describe, expect, it } from 'vitest';
import { normaliseVietnamese, repairWindows1258Misreading } from './unicode';

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

/** What a Latin-1 → Windows-1258 misreading does to a text: ì ò Ì Ò turn into bare marks, ã Ã ý Ý into ă Ă ư Ư. */
function misread(text: string): string {
  const swaps: Record<string, string> = {
    ì: '\u0301',
    ò: '\u0323',
    Ì: '\u0300',
    Ò: '\u0309',
    ã: 'ă',
    Ã: 'Ă',
    ý: 'ư',
    Ý: 'Ư',
  };
  return [...text.normalize('NFC')].map((c) => swaps[c] ?? c).join('');
}

describe('repairWindows1258Misreading', () => {
  it('puts back the letters a Latin-1 page read as Windows-1258 lost', () => {
    const original =
      'Trợ lý Bộ trưởng Thương mại Hoa Kỳ đã gặp lãnh đạo thành phố, bàn cách tìm thêm nguồn vốn thì hai bên ký biên bản và đồng ý hòa giải các khác biệt, chúc Cộng hòa Xã hội chủ nghĩa Việt Nam phát triển.';
    const garbled = misread(original);
    expect(garbled).toContain('Trợ lư');
    expect(garbled).toContain('đă gặp');
    expect(repairWindows1258Misreading(normaliseVietnamese(garbled))).toBe(original);
  });

  it('reads capitals the same way and keeps a real "Ă" ("NĂNG")', () => {
    const original = 'HAI BÊN ĐÃ BÀN VỀ NĂNG LƯỢNG THÌ KÝ KẾT, CỘNG HÒA VÀ HOA KỲ ĐỀU ĐÃ ĐỒNG Ý';
    const garbled = misread(original);
    expect(garbled).toContain('ĐĂ BÀN');
    expect(repairWindows1258Misreading(normaliseVietnamese(garbled))).toBe(original);
  });

  it('leaves a text alone that shows no sign of the misreading', () => {
    // decomposed Vietnamese puts every mark on a vowel; one foreign name typed decomposed is no sign
    const decomposed =
      'Ông Tadeusz Kos\u0301ciuszko thăm Hà Nội và nói chuyện về ý tưởng hợp tác.'.normalize('NFD');
    expect(repairWindows1258Misreading(decomposed)).toBeUndefined();
    expect(repairWindows1258Misreading('Bộ trưởng đã ăn tối với các đối tác.')).toBeUndefined();
  });
});
