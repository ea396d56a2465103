import { describe, expect, it } from 'vitest';
import { numberedOccasions } from './occasions';

const years = (s: string) => numberedOccasions(s).map((o) => o.year);

describe('numberedOccasions', () => {
  it('gives the year of a numbered summit or session', () => {
    expect(years('bên lề Hội nghị cấp cao ASEAN lần thứ 23 tại Brunei')).toEqual([2013]);
    expect(
      years('nhân dịp Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và các hội nghị liên quan'),
    ).toEqual([2023]);
    expect(years('bên lề AMM-54 trực tuyến')).toEqual([2021]);
    expect(
      years('Mang sức nóng từ hội nghị Bộ trưởng Ngoại giao ASEAN (AMM) 48 vừa kết thúc'),
    ).toEqual([2015]);
    expect(years('tham dự Hội nghị Cấp cao ASEAN lần thứ 47, tại Kuala Lumpur')).toEqual([2025]);
    expect(years('dự Hội nghị Lãnh đạo Kinh tế APEC lần thứ 14')).toEqual([2006]);
    expect(years('khi tham dự Hội nghị Cấp cao APEC lần thứ 25')).toEqual([2017]);
    expect(years('Phiên thảo luận chung cấp cao khóa 78 Đại hội đồng Liên Hiệp Quốc')).toEqual([
      2023,
    ]);
    expect(years('bên lề Khóa họp thứ 80 của Đại hội đồng LHQ tại New York')).toEqual([2025]);
  });

  it("gives the year of a session of the UN women's commission, which meets each March", () => {
    expect(
      years('sang New York dự Kỳ họp thứ 67 của Uỷ ban về Địa vị Phụ nữ Liên Hợp Quốc'),
    ).toEqual([2023]);
    expect(years('bên lề Ủy ban Địa vị Phụ nữ (CSW) khóa 64')).toEqual([2020]);
    expect(years('phiên thảo luận chung của CSW-66')).toEqual([2022]);
    expect(years('Hội Liên hiệp Phụ nữ Việt Nam lần thứ 13')).toEqual([]);
  });

  it("gives the year of the Party's numbered congress, not another party's", () => {
    expect(
      years('thành công của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng sản Việt Nam'),
    ).toEqual([2026]);
    expect(years('chúc mừng thành công Đại hội Đảng toàn quốc lần thứ XIII')).toEqual([2021]);
    expect(years('Đại hội XX Đảng Cộng sản Trung Quốc')).toEqual([]);
  });

  it('gives the year of the numbered SEA Games, the 31st put off to 2022', () => {
    expect(years('đội tuyển bóng đá nam vô địch SEA Games 30')).toEqual([2019]);
    expect(years('đoàn thể thao Việt Nam tranh tài ở SEA games 31')).toEqual([2022]);
    expect(years('chuẩn bị cho SEA Games lần thứ 33 tại Thái Lan')).toEqual([2025]);
    expect(years('SEA Games 22 tổ chức tại Hà Nội')).toEqual([2003]);
    expect(years('SEA Games 2003')).toEqual([]);
  });

  it('reads no number from a year or a date', () => {
    expect(years('Hội nghị Cấp cao ASEAN 2025')).toEqual([]);
    expect(years('Hội nghị ASEAN 23/10')).toEqual([]);
    // Before two summits a year, the numbering is not a formula.
    expect(years('Hội nghị Cấp cao ASEAN lần thứ 9')).toEqual([]);
  });
});
