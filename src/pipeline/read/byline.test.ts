import { describe, expect, it } from 'vitest';
import { looksLikeName, outletFromUrl, parseByline } from './byline';

describe('parseByline', () => {
  it('reads credit lines', () => {
    expect(parseByline('TB (theo TTXVN)')).toEqual({ author: 'TB', outlet: 'TTXVN' });
    expect(parseByline('Theo HNM')).toEqual({ outlet: 'Hà Nội Mới' });
    expect(parseByline('Như Tâm (Theo TTXVN)')).toEqual({ author: 'Như Tâm', outlet: 'TTXVN' });
    expect(parseByline('Theo Thanh HuyềnĐầu tư')).toEqual({
      author: 'Thanh Huyền',
      outlet: 'Đầu tư',
    });
    expect(parseByline('Theo Thanh Huyền Đầu tư')).toEqual({
      author: 'Thanh Huyền',
      outlet: 'Đầu tư',
    });
  });

  it('reads a bare name', () => {
    expect(parseByline('Huyền Lê')).toEqual({ author: 'Huyền Lê' });
  });

  it('does not take a source agency for an outlet, nor a sentence for a byline', () => {
    expect(parseByline('Vũ Anh (Theo Đại sứ quán Mỹ)')).toEqual({ author: 'Vũ Anh' });
    expect(parseByline('Hai bên đã nhất trí.')).toBeUndefined();
    expect(parseByline('Back To Top')).toBeUndefined();
  });
});

describe('looksLikeName', () => {
  it('accepts names and initials only', () => {
    expect(looksLikeName('Ngọc Ánh')).toBe(true);
    expect(looksLikeName('TB')).toBe(true);
    expect(looksLikeName('Bình luận')).toBe(false);
    expect(looksLikeName('Tin khác')).toBe(false);
    expect(looksLikeName('Năm 2024')).toBe(false);
  });
});

describe('outletFromUrl', () => {
  it('names Vietnamese outlets by host', () => {
    expect(outletFromUrl('https://baoquocte.vn/pho-thu-tuong-271994.html')).toBe('Báo Quốc tế');
    expect(outletFromUrl('https://dantri.com.vn/the-gioi/a.htm')).toBe('Dân trí');
    expect(outletFromUrl('https://www.vnexpress.net/a')).toBe('VnExpress');
    expect(outletFromUrl('https://example.org/a')).toBe('example.org');
    expect(outletFromUrl('not a url')).toBeUndefined();
  });
});
