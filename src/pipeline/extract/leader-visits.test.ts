import { describe, expect, it } from 'vitest';
import { findLeaderVisits } from './leader-visits';

const visits = (sentence: string, now?: string) =>
  findLeaderVisits([sentence], new Set(), now).map((v) => [v.date, v.title]);

describe('findLeaderVisits', () => {
  it('dates a leader named after "chuyến thăm … của" to the year after the name', () => {
    expect(
      visits(
        'Quan hệ hai nước phát triển mạnh sau chuyến thăm Việt Nam của Tổng thống George W. Bush năm 2006.',
      ),
    ).toEqual([['2006', 'Tổng thống Hoa Kỳ George W. Bush thăm Việt Nam']]);
  });

  it('reads every leader of a list that one "chuyến thăm … của" opens, each with its month', () => {
    expect(
      visits(
        'Hai bên nhắc lại các chuyến thăm Hoa Kỳ của Chủ tịch nước Trương Tấn Sang (7/2013) và Thủ tướng Nguyễn Tấn Dũng (tháng 2/2016), cùng nhiều đoàn cấp bộ.',
      ),
    ).toEqual([
      ['2013-07', 'Chủ tịch nước Trương Tấn Sang thăm Hoa Kỳ'],
      ['2016-02', 'Thủ tướng Nguyễn Tấn Dũng thăm Hoa Kỳ'],
    ]);
  });

  it('takes a date that opens the clause, and a general secretary titled in lower case', () => {
    expect(visits('Tháng 6/2008, Thủ tướng Nguyễn Tấn Dũng thăm chính thức Hoa Kỳ.')).toEqual([
      ['2008-06', 'Thủ tướng Nguyễn Tấn Dũng thăm Hoa Kỳ'],
    ]);
    expect(visits('Năm 2000, Tổng thống Bill Clinton thăm Việt Nam.')).toEqual([
      ['2000', 'Tổng thống Hoa Kỳ Bill Clinton thăm Việt Nam'],
    ]);
    expect(visits('Tháng 6/2005, Thủ tướng Phan Văn Khải sang thăm Mỹ.')).toEqual([
      ['2005-06', 'Thủ tướng Phan Văn Khải thăm Hoa Kỳ'],
    ]);
    expect(visits('Tổng bí thư Nguyễn Phú Trọng thăm Hoa Kỳ tháng 7/2015.')).toEqual([
      ['2015-07', 'Tổng Bí thư Nguyễn Phú Trọng thăm Hoa Kỳ'],
    ]);
  });

  it('reads a comma in a list, the country or "Chính phủ" after the title, and every date form', () => {
    expect(
      visits(
        'Đó là các chuyến thăm Hoa Kỳ của Chủ tịch nước Nguyễn Minh Triết (6/2007), Chủ tịch nước Trương Tấn Sang (7/2013) và Thủ tướng Chính phủ Nguyễn Tấn Dũng (tháng 2/2016).',
      ),
    ).toEqual([
      ['2007-06', 'Chủ tịch nước Nguyễn Minh Triết thăm Hoa Kỳ'],
      ['2013-07', 'Chủ tịch nước Trương Tấn Sang thăm Hoa Kỳ'],
      ['2016-02', 'Thủ tướng Nguyễn Tấn Dũng thăm Hoa Kỳ'],
    ]);
    expect(visits('Tổng thống Mỹ Bill Clinton thăm Việt Nam (2000).')).toEqual([
      ['2000', 'Tổng thống Hoa Kỳ Bill Clinton thăm Việt Nam'],
    ]);
    expect(visits('Thủ tướng Nguyễn Tấn Dũng thăm Hoa Kỳ vào tháng 6 năm 2008.')).toEqual([
      ['2008-06', 'Thủ tướng Nguyễn Tấn Dũng thăm Hoa Kỳ'],
    ]);
  });

  it('reads two leaders in one sentence, each after the date that opens its clause', () => {
    expect(
      visits(
        'Năm 2000, Tổng thống Bill Clinton thăm Việt Nam, và năm 2006, Tổng thống George W. Bush thăm Việt Nam.',
      ),
    ).toEqual([
      ['2000', 'Tổng thống Hoa Kỳ Bill Clinton thăm Việt Nam'],
      ['2006', 'Tổng thống Hoa Kỳ George W. Bush thăm Việt Nam'],
    ]);
  });

  it('gives nothing when the table says the title had lapsed at that date', () => {
    expect(visits('Tổng thống Bill Clinton thăm Việt Nam năm 2010.')).toEqual([]);
  });

  it('leaves a date of another clause ("kể từ khi nhậm chức năm …") to that clause', () => {
    expect(
      visits('Đây là chuyến thăm đầu tiên của Tổng thống Joe Biden kể từ khi nhậm chức năm 2021.'),
    ).toEqual([]);
  });

  it('leaves out a visit to a third country, one still planned, and a vice president', () => {
    expect(visits('Thủ tướng Nguyễn Tấn Dũng thăm Nhật Bản (tháng 3/2014).')).toEqual([]);
    expect(visits('Tổng thống Barack Obama sẽ thăm Việt Nam vào tháng 5/2016.')).toEqual([]);
    expect(visits('Tổng thống Barack Obama dự kiến thăm Việt Nam vào tháng 5/2016.')).toEqual([]);
    expect(visits('Tổng thống Barack Obama sắp thăm Việt Nam (tháng 5/2016).')).toEqual([]);
    expect(visits('Phó Tổng thống Kamala Harris thăm Việt Nam (8/2021).')).toEqual([]);
  });

  it('leaves the article’s own event to the event: its sentences and its month', () => {
    const sentence = 'Tổng thống Barack Obama thăm Việt Nam (tháng 5/2016).';
    expect(findLeaderVisits([sentence], new Set([0]), undefined)).toEqual([]);
    expect(visits(sentence, '2016-05-23')).toEqual([]);
    expect(visits(sentence, '2015-01-10')).toEqual([]); // not yet made when the article was written
    expect(visits(sentence, '2018-04-26')).toEqual([
      ['2016-05', 'Tổng thống Hoa Kỳ Barack Obama thăm Việt Nam'],
    ]);
  });
});
