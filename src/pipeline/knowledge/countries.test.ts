import { describe, expect, it } from 'vitest';
import { agencyStates, countryName, findCountries, isUsMy } from './countries';

const codes = (text: string): string[] => findCountries(text).map((c) => c.code);

describe('findCountries', () => {
  it('reads both names of the United States and the usual partners', () => {
    expect(codes('Ngoại trưởng Mỹ Antony Blinken và Bộ trưởng Ngoại giao Hoa Kỳ')).toEqual([
      'US',
      'US',
    ]);
    expect(codes('Trung Quốc, Nga, Ấn Độ và Hàn Quốc')).toEqual(['CN', 'RU', 'IN', 'KR']);
    expect(codes('quan hệ Việt - Mỹ')).toEqual(['VN', 'US']);
    // A US Navy ship's prefix says whose ship it is
    expect(codes('tàu USS San Diego (LPD 22) đã cập Cảng Quốc tế Cam Ranh')).toEqual(['US']);
  });

  it('does not take Vietnamese places with "Mỹ" for the United States', () => {
    expect(codes('sân Mỹ Đình')).toEqual([]);
    expect(codes('xã Thanh Mỹ, huyện Thanh Chương')).toEqual([]);
    expect(codes('Mỹ Tho, Mỹ Sơn, Mỹ Khê và Mỹ Lai')).toEqual([]);
    expect(codes('trường tiểu học Hoà Mỹ Tây')).toEqual([]);
    expect(codes('các nước châu Mỹ và Mỹ Latinh')).toEqual([]);
  });

  it('keeps the United States after institutions and before names', () => {
    expect(codes('Bộ trưởng Quốc phòng Mỹ James Mattis')).toEqual(['US']);
    expect(codes('Hạm đội Thái Bình Dương Mỹ')).toEqual(['US']);
    expect(isUsMy('Hải quân Mỹ', 8)).toBe(true);
  });

  it('reads "Ấn Độ Dương" as an ocean, not India', () => {
    expect(codes('khu vực Ấn Độ Dương - Thái Bình Dương')).toEqual([]);
    expect(codes('Thủ tướng Ấn Độ Narendra Modi')).toEqual(['IN']);
  });

  it('gives the name an editor writes', () => {
    expect(countryName('US')).toBe('Hoa Kỳ');
    expect(countryName('IN')).toBe('Ấn Độ');
  });
});

describe('country words inside Vietnamese names', () => {
  it('reads "Đức", "Anh" in a name as a given name, not a state', () => {
    expect(codes('Thứ trưởng Trần Minh Đức tiếp Đại sứ Đức')).toEqual(['DE']);
    expect(codes('ông Phạm Đức Long gặp Thủ tướng Anh')).toEqual(['GB']);
    expect(codes('quan hệ Việt - Đức')).toEqual(['VN', 'DE']);
  });
});

describe('agencyStates', () => {
  it('places an agency a reader knows by its own name, not a word that contains it', () => {
    expect(agencyStates('USAID và Bộ Y tế ký kết thỏa thuận')).toEqual(['US']);
    expect(agencyStates('Cơ quan Phát triển Quốc tế ký kết thỏa thuận')).toEqual([]);
    expect(agencyStates('NASAIDX')).toEqual([]);
  });
});
