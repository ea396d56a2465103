import { describe, expect, it } from 'vitest';
import { findTitles, normaliseTitle } from './titles';

describe('findTitles', () => {
  it('normalises titles whatever their capitalisation', () => {
    expect(normaliseTitle('phó thủ tướng Chính phủ')).toEqual({
      title: 'Phó Thủ tướng',
      level: 'deputy-leader',
    });
    expect(normaliseTitle('Tổng Bí thư')?.level).toBe('party-leader');
    expect(normaliseTitle('Ngoại trưởng')?.title).toBe('Ngoại trưởng');
  });

  it('keeps the ministry with a minister or deputy minister', () => {
    expect(findTitles('Bộ trưởng Ngoại giao Bùi Thanh Sơn')[0]?.title).toBe('Bộ trưởng Ngoại giao');
    expect(findTitles('bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thể')[0]?.title).toBe(
      'Bộ trưởng Giao thông Vận tải',
    );
    expect(findTitles('Thứ trưởng Ngoại giao Mỹ Rose Gottemoeller')[0]?.title).toBe(
      'Thứ trưởng Ngoại giao',
    );
  });

  it('prefers the longest title at a position', () => {
    expect(findTitles('Phó Đô đốc Philip G. Sawyer')[0]?.title).toBe('Phó Đô đốc');
    expect(findTitles('Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung')[0]?.title).toBe(
      'Trưởng Ban Đối ngoại Trung ương',
    );
    expect(findTitles('Cố vấn An ninh Quốc gia Jake Sullivan')[0]?.title).toBe(
      'Cố vấn An ninh Quốc gia',
    );
    // The head of an office: the White House's ranks with ministers, a ministry's does not.
    expect(findTitles('Chánh văn phòng Nhà Trắng Jane Roe')[0]).toMatchObject({
      title: 'Chánh Văn phòng Nhà Trắng',
      level: 'minister',
    });
    // The office of a head of state is no head of state's.
    expect(findTitles('Chủ nhiệm Văn phòng Chủ tịch nước Lê Văn Bình').map((t) => t.title)).toEqual(
      ['Chủ nhiệm Văn phòng Chủ tịch nước'],
    );
    expect(findTitles('Chánh Văn phòng Bộ Tư pháp Lê Văn Bình')[0]).toMatchObject({
      title: 'Chánh Văn phòng',
      level: 'official',
    });
  });

  it('does not read titles inside other words', () => {
    expect(findTitles('Cộng hòa Xã hội chủ nghĩa, tổng thư viện')).toEqual([]);
    expect(normaliseTitle('trận đấu')).toBeUndefined();
  });
});

describe('diplomatic and defence titles', () => {
  it('knows the chargé d’affaires, the defence attaché and assistant secretaries', () => {
    expect(normaliseTitle('Đại biện lâm thời')).toEqual({ title: 'Đại biện', level: 'ambassador' });
    expect(normaliseTitle('Đại biện (lâm thời)')?.title).toBe('Đại biện');
    expect(normaliseTitle('Tùy viên Quốc phòng')?.title).toBe('Tùy viên Quốc phòng');
    expect(normaliseTitle('Trợ lý Ngoại trưởng')?.level).toBe('deputy-minister');
    expect(normaliseTitle('Tổng Lãnh sự')?.level).toBe('ambassador');
    expect(normaliseTitle('Phó Tham tán Chính trị')?.title).toBe('Phó Tham tán');
  });

  it('does not read the embassy or consulate as its head, save in apposition after a name', () => {
    expect(findTitles('đoàn công tác Đại sứ quán Hoa Kỳ do bà X dẫn đầu')).toEqual([]);
    expect(findTitles('Tổng Lãnh sự quán Mỹ tại TPHCM')).toEqual([]);
    expect(findTitles('ông Marc Knapper, Đại sứ quán Mỹ tại Việt Nam')[0]?.title).toBe('Đại sứ');
  });
});
