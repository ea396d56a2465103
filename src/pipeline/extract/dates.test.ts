import { describe, expect, it } from 'vitest';
import { findDateMentions, type DateMention } from './dates';

/** The one mention in a snippet, without its offset. */
function only(sentence: string): Omit<DateMention, 'index'> {
  const found = findDateMentions(sentence);
  expect(found, sentence).toHaveLength(1);
  const rest: Partial<DateMention> = { ...found[0]! };
  delete rest.index;
  return rest as Omit<DateMention, 'index'>;
}

describe('findDateMentions: day and month', () => {
  it('reads "ngày 25/3" inside a sentence, with its offset', () => {
    const sentence =
      'Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Antony Blinken ngày 25/3 đồng chủ trì Đối thoại.';
    const [mention] = findDateMentions(sentence);
    expect(mention).toMatchObject({ text: 'ngày 25/3', day: 25, month: 3 });
    expect(sentence.slice(mention!.index, mention!.index + mention!.text.length)).toBe('ngày 25/3');
  });

  it.each([
    ['Chiều 31-1, tiếp Đại sứ Hoa Kỳ', 'Chiều 31-1', 31, 1],
    ['Hội nghị khai mạc sáng 5-3 tại Hà Nội', 'sáng 5-3', 5, 3],
    ['Buổi chiêu đãi tối 12-11 ở Nhà Trắng', 'tối 12-11', 12, 11],
    ['Đoàn đến trưa 28/2 theo giờ địa phương', 'trưa 28/2', 28, 2],
    ['Phiên tranh tụng bắt đầu đêm 28/2 giờ Hà Nội', 'đêm 28/2', 28, 2],
    ['Hai bên ký thỏa thuận ngày 15-2 tại Hà Nội', 'ngày 15-2', 15, 2],
    ['Đô đốc Swift thăm Hải Phòng hôm 6/10', 'hôm 6/10', 6, 10],
    ['Lúc 15h chiều 5-3, phía Hoa Kỳ phát thông cáo', '15h chiều 5-3', 5, 3],
  ])('reads %j', (sentence, text, day, month) => {
    expect(only(sentence)).toEqual({ text, day, month });
  });

  it('flags the same moment restated in another time zone as an aside', () => {
    const zoned = (s: string) => findDateMentions(s).map((m) => [m.day, m.month, Boolean(m.aside)]);
    expect(zoned('Chiều 10.11 (sáng 11.11 giờ Việt Nam), ông tới Honolulu.')).toEqual([
      [10, 11, false],
      [11, 11, true],
    ]);
    expect(
      zoned(
        'Vào hồi 15 giờ ngày 10/12/2001 (tức là 3 giờ sáng ngày 11/12 giờ Hà Nội), tại Washington',
      ),
    ).toEqual([
      [10, 12, false],
      [11, 12, true],
    ]);
    // A weekday's date in brackets is the date itself.
    expect(zoned('Thứ Hai (25/3), hai bộ trưởng gặp nhau.')).toEqual([[25, 3, false]]);
  });

  it('reads a month word after a day: "ngày 18 tháng giêng", "ngày 20 tháng Năm"', () => {
    expect(only('vào thứ sáu, ngày 18 tháng giêng, ông sẽ đến Hà Nội')).toMatchObject({
      day: 18,
      month: 1,
    });
    expect(only('ở thăm cho đến ngày 20 tháng Năm, tức chủ nhật này')).toMatchObject({
      day: 20,
      month: 5,
    });
    // Lower-case "năm" after "tháng" is "year", not May.
    expect(findDateMentions('sau ngày 18 tháng năm ấy')).toEqual([]);
  });

  it('reads a worded range: "từ ngày 1 đến ngày 2 tháng 11", "ngày 10 và 11 tháng 9 năm 2023"', () => {
    expect(
      findDateMentions('hội nghị diễn ra từ ngày 1 đến ngày 2 tháng 11 tại Washington'),
    ).toMatchObject([{ day: 1, month: 11, endDay: 2, endMonth: 11 }]);
    expect(findDateMentions('ngày 10 và 11 tháng 9 năm 2023')).toMatchObject([
      { day: 10, month: 9, year: 2023, endDay: 11, endMonth: 9, endYear: 2023 },
    ]);
  });

  it('keeps an explicit year: "25/3/2024", "ngày 2 tháng 9 năm 1945"', () => {
    expect(only('Văn bản ký ngày 25/3/2024 tại Washington')).toEqual({
      text: 'ngày 25/3/2024',
      day: 25,
      month: 3,
      year: 2024,
    });
    expect(only('Tuyên ngôn độc lập đọc ngày 2 tháng 9 năm 1945')).toEqual({
      text: 'ngày 2 tháng 9 năm 1945',
      day: 2,
      month: 9,
      year: 1945,
    });
  });

  it('takes "năm 2023" after a day and month as its year: "ngày 10/9 năm 2023"', () => {
    expect(only('Hai nhà lãnh đạo hội đàm ngày 10/9 năm 2023 tại Hà Nội')).toEqual({
      text: 'ngày 10/9 năm 2023',
      day: 10,
      month: 9,
      year: 2023,
    });
  });

  it('validates the calendar: 31/2 and 31/4 are not dates, 29/2 may be', () => {
    expect(findDateMentions('ngày 31/2 và ngày 31/4')).toEqual([]);
    expect(only('ngày 29/2')).toMatchObject({ day: 29, month: 2 });
  });
});

describe('findDateMentions: ranges', () => {
  it('reads a range across months: "ngày 28/6 - 2/7"', () => {
    expect(only('Đoàn thăm và làm việc tại Mỹ ngày 28/6 - 2/7 theo lời mời')).toEqual({
      text: 'ngày 28/6 - 2/7',
      day: 28,
      month: 6,
      endDay: 2,
      endMonth: 7,
    });
  });

  it.each([
    ['Hội nghị diễn ra 24-26/10 tại Jakarta', 24, 26, 10],
    ['Đoàn thăm chính thức từ ngày 5 đến 9/3 ,', 5, 9, 3],
    ['Chương trình kéo dài từ 5-9/3', 5, 9, 3],
    ['Hội nghị thượng đỉnh trực tuyến trong hai ngày 22 và 23/4', 22, 23, 4],
    ['Hai nhà lãnh đạo hội đàm ngày 10 và 11/9', 10, 11, 9],
  ])('reads a range within a month: %j', (sentence, day, endDay, month) => {
    expect(only(sentence)).toMatchObject({ day, endDay, month, endMonth: month });
  });

  it('gives the start the year of the end: "từ ngày 5-3 đến 9-3-2018"', () => {
    expect(only('Đoàn tàu thăm Đà Nẵng từ ngày 5-3 đến 9-3-2018 .')).toMatchObject({
      day: 5,
      month: 3,
      year: 2018,
      endDay: 9,
      endMonth: 3,
      endYear: 2018,
    });
  });

  it('crosses the new year: "28/12/2023 - 3/1/2024" and "ngày 28/12 - 3/1"', () => {
    expect(only('ngày 28/12 - 3/1')).toMatchObject({ day: 28, month: 12, endDay: 3, endMonth: 1 });
    expect(only('từ 28/12 đến 3/1/2024')).toMatchObject({ year: 2023, endYear: 2024 });
  });
});

describe('findDateMentions: months and years', () => {
  it.each([
    ['xác lập quan hệ vào tháng 9/2023 .', 'tháng 9/2023', 9, 2023],
    ['Tổng thống thăm Việt Nam tháng 11-2017, hai bên', 'tháng 11-2017', 11, 2017],
    ['Tuyên bố chung tháng 9 năm 2023, hai bên', 'tháng 9 năm 2023', 9, 2023],
    ['Hội báo xuân khai mạc tháng Giêng năm 2024', 'tháng Giêng năm 2024', 1, 2024],
  ])('reads month and year in %j', (sentence, text, month, year) => {
    expect(only(sentence)).toEqual({ text, month, year });
  });

  it('reads a month alone and the month words', () => {
    expect(only('Hội nghị dự kiến diễn ra vào tháng 5 tới')).toEqual({ text: 'tháng 5', month: 5 });
    expect(only('Lễ hội thường diễn ra vào tháng Chạp')).toEqual({ text: 'tháng Chạp', month: 12 });
    expect(only('cuộc gặp hồi tháng Tám tại Washington')).toEqual({ text: 'tháng Tám', month: 8 });
  });

  it('keeps "năm nay"/"năm ngoái" in the text for the year reasoning', () => {
    expect(only('chuyến thăm tháng 8 năm nay')).toEqual({ text: 'tháng 8 năm nay', month: 8 });
  });

  it('does not read "những tháng năm" (the years) as May', () => {
    expect(findDateMentions('những tháng năm gian khó')).toEqual([]);
  });

  it('reads a year alone: "năm 2023", "năm 1995"', () => {
    expect(
      findDateMentions('Quan hệ được bình thường hóa từ năm 1995 và nâng cấp năm 2023.').map(
        (m) => m.year,
      ),
    ).toEqual([1995, 2023]);
  });
});

describe('findDateMentions: relative words and weekdays', () => {
  it.each([
    ['Hôm qua, Bộ trưởng đã hội đàm', 'yesterday'],
    ['hôm nay Bộ Ngoại giao cho biết', 'today'],
    ['Sáng nay, hai bên ký kết', 'today'],
    ['Chiều nay đoàn rời Hà Nội', 'today'],
    ['Tối nay Tổng thống phát biểu', 'today'],
    ['Ngày mai đoàn sẽ thăm Đà Nẵng', 'tomorrow'],
    ['Đêm qua tàu cập cảng', 'yesterday'],
  ])('reads %j', (sentence, relative) => {
    expect(only(sentence)).toMatchObject({ relative });
  });

  it('does not read "ngày nay" (nowadays) as today', () => {
    expect(findDateMentions('Ngày nay quan hệ hai nước phát triển mạnh')).toEqual([]);
  });

  it('joins a relative word with the date that follows: "ngày mai ( 15-2 )", "hôm nay 30/7"', () => {
    expect(only('dự kiến lúc 14h ngày mai ( 15-2 ) , Đại sứ')).toMatchObject({
      day: 15,
      month: 2,
      relative: 'tomorrow',
    });
    expect(only('Giá vàng hôm nay 30/7 giảm nhẹ')).toMatchObject({
      day: 30,
      month: 7,
      relative: 'today',
    });
  });

  it.each([
    ['Bộ trưởng có mặt tại Washington thứ Hai (25/3).', 'thứ Hai (25/3)', 1],
    ['07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021', '07:53 - Thứ Năm, 01/02/2024', 4],
    ['Lễ kỷ niệm diễn ra chủ nhật 10/9 tại Hà Nội', 'chủ nhật 10/9', 0],
    ['Hội nghị khai mạc ngày 25/3 (thứ Hai)', 'ngày 25/3 (thứ Hai)', 1],
  ])('reads a weekday with its date in %j', (sentence, text, weekday) => {
    expect(only(sentence)).toMatchObject({ text, weekday });
  });

  it('does not take "thứ hai" (second) for Monday when no date follows', () => {
    expect(findDateMentions('đối tác thương mại lớn thứ hai của Việt Nam')).toEqual([]);
  });
});

describe('findDateMentions: numbers that are not dates', () => {
  it.each([
    '3/4 số phiếu tán thành',
    'Bình Dương thắng 3-1 trước Thể Công',
    'tỷ số 2-0 nghiêng về đội khách',
    'vốn đầu tư đạt 11,4 tỷ USD',
    'Công văn 9433/VPCP-NN gửi các bộ',
    'Nghị định số 12/2023/NĐ-CP',
    'đạt điểm 20/20',
    'phục vụ 24/7',
    'chiếm 1/3 dân số',
    'tỷ lệ 50/50',
    'hấp thụ 2-3% lượng phát thải',
    'chỉ có 4-5 vụ việc mỗi năm',
    'Thể Công Viettel 0-0 Hà Nội',
    'Covid-19 đã lan rộng',
  ])('ignores %j', (sentence) => {
    expect(findDateMentions(sentence)).toEqual([]);
  });

  it('keeps a date next to a score in the same sentence', () => {
    const found = findDateMentions('Tối 22/9, Thể Công thắng 5-3 trên sân Mỹ Đình');
    expect(found.map((m) => m.text)).toEqual(['Tối 22/9']);
  });
});

describe('findDateMentions: other layouts', () => {
  const first = (s: string) => findDateMentions(s)[0];

  it('reads a dot between day and month after a date word', () => {
    expect(first('Đoàn sẽ thăm Hà Nội từ 7 đến 9.8.')).toMatchObject({
      text: 'từ 7 đến 9.8',
      day: 7,
      month: 8,
      endDay: 9,
      endMonth: 8,
    });
    expect(first('Lễ ký diễn ra sáng 12.3.2019 tại Hà Nội')).toMatchObject({
      day: 12,
      month: 3,
      year: 2019,
    });
    expect(first('chuyến thăm Mỹ hồi tháng 11.2004')).toMatchObject({ month: 11, year: 2004 });
  });

  it('leaves decimals with a dot alone', () => {
    expect(findDateMentions('Kim ngạch đạt 7.5 tỷ USD')).toEqual([]);
    expect(findDateMentions('tăng từ 1.5 đến 2.5%')).toEqual([]);
    expect(findDateMentions('lãi suất từ 3 đến 4.5 phần trăm')).toEqual([]);
  });

  it('reads "ngày 9 tháng 3, 2019" and the US dateline "Tháng Tư 9, 2019"', () => {
    expect(first('tại Jakarta, ngày 9 tháng 3, 2019')).toMatchObject({
      day: 9,
      month: 3,
      year: 2019,
    });
    expect(first('Tháng Tư 9, 2019')).toMatchObject({ day: 9, month: 4, year: 2019 });
  });

  it('reads a weekday alone after a time-of-day word, not an ordinal', () => {
    expect(first('Chiều thứ Năm, ông Lee tiếp đoàn')).toMatchObject({
      text: 'Chiều thứ Năm',
      weekday: 4,
    });
    expect(first('sẽ gặp vào Chủ nhật tới')).toMatchObject({ weekday: 0 });
    expect(findDateMentions('ngày thứ hai của chuyến thăm')).toEqual([]);
    expect(findDateMentions('lần thứ Ba trong năm')).toEqual([]);
  });
});

describe('findDateMentions: asides and periods of months', () => {
  it('sets apart a period up to the present: "(từ tháng 12/2019 đến nay)"', () => {
    expect(only('Sau 6 năm thực hiện (từ tháng 12/2019 đến nay), dự án đã bàn giao')).toMatchObject(
      {
        month: 12,
        year: 2019,
        aside: true,
      },
    );
  });

  it('reads a period of months: "tháng 3 - 6/2019", "từ tháng 2 đến tháng 4 năm 2021"', () => {
    expect(only('trong giai đoạn tháng 3 - 6/2019 đoàn đã')).toMatchObject({
      month: 3,
      endMonth: 6,
      year: 2019,
      endYear: 2019,
    });
    expect(only('từ tháng 2 đến tháng 4 năm 2021, hai bên')).toMatchObject({
      month: 2,
      endMonth: 4,
      year: 2021,
    });
    // "tháng 3-6/2019" is a period, not 3 June
    expect(only('Chiến dịch (tháng 3-6/2019) đã')).toMatchObject({ month: 3, endMonth: 6 });
  });

  it('marks an anniversary span after "kỷ niệm N năm" as an aside', () => {
    expect(
      only('nhân dịp kỷ niệm 25 năm thiết lập quan hệ ngoại giao (15/8/1998-15/8/2023).'),
    ).toMatchObject({ day: 15, month: 8, year: 1998, endYear: 2023, aside: true });
  });

  it('marks a bracketed period of months after a noun as an aside', () => {
    expect(
      only('hài cốt tìm được trong Đợt khảo sát lần thứ 90 (tháng 2 - 4/2015).'),
    ).toMatchObject({ month: 2, endMonth: 4, aside: true });
  });

  it('marks the date a period counts from ("kể từ khi …") as an aside, not the act\'s day', () => {
    expect(
      only('Hai bộ trưởng điểm lại kết quả đạt được kể từ khi ký Hiệp định vào tháng 12/2001.'),
    ).toMatchObject({ month: 12, year: 2001, aside: true });
    expect(only('Từ khi nhậm chức ngày 20/1/2021, ông đã ba lần gặp lãnh đạo.').aside).toBe(true);
    // a clause closed by a comma no longer governs the date
    expect(only('Từ khi ký hiệp định, ngày 5/3 hai bên lại gặp nhau.').aside).toBeUndefined();
  });

  it('keeps bracketed dates that tell when something happened', () => {
    expect(only('Sáng thứ Tư (14/6), ông A đã').aside).toBeUndefined();
    expect(only('Bộ trưởng A và Bộ trưởng B (9/3/2021)').aside).toBeUndefined();
    expect(only('Lễ kỷ niệm 20 năm quan hệ diễn ra từ ngày 5 đến 7/9').aside).toBeUndefined();
  });
});
