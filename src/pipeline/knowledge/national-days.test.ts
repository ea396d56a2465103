import { describe, expect, it } from 'vitest';
import { nationalDayOccasion } from './national-days';

describe('nationalDayOccasion', () => {
  it("reads Việt Nam's national day and the year from the anniversary's count", () => {
    expect(
      nationalDayOccasion(
        'Nhân dịp kỷ niệm 72 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, Tổng thống Mỹ đã gửi điện mừng.',
      ),
    ).toEqual({ country: 'VN', month: 9, day: 2, year: 2017 });
  });

  it('reads the US national day, by its ordinal anniversary', () => {
    expect(
      nationalDayOccasion(
        'Nhân dịp kỷ niệm lần thứ 239 Quốc khánh Hợp chúng quốc Hoa Kỳ, Chủ tịch nước gửi điện mừng.',
      ),
    ).toEqual({ country: 'US', month: 7, day: 4, year: 2015 });
    expect(
      nationalDayOccasion('Trong dịp Ngày Độc lập Hoa Kỳ, Thủ tướng gửi thư chúc mừng.'),
    ).toEqual({
      country: 'US',
      month: 7,
      day: 4,
    });
  });

  it('reads a message addressed to its readers and a day written out in words', () => {
    expect(
      nationalDayOccasion('Lời chúc được gửi nhân dịp quý vị kỷ niệm Quốc khánh 2 tháng 9.'),
    ).toEqual({ country: 'VN', month: 9, day: 2 });
  });

  it('takes the year from a printed span when no count is given', () => {
    expect(
      nationalDayOccasion(
        'Trong dịp kỷ niệm Quốc khánh (2.9.1945 – 2.9.2017), ông đã gửi điện mừng.',
      ),
    ).toEqual({ country: 'VN', month: 9, day: 2, year: 2017 });
  });

  it("ignores another state's national day and sentences with no occasion", () => {
    expect(
      nationalDayOccasion('Nhân dịp Quốc khánh Pháp, Chủ tịch nước gửi điện mừng.'),
    ).toBeUndefined();
    expect(nationalDayOccasion('Ngày 2/9, Tổng thống Mỹ gửi điện mừng.')).toBeUndefined();
  });
});
