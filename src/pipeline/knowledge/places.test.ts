import { describe, expect, it } from 'vitest';
import { capitalOf, findPlaces, findVenues } from './places';

describe('places', () => {
  it('gives the canonical city of every form', () => {
    expect(findPlaces('tại thủ đô Washington D.C., Hoa Kỳ').map((p) => p.city)).toEqual([
      'Washington',
    ]);
    expect(findPlaces('ở TP.HCM và Hà Nội').map((p) => p.city)).toEqual([
      'TP Hồ Chí Minh',
      'Hà Nội',
    ]);
    expect(findPlaces('tại Điện Elysée').map((p) => p.city)).toEqual(['Paris']);
    expect(findPlaces('thành phố Tuy Hoà, tỉnh Phú Yên').map((p) => p.city)).toEqual([
      'Tuy Hòa',
      'Phú Yên',
    ]);
  });

  it('keeps only the places an event is put in', () => {
    expect(findVenues('hai bộ trưởng gặp nhau tại Clark, Philippines').map((p) => p.city)).toEqual([
      'Clark',
    ]);
    expect(findVenues('khu di tích Bạch Đằng Giang (Hải Phòng)').map((p) => p.city)).toEqual([
      'Hải Phòng',
    ]);
    expect(findVenues('Washington ủng hộ một Việt Nam độc lập')).toEqual([]);
  });

  it('knows capitals', () => {
    expect(capitalOf('US')).toBe('Washington');
    expect(capitalOf('VN')).toBe('Hà Nội');
    expect(capitalOf('LA')).toBe('Vientiane');
  });
});
