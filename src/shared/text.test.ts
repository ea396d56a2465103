import { describe, expect, it } from 'vitest';
import { foldAccents, slugify } from './text';

describe('foldAccents', () => {
  it('ignores accents and tone placement', () => {
    expect(foldAccents('Bùi Thanh Sơn')).toBe('bui thanh son');
    expect(foldAccents('Hoà')).toBe(foldAccents('Hòa'));
    expect(foldAccents('ĐỒNG đô')).toBe('dong do');
  });
  it('folds decomposed (NFD) text like composed text', () => {
    expect(foldAccents('Vie\u0302\u0323t Nam')).toBe('viet nam');
  });
  it('gives the exact Unicode fold outside Vietnamese letters too', () => {
    expect(foldAccents('Σίσυφος 中国 İ \u0000')).toBe(
      'Σίσυφος 中国 İ \u0000'.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
    );
  });
});

describe('slugify', () => {
  it('makes URL-safe ids', () => {
    expect(slugify('Antony Blinken')).toBe('antony-blinken');
    expect(slugify('Đối thoại cấp Bộ trưởng (lần 1)')).toBe('doi-thoai-cap-bo-truong-lan-1');
  });
});
