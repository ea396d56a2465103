import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './dates';
import { articleYearEvidence, resolveDate, resolveYearOnly, type ResolvedDate } from './year';

/** Resolves the first day/month mention (or the first mention) of sentences[at]. */
function resolveIn(sentences: string[], at: number, publishedAt?: string): ResolvedDate {
  const mentions = findDateMentions(sentences[at]!);
  const mention =
    mentions.find((m) => m.month !== undefined || m.relative !== undefined) ?? mentions[0];
  expect(mention, sentences[at]).toBeDefined();
  return resolveDate(mention!, {
    sentences,
    sentenceIndex: at,
    ...(publishedAt ? { publishedAt } : {}),
  });
}

function start(result: ResolvedDate): string | undefined {
  return result.ok ? result.start : undefined;
}

describe('resolveDate: plans told to the month', () => {
  it('a plan told to the month is at most a year ahead: the present is in the year before it', () => {
    const sentences = [
      'Sáng 14-4, Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp Hoa Kỳ.',
      'Tỉnh khởi công cảng biển từ năm 2012.',
      'Dự kiến tháng 9-2015, cảng sẽ đưa vào khai thác.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2015-04-14' });
    // Without the plan, 2012 alone is a distant bound: no year is guessed.
    expect(resolveIn(sentences.slice(0, 2), 0).ok).toBe(false);
  });

  it('a month followed by "sẽ" is a plan, not a past the present follows', () => {
    const sentences = [
      'Sáng 14-4, Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp Hoa Kỳ.',
      'Tỉnh đăng cai hội chợ quốc tế vào tháng 10-2015 và hy vọng sẽ đón nhiều doanh nghiệp.',
      'Dự kiến tháng 8-2015, nhà triển lãm sẽ hoàn thành.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2015-04-14' });
  });
});

describe('resolveDate: the mention and the publication date', () => {
  it('keeps an explicit year', () => {
    const sentences = ['Hai bên ký thỏa thuận ngày 25/3/2024 tại Washington.'];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2024-03-25' });
  });

  it('"Chiều 31-1" in an article published 2024-02-01 is 31 January 2024', () => {
    const sentences = ['Chiều 31-1, Phó Thủ tướng Lê Minh Khái đã tiếp Đại sứ Hoa Kỳ.'];
    expect(resolveIn(sentences, 0, '2024-02-01')).toMatchObject({ ok: true, start: '2024-01-31' });
  });

  it('reads the publication date from a timestamp line', () => {
    const sentences = [
      '07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021 In bài viết',
      'Chiều 31-1, Phó Thủ tướng đã tiếp Đại sứ.',
    ];
    expect(articleYearEvidence(sentences).publishedAt).toBe('2024-02-01');
    expect(resolveIn(sentences, 1)).toMatchObject({ ok: true, start: '2024-01-31' });
    expect(
      articleYearEvidence(['Cập nhật lúc 07:53, 01/02/2024 (GMT+7)', 'Chiều 31-1, …']).publishedAt,
    ).toBe('2024-02-01');
    // an event sentence with a time is not a timestamp line
    expect(
      articleYearEvidence(['Lúc 10:00 ngày 25/3/2024, hai bộ trưởng đã hội đàm tại Washington.'])
        .publishedAt,
    ).toBeUndefined();
  });

  it('a past "ngày 28/12" in a January article is the previous December', () => {
    const sentences = ['Ngày 28/12, hai bên đã ký kết biên bản ghi nhớ.'];
    expect(start(resolveIn(sentences, 0, '2024-01-05'))).toBe('2023-12-28');
  });

  it('a future "ngày 5/1" in a December article is the next January', () => {
    const sentences = ['Bộ trưởng sẽ thăm chính thức Hoa Kỳ từ ngày 5/1.'];
    expect(start(resolveIn(sentences, 0, '2023-12-20'))).toBe('2024-01-05');
  });

  it('a date a few days before publication stays in the publication year, even in a future sentence', () => {
    const sentences = [
      'Ngày 28/5, Bộ Quốc phòng cho biết Bộ trưởng Carter sẽ thăm Việt Nam từ ngày 31/5 đến 2/6.',
    ];
    expect(start(resolveIn(sentences, 0, '2015-05-29'))).toBe('2015-05-28');
  });

  it('puts the end of a range crossing the new year in the next year', () => {
    const sentences = ['Đoàn thăm Mỹ ngày 28/12 - 3/1.'];
    expect(resolveIn(sentences, 0, '2024-01-05')).toMatchObject({
      ok: true,
      start: '2023-12-28',
      end: '2024-01-03',
    });
  });

  it('resolves relative words against the publication date only', () => {
    const sentences = ['Hôm qua, Bộ trưởng Ngoại giao đã hội đàm với Ngoại trưởng Mỹ.'];
    expect(start(resolveIn(sentences, 0, '2024-03-26'))).toBe('2024-03-25');
    expect(start(resolveIn(['Ngày mai đoàn sẽ tới Hà Nội.'], 0, '2024-03-26'))).toBe('2024-03-27');
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: false });
  });

  it('a weekday that does not fit the publication year picks the adjacent year', () => {
    // 5 March was a Monday in 2018, a Tuesday in 2019
    const sentences = ['Thứ Hai (5/3), tàu sân bay cập cảng Tiên Sa.'];
    expect(start(resolveIn(sentences, 0, '2019-01-10'))).toBe('2018-03-05');
  });

  it('gives a month alone the publication year and "năm ngoái" the one before', () => {
    expect(resolveIn(['Hội nghị diễn ra hồi tháng 5.'], 0, '2024-08-01')).toMatchObject({
      ok: true,
      start: '2024-05',
    });
    expect(resolveIn(['Chuyến thăm tháng 12 năm ngoái.'], 0, '2024-08-01')).toMatchObject({
      ok: true,
      start: '2023-12',
    });
    expect(
      start(resolveIn(['Chuyến thăm ngày 10/9 năm ngoái của Tổng thống.'], 0, '2024-08-01')),
    ).toBe('2023-09-10');
  });
});

describe('resolveDate: years from the text', () => {
  it('"ngày 25/3" after "kể từ khi … tháng 9/2023" is 2024-03-25', () => {
    const sentences = [
      'Hai bộ trưởng ngày 25/3 đồng chủ trì Đối thoại tại Washington.',
      'Đây là cuộc đối thoại đầu tiên kể từ khi hai nước xác lập quan hệ Đối tác Chiến lược Toàn diện vào tháng 9/2023.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2024-03-25' });
  });

  it('"ngày 28/6 - 2/7" in the 10th anniversary of a partnership set up in 2013 is 2023', () => {
    const sentences = [
      'Đoàn đại biểu Việt Nam thăm và làm việc tại Mỹ ngày 28/6 - 2/7.',
      'Hai bên mong muốn tăng cường tiếp xúc trong "Năm kỷ niệm 10 năm quan hệ đối tác toàn diện Việt - Mỹ".',
      'Hai nước xác lập quan hệ đối tác toàn diện năm 2013.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({
      ok: true,
      start: '2023-06-28',
      end: '2023-07-02',
    });
  });

  it('counts a 30th anniversary of normalisation from 1995', () => {
    const sentences = [
      'Ngày 12/7, Đại sứ quán tổ chức lễ kỷ niệm 30 năm bình thường hóa quan hệ Việt Nam - Hoa Kỳ.',
      'Quan hệ Việt - Mỹ được bình thường hóa từ năm 1995.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2025-07-12');
  });

  it('"ngày 11/9" with full-year 2022 figures, Biden and Nguyễn Phú Trọng is 2023-09-11', () => {
    const sentences = [
      'Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Joe Biden ra Tuyên bố chung được công bố ngày 11/9.',
      'Đây là chuyến thăm Việt Nam đầu tiên của Tổng thống Biden kể từ khi ông nhậm chức đầu năm 2021.',
      'Thương mại Việt - Mỹ đạt hơn 123,86 tỷ USD năm 2022, tăng 11% so với năm 2021.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2023-09-11' });
  });

  it('"sáng 15/6" with full-year 2021 figures and "5 tháng đầu năm nay" is 2022-06-15', () => {
    const sentences = [
      'Sáng 15/6, Đoàn công tác của Đại sứ quán Hoa Kỳ thăm và làm việc tại Nghệ An.',
      'Trong năm 2021, tổng kim ngạch xuất nhập khẩu giữa Nghệ An và Hoa Kỳ đạt 205,5 triệu USD.',
      'Trong đó Nghệ An xuất khẩu 196,8 triệu USD.',
      '5 tháng đầu năm nay, kim ngạch xuất nhập khẩu đạt 96,2 triệu USD.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2022-06-15' });
    // A target's year is no year of figures.
    const target = 'Mục tiêu đến năm 2025 kim ngạch đạt 500 triệu USD.';
    expect(resolveIn([...sentences.slice(0, 3), target, sentences[3]!], 0)).toMatchObject({
      ok: true,
      start: '2022-06-15',
    });
    // Without the part-year figures, 2021 is only a distant lower bound: no year is guessed.
    expect(resolveIn(sentences.slice(0, 3), 0)).toMatchObject({ ok: false });
  });

  it('does not take future targets for the present', () => {
    const sentences = [
      'Ngày 15/12, Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Biden điện đàm.',
      'Mỹ hỗ trợ Việt Nam giảm phát thải ròng về 0 vào năm 2050 và xóa bỏ bệnh lao phổi vào năm 2030.',
      'Hai bên đặt mục tiêu đến năm 2030 nâng kim ngạch thương mại.',
    ];
    const kinds = articleYearEvidence(sentences).facts.map((f) => `${f.text}: ${f.kind}`);
    expect(kinds).toContain('năm 2050: future');
    expect(kinds).toContain('năm 2030: future'); // "đến năm 2030"
    expect(kinds).not.toContain('năm 2050: past');
    // Trọng and Biden were in office together 2021–2024: the targets do not pick a year
    expect(resolveIn(sentences, 0)).toMatchObject({
      ok: false,
      reason: /several years fit \(2021, 2022, 2023, 2024\)/,
    });
  });

  it('a plan for a coming year dates the present: "hy vọng trong năm 2019 … sẽ" is said in 2018 or 2019', () => {
    const sentences = [
      'Sáng 7-11, Đại sứ Hoa Kỳ Daniel J. Kritenbrink dự lễ công bố hoàn thành dự án.',
      'Tôi hi vọng trong năm 2019 chúng ta sẽ chứng kiến dự án xử lý ô nhiễm tại sân bay Biên Hòa.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2018-11-07');
  });

  it('"Ngoại trưởng Rex Tillerson … ngày 5/3" with no other clue is unknown: 2017 and 2018 both fit', () => {
    const sentences = [
      'Ngoại trưởng Rex Tillerson ngày 5/3 điện đàm với Bộ trưởng Ngoại giao Phạm Bình Minh.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({
      ok: false,
      reason: /several years fit \(2017, 2018\)/,
    });
  });

  it('an article that speaks of Covid-19 is from 2020 on', () => {
    const sentences = [
      'Ngày 6/5, Thủ tướng Nguyễn Xuân Phúc điện đàm với Tổng thống Hoa Kỳ Donald Trump.',
      'Hai bên trao đổi về hợp tác phòng, chống dịch Covid-19.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2020-05-06');
    // without it, Phúc and Trump were in office together 2017–2020
    expect(resolveIn(sentences.slice(0, 1), 0)).toMatchObject({ ok: false });
  });

  it("a day of an ASEAN – US special summit the article names is that summit's year", () => {
    const sentences = [
      'Nhân dịp dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ, Thủ tướng Phạm Minh Chính có nhiều hoạt động.',
      'Sáng 13/5 (theo giờ địa phương), tại Washington, Thủ tướng Phạm Minh Chính tiếp Cố vấn An ninh quốc gia Jake Sullivan.',
    ];
    expect(start(resolveIn(sentences, 1))).toBe('2022-05-13');
    // another day of the same article is not the summit's
    const later = [
      sentences[0]!,
      'Ngày 20/7, Thủ tướng Phạm Minh Chính tiếp Cố vấn An ninh quốc gia Jake Sullivan.',
    ];
    expect(resolveIn(later, 1)).toMatchObject({ ok: false });
  });

  it('a year repeated in an acronym ("Đối tác Thái Bình Dương 2016 (PP16)") names the occasion\'s year', () => {
    const sentences = [
      'Ngày 15-7, tàu bệnh viện của hải quân Hoa Kỳ đã cập cảng Đà Nẵng, bắt đầu tham gia chương trình Đối tác Thái Bình Dương 2016 (PP16).',
      'Đại sứ Hoa Kỳ tại Việt Nam Ted Osius cho biết chương trình mang lại lợi ích chung.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2016-07-15');
    const unrelated = [sentences[0]!.replace('(PP16)', '(PP17)'), sentences[1]!];
    expect(resolveIn(unrelated, 0)).toMatchObject({ ok: false });
  });

  it('a congress is held in the first year of the term it opens ("nhiệm kỳ 2024 - 2029")', () => {
    const sentences = [
      'Ngày 6/7 tại tỉnh Bình Định đã diễn ra Đại hội Hội hữu nghị Việt - Mỹ tỉnh Bình Định lần thứ I, nhiệm kỳ 2024 - 2029.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2024-07-06');
    expect(
      resolveIn(
        [sentences[0]!.replace('Đại hội', 'Hội nghị').replace(', nhiệm kỳ', ' về nhiệm kỳ')],
        0,
      ),
    ).toMatchObject({ ok: false });
  });

  it('a programme\'s short name in brackets with its year ("(VPR USA-2017)") names the occasion\'s year', () => {
    const sentences = [
      'Trong ngày 13-14/7, đoàn đã thăm làm việc tại San Francisco, trong khuôn khổ Chương trình quảng bá địa phương Việt Nam (VPR USA-2017).',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2017-07-13');
    // A bare number in brackets is no programme's year.
    expect(resolveIn([sentences[0]!.replace('(VPR USA-2017)', '(mã số 2017)')], 0)).toMatchObject({
      ok: false,
    });
  });

  it('an act "trước thềm" an occasion dated in brackets comes in the weeks before it', () => {
    const sentences = [
      'Chiều 14/10, Thứ trưởng Bộ Quốc phòng đã tiếp Trợ lý Ngoại trưởng Mỹ tại Hà Nội.',
      'Hai bên trao đổi về hợp tác an ninh trước thềm Hội nghị Cấp cao Đông Á (tổ chức tại Bali giữa tháng 11/2011).',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2011-10-14');
    // Without the eve, the occasion is past: the act comes after it.
    const past = [sentences[0]!, sentences[1]!.replace('trước thềm', 'sau')];
    expect(start(resolveIn(past, 0))).toBe('2012-10-14');
  });

  it('a dateline, then a visit "vào tuần tới" or "tháng tới", gives the month the visit falls in', () => {
    const week =
      'Ngày 24/5/2019 — Bộ trưởng Thương mại Hoa Kỳ sẽ thăm Hà Nội vào tuần tới để bàn về đầu tư.';
    expect(resolveIn([week], 0)).toMatchObject({ ok: true, start: '2019-06' });
    expect(resolveIn([week.replace('24/5', '10/5')], 0)).toMatchObject({ start: '2019-05' });
    expect(resolveIn([week.replace('vào tuần tới', 'vào tháng tới')], 0)).toMatchObject({
      start: '2019-06',
    });
    // "Hà Nội, ngày …:" is a dateline too.
    const colon = 'Hà Nội, ngày 3/12/2018: Đại sứ Mỹ sẽ gặp lãnh đạo thành phố vào tuần sau.';
    expect(resolveIn([colon], 0)).toMatchObject({ start: '2018-12' });
    // Without a dateline's dash the date is the act's own; without "tuần tới" too.
    expect(resolveIn([week.replace(' —', ',')], 0)).toMatchObject({ start: '2019-05-24' });
    expect(resolveIn([week.replace(' vào tuần tới', '')], 0)).toMatchObject({
      start: '2019-05-24',
    });
  });

  it('the dates of the occasion on whose eve a letter is sent date it to the month only', () => {
    const eve =
      'Trước thềm Đại hội lần thứ XIV của Đảng, diễn ra từ ngày 19-25/1/2026, Thượng nghị sĩ Mỹ đã gửi thư chúc mừng tới Tổng Bí thư.';
    expect(resolveIn([eve], 0)).toMatchObject({ ok: true, start: '2026-01' });
    // An occasion early in its month may have its eve in the month before: no date.
    expect(resolveIn([eve.replace('19-25/1/2026', '2-5/1/2026')], 0)).toMatchObject({ ok: false });
    // A date after the eve's clause is the act's own.
    const own = 'Trước thềm chuyến thăm, ngày 20/10/2023, Bộ trưởng đã trả lời phỏng vấn báo chí.';
    expect(resolveIn([own], 0)).toMatchObject({ ok: true, start: '2023-10-20' });
  });

  it('"kỷ niệm 50 năm cuộc Tổng tiến công Xuân Mậu Thân" counts from 1968', () => {
    const sentences = [
      'Bộ trưởng Quốc phòng Mỹ đã đến thăm Hà Nội ngày 24/1, không lâu trước dịp kỷ niệm 50 năm cuộc Tổng tiến công Xuân Mậu Thân.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2018-01-24');
  });

  it('a weekday picks the year among those the office terms allow', () => {
    // 5 March 2017 was a Sunday, 5 March 2018 a Monday
    const sentences = [
      'Thứ Hai (5/3), Ngoại trưởng Rex Tillerson điện đàm với người đồng cấp Việt Nam.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2018-03-05');
    const sunday = [
      'Chủ nhật 5/3, Ngoại trưởng Rex Tillerson điện đàm với người đồng cấp Việt Nam.',
    ];
    expect(start(resolveIn(sunday, 0))).toBe('2017-03-05');
  });

  it('a past month anywhere in the article anchors a day mention of that month', () => {
    const sentences = [
      'Thượng úy Đặng Đức Toại ngày 31/5 trở thành phi công Việt Nam đầu tiên tốt nghiệp khóa đào tạo của không quân Mỹ.',
      'ALP là chương trình học bổng của không quân Mỹ.',
      'Các học viên đến từ nhiều quốc gia thân thiện.',
      'Khóa học kéo dài 52 tuần.',
      'Trước đó, Toại huấn luyện tại căn cứ Columbus từ tháng 5/2018.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2018-05-31' });
    // Another month far away does not: "ngày 31/5" is then unknown.
    const other = [...sentences.slice(0, 4), 'Toại học tiếng Anh từ tháng 9/2016.'];
    expect(resolveIn(other, 0).ok).toBe(false);
  });

  it('"Đại sứ Ted Osius sẽ hết nhiệm kỳ … vào cuối năm nay" (a caption) dates the article to his last year', () => {
    const sentences = [
      'Đô đốc Scott Swift đến thăm di tích Bạch Đằng Giang vào sáng 6-10.',
      'Đi cùng đoàn có Đại sứ Mỹ tại Việt Nam Ted Osius.',
    ];
    const mention = findDateMentions(sentences[0]!)[0]!;
    const without = resolveDate(mention, { sentences, sentenceIndex: 0 });
    expect(without.ok).toBe(false); // Osius's term allows 2015, 2016 and 2017
    const captions = [
      'Đại sứ Ted Osius sẽ hết nhiệm kỳ của mình tại Việt Nam vào cuối năm nay - Ảnh: N.K.',
    ];
    expect(start(resolveDate(mention, { sentences, sentenceIndex: 0, captions }))).toBe(
      '2017-10-06',
    );
  });

  it('never guesses: "ngày 5/3" with no clue at all is unknown', () => {
    const result = resolveIn(['Ngày 5/3, hai bên đã ký kết thỏa thuận hợp tác.'], 0);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/no year in the article/);
  });

  it('a distant year alone ("kể từ năm 1975") does not date the mention', () => {
    const sentences = [
      'Trưa 9/3, tàu sân bay rời cảng Tiên Sa.',
      'Đây là tàu sân bay Mỹ đầu tiên đến Việt Nam kể từ năm 1975.',
    ];
    expect(resolveIn(sentences, 0).ok).toBe(false);
  });

  it('a former office-holder is no constraint: "cựu Ngoại trưởng John Kerry"', () => {
    const sentences = ['Ngày 5/3, cựu Ngoại trưởng John Kerry thăm Đà Nẵng.'];
    expect(resolveIn(sentences, 0).ok).toBe(false);
  });
});

// The real articles, read naively (underscores to spaces, one sentence per line or full stop).
const REPO = join(__dirname, '..', '..', '..');
const CORPUS = new URL('../../../data/corpus', import.meta.url).pathname;

function sentencesOf(path: string): string[] {
  const text = readFileSync(path, 'utf8')
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/_/g, ' ')
    .replace(/ ([,.;:!?)]) /g, '$1 ')
    .replace(/\( /g, '(');
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
}

/** The resolved starts of every day/month mention containing `needle`. */
function datesOf(
  sentences: string[],
  needle: string,
  publishedAt?: string,
): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  sentences.forEach((sentence, i) => {
    for (const m of findDateMentions(sentence)) {
      if (m.day === undefined || !m.text.includes(needle)) continue;
      out.push(
        start(
          resolveDate(m, { sentences, sentenceIndex: i, ...(publishedAt ? { publishedAt } : {}) }),
        ),
      );
    }
  });
  expect(out.length, needle).toBeGreaterThan(0);
  return out;
}

describe('resolveDate on the seeds', () => {
  const seed = (name: string): string[] => sentencesOf(join(REPO, 'data', 'articles', name));

  it('seed 000: the Foreign Ministers’ Dialogue is 2024-03-25', () => {
    expect(new Set(datesOf(seed('000_491b2d7d351ea24c.txt'), '25/3'))).toEqual(
      new Set(['2024-03-25']),
    );
  });

  it('seed 001: the same dialogue, from the long article', () => {
    expect(datesOf(seed('001_0e18f43b955e1d56.txt'), '25/3')[0]).toBe('2024-03-25');
  });

  it('seed 002: Lê Hoài Trung’s delegation, 28 June – 2 July 2023', () => {
    expect(datesOf(seed('002_0b764b035eb77470.txt'), '28/6')).toEqual(['2023-06-28']);
  });

  it('seed 003: the Joint Statement of 11 September 2023 and the summit of 10 September', () => {
    const sentences = seed('003_c4ac93c96be44596.txt');
    expect(datesOf(sentences, '11/9')).toEqual(['2023-09-11']);
    expect(datesOf(sentences, '10/9')).toEqual(['2023-09-10']);
  });

  it('seed 004: "Chiều 31-1" under the timestamp line of 1 February 2024', () => {
    expect(datesOf(seed('004_792055a8c38b5bf0.txt'), '31-1')).toEqual(['2024-01-31']);
  });
});

describe.skipIf(!existsSync(CORPUS))('resolveDate on the development corpus', () => {
  const article = (name: string): string[] => sentencesOf(join(CORPUS, name));

  it('Carl Vinson arrival: "chiều 5-3" is 2018: "Năm 2017, … đã" is the latest year told, Kritenbrink’s term allows 2018–2021', () => {
    expect(new Set(datesOf(article('vn-us-2018-carl-vinson-danang-2.txt'), '5-3'))).toEqual(
      new Set(['2018-03-05']),
    );
  });

  it('Carl Vinson announcement: "chiều 1-3" before the visit of 5–9 March 2018', () => {
    expect(datesOf(article('vn-us-2018-carl-vinson-danang-1.txt'), '1-3')).toEqual(['2018-03-01']);
  });

  it('Lịch–Mattis at ADMM+: 24 October 2017', () => {
    expect(new Set(datesOf(article('vn-us-2017-lich-mattis-admm-plus-1.txt'), '24/10'))).toEqual(
      new Set(['2017-10-24']),
    );
  });

  it('Lịch’s official visit: "sáng 8/8" is 2017: Lịch and Mattis were in office together in 2017 and 2018, and the coming "Hội nghị cấp cao APEC 2017" rules out 2018', () => {
    expect(datesOf(article('vn-us-2017-lich-official-visit-washington.txt'), '8/8')).toEqual([
      '2017-08-08',
    ]);
  });

  it('congratulations to President-elect Trump: 10 November 2016 (Trump "đắc cử" does not count)', () => {
    expect(datesOf(article('vn-us-2016-trump-election-congratulations.txt'), '10/11')).toEqual([
      '2016-11-10',
    ]);
  });

  it('Carter’s visit announced with Phùng Quang Thanh and Trương Tấn Sang: 2015', () => {
    expect(datesOf(article('vn-us-2015-carter-visit-announcement.txt'), '31/5')[0]).toBe(
      '2015-05-31',
    );
  });

  it('Gottemoeller in Quảng Trị "vào đúng dịp kỷ niệm 20 năm bình thường hoá": 2 March 2015', () => {
    expect(datesOf(article('vn-us-2015-gottemoeller-quang-tri-uxo.txt'), '2/3')).toEqual([
      '2015-03-02',
    ]);
  });

  it('Trọng–Macron in Paris: "trưa 27-3" is 2018, the latest year the article tells ("đầu năm 2018")', () => {
    expect(datesOf(article('vn-fr-2018-trong-macron-paris.txt'), '27-3')).toEqual(['2018-03-27']);
  });

  it('Agent Orange hearing: 28 February 2005 from the dated documents the article lists', () => {
    expect(
      new Set(datesOf(article('vn-us-2005-agent-orange-lawsuit-hearing.txt'), '28/2')),
    ).toEqual(new Set(['2005-02-28']));
  });

  it('Đà Nẵng dioxin ceremony: "Sáng 7-11" under Ambassador Kritenbrink, with hopes "trong năm 2019": 2018', () => {
    expect(datesOf(article('vn-us-2018-danang-dioxin-completion.txt'), '7-11')).toEqual([
      '2018-11-07',
    ]);
  });

  it('FAA certificate: "Chiều 15-2" after the audit "cuối năm 2018" is 2019 where the audit is near, else unknown', () => {
    const found = [
      ...datesOf(article('vn-us-2019-faa-cat1-aviation-safety-1.txt'), '15-2'),
      ...datesOf(article('vn-us-2019-faa-cat1-aviation-safety-2.txt'), '15-2'),
    ];
    expect(found).toContain('2019-02-15');
    expect(new Set(found.filter((d) => d !== undefined))).toEqual(new Set(['2019-02-15']));
  });

  it('Carl Vinson departure: no year can be known from the text, so none is given', () => {
    expect(datesOf(article('vn-us-2018-carl-vinson-danang-3.txt'), '9/3')).toContain(undefined);
  });
});

describe('resolveDate: clues added for years several office terms allow', () => {
  it('a count of years since a dated start up to now says when the present is', () => {
    const sentences = [
      'Sáng 15/9, Bộ Quốc phòng phối hợp với Đại sứ quán Mỹ tổ chức lễ bàn giao đất đã xử lý dioxin, với sự tham dự của Đại sứ Marc Knapper.',
      'Sau 6 năm thực hiện (từ tháng 12/2019 đến nay), dự án đã bàn giao hơn 6ha đất.',
    ];
    expect(start(resolveIn(sentences, 0))).toBe('2025-09-15');
  });

  it('a weekday alone is the last such day before the publication date, or the next when future', () => {
    // 2019-04-11 was a Thursday
    expect(resolveIn(['Hôm thứ Ba, hai bộ trưởng hội đàm.'], 0, '2019-04-11')).toMatchObject({
      ok: true,
      start: '2019-04-09',
    });
    expect(resolveIn(['Ông sẽ đến Hà Nội vào thứ Hai tới.'], 0, '2019-04-11')).toMatchObject({
      ok: true,
      start: '2019-04-15',
    });
    expect(resolveIn(['Hôm thứ Ba, hai bộ trưởng hội đàm.'], 0).ok).toBe(false);
  });

  it('a dateline line is the publication date for "hôm nay"', () => {
    const sentences = [
      'Ngày 9 tháng 4 năm 2019,',
      'Hôm nay, Ngoại trưởng Mike Pompeo điện đàm với Bộ trưởng Phạm Bình Minh.',
    ];
    expect(resolveIn(sentences, 1)).toMatchObject({ ok: true, start: '2019-04-09' });
  });

  it('a bare "hôm nay" takes the one date its sentence gives', () => {
    const sentences = ['Báo chí ngày 3/6/2019 đưa tin, Nhà Trắng hôm nay công bố chuyến thăm.'];
    const mentions = findDateMentions(sentences[0]!);
    const today = mentions.find((m) => m.relative === 'today')!;
    expect(resolveDate(today, { sentences, sentenceIndex: 0 })).toMatchObject({
      ok: true,
      start: '2019-06-03',
    });
  });

  it('a year told as over puts the present after it: "Cũng trong năm 2014, … đã thăm"', () => {
    const sentences = [
      'Hôm 20/3, Tổng thống Barack Obama tiếp Thủ tướng Nguyễn Tấn Dũng.',
      'Cũng trong năm 2014, Chủ tịch nước đã thăm Hoa Kỳ.',
    ];
    // Obama and Dũng were in office together to April 2016: 2015 or 2016; the present is taken
    // as the first year from the latest one the text tells.
    expect(resolveIn(sentences, 0)).toMatchObject({
      ok: true,
      start: '2015-03-20',
      reason: /first of 2 years from the latest year the text mentions/,
    });
  });

  it('a year of figures reached is over: "đạt 52 tỷ đô la (năm 2016)" puts the present after it', () => {
    const meeting = 'Ngày 9/3, Phó Thủ tướng Phạm Bình Minh tiếp Đại sứ Ted Osius.';
    // Osius and Minh: March 2015, 2016 or 2017; the figures of 2016 are complete, so 2017
    expect(
      resolveIn([meeting, 'Thương mại hai chiều đã đạt 52 tỷ đô la (năm 2016).'], 0),
    ).toMatchObject({ ok: true, start: '2017-03-09' });
    // an estimate may be of a year still running
    expect(
      resolveIn([meeting, 'Thương mại hai chiều ước đạt 52 tỷ đô la (năm 2016).'], 0),
    ).toMatchObject({ start: '2016-03-09' });
  });

  it('several years fit and the latest year told is long past: unknown ("Hiệp định … năm 2000")', () => {
    const sentences = [
      'Ngày 26/6, Phó Thủ tướng Vương Đình Huệ gặp Bộ trưởng Thương mại Wilbur Ross.',
      'Hai nước đã ký Hiệp định Thương mại song phương năm 2000.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: false, reason: /several years fit/ });
  });

  it('several years fit and the text tells no year: unknown, not the earliest', () => {
    const sentences = ['Ngày 5/3, Ngoại trưởng Rex Tillerson gặp Bộ trưởng Phạm Bình Minh.'];
    expect(resolveIn(sentences, 0)).toMatchObject({
      ok: false,
      reason: /several years fit \(2017, 2018\)/,
    });
  });

  it('"mừng 19 năm hai nước bình thường hóa quan hệ" counts from 1995', () => {
    const sentences = [
      'Ngày 8-3, đoàn nghệ sĩ Mỹ biểu diễn tại Nhà hát Lớn Hà Nội.',
      'Chuyến lưu diễn nằm trong chuỗi hoạt động mừng 19 năm hai nước bình thường hóa quan hệ.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2014-03-08' });
  });

  it('"Năm ngoái … đã kỷ niệm 20 năm bình thường hóa" dates the article the year after', () => {
    const sentences = [
      'Ngày 12/3, Thủ tướng Nguyễn Tấn Dũng gặp Tổng thống Barack Obama.',
      'Năm ngoái Việt Nam và Hoa Kỳ đã kỷ niệm 20 năm bình thường hóa quan hệ.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2016-03-12' });
  });

  it("counts the office-holders the headline names: 'chúc mừng tân Chủ tịch nước Nguyễn Phú Trọng'", () => {
    const sentences = [
      'Chiều 23/10, Đại sứ quán Hoa Kỳ phát đi thông cáo chúc mừng Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng.',
    ];
    const mention = findDateMentions(sentences[0]!)[0]!;
    const context = { sentences, sentenceIndex: 0 };
    expect(resolveDate(mention, context)).toMatchObject({ ok: false });
    expect(
      resolveDate(mention, {
        ...context,
        headline: 'Đại sứ Hoa Kỳ chúc mừng tân Chủ tịch nước Nguyễn Phú Trọng',
      }),
    ).toMatchObject({ ok: true, start: '2018-10-23' });
  });

  it('counts the anniversaries of the days both countries mark from their years', () => {
    const one = (sentence: string) => resolveIn([sentence], 0);
    expect(
      one('Tối 2/7, Đại sứ quán Hoa Kỳ tổ chức lễ kỷ niệm 248 năm Ngày Độc lập Hoa Kỳ tại Hà Nội.'),
    ).toMatchObject({ ok: true, start: '2024-07-02' });
    expect(
      one('Ngày 1/9, Ngoại trưởng Mỹ gửi lời chúc mừng nhân kỷ niệm 79 năm Quốc khánh 2/9.'),
    ).toMatchObject({ ok: true, start: '2024-09-01' });
    expect(
      one('Ngày 7/5, Đại sứ Mỹ dự lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.'),
    ).toMatchObject({ ok: true, start: '2024-05-07' });
    // Another state's national day is not Việt Nam's
    expect(one('Ngày 1/10, Đại sứ Mỹ dự lễ kỷ niệm 75 năm Quốc khánh Trung Quốc.')).toMatchObject({
      ok: false,
    });
    // An ordinal anniversary, "lần thứ 239", counts the same way
    expect(
      one(
        'Nhân dịp kỷ niệm lần thứ 239 Quốc khánh của Hợp chúng quốc Hoa Kỳ, ngày 3/7, Chủ tịch nước đã gửi điện mừng.',
      ),
    ).toMatchObject({ ok: true, start: '2015-07-03' });
  });

  it('reads an anniversary a headline run into the first sentence cut in two', () => {
    const sentence =
      'Quốc khánh của Hợp chúng quốc Hoa Kỳ, ngày 3/7, Chủ tịch nước đã gửi điện mừng.';
    const mention = findDateMentions(sentence).find((m) => m.month !== undefined)!;
    const context = { sentences: [sentence], sentenceIndex: 0 };
    expect(resolveDate(mention, context)).toMatchObject({ ok: false });
    expect(
      resolveDate(mention, { ...context, headline: 'Nhân dịp kỷ niệm lần thứ 239' }),
    ).toMatchObject({ ok: true, start: '2015-07-03' });
  });

  it('a day just outside the terms, when no day fits them exactly, takes the year they are near', () => {
    // Quang became President on 2 April 2016 and Dũng left the premiership days later: a report
    // still giving Dũng's title a fortnight on means 2016.
    const at = (day: string) => [
      `Ngày ${day}, Chủ tịch nước Trần Đại Quang và Thủ tướng Nguyễn Tấn Dũng tiếp Ngoại trưởng John Kerry.`,
    ];
    expect(resolveIn(at('20/4'), 0)).toMatchObject({ ok: true, start: '2016-04-20' });
    // Months away is no slip of a title: the year stays unknown.
    expect(resolveIn(at('20/7'), 0)).toMatchObject({ ok: false });
  });

  it('an open term ends on the day the office table was last checked: no date after it', () => {
    const sentences = [
      'Ngày 25/11, Thứ trưởng Nông nghiệp Mỹ Luke J. Lindberg cho biết Mỹ mong muốn tiếp cận thị trường Việt Nam.',
      'Bộ trưởng Nông nghiệp Brooke Rollins ủng hộ.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2025-11-25' });
  });

  it('an anniversary of US relations still to come puts a day after 12 July in the year before', () => {
    const sentences = (day: string) => [
      `Ngày ${day}, Chủ tịch nước Trương Tấn Sang tiếp Thượng nghị sĩ Hoa Kỳ Bob Corker.`,
      'Hai nước chuẩn bị tiến tới kỷ niệm 20 năm thiết lập quan hệ ngoại giao Hoa Kỳ - Việt Nam vào năm 2015.',
    ];
    expect(resolveIn(sentences('5/8'), 0)).toMatchObject({ ok: true, start: '2014-08-05' });
    // Before 12 July, the anniversary's own year.
    expect(resolveIn(sentences('5/3'), 0)).toMatchObject({ ok: true, start: '2015-03-05' });
  });

  it('a new US administration is in its first years: "Chính quyền mới của Hoa Kỳ"', () => {
    const sentences = [
      'Ngày 21/4, Phó Thủ tướng Phạm Bình Minh gặp các Trợ lý Nghị sỹ Hoa Kỳ.',
      'Việt Nam sẵn sàng hợp tác với Chính quyền mới của Hoa Kỳ.',
    ];
    // Minh was Deputy Prime Minister 2013–2023: of the administrations new in that time, 2017–2018
    // and 2021–2022 remain, so the clue alone narrows but does not decide.
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: false, reason: /several years fit/ });
    const withOccasion = [...sentences, 'Ông chúc Hội nghị cấp cao APEC 2017 thành công.'];
    expect(resolveIn(withOccasion, 0)).toMatchObject({ ok: true, start: '2017-04-21' });
  });

  it('"the first … of the Biden administration" is its first year', () => {
    const sentences = [
      'Chiều 28/7, Bộ trưởng Quốc phòng Mỹ Lloyd Austin tới Hà Nội.',
      'Ông là quan chức cấp cao đầu tiên trong chính quyền Tổng thống Mỹ Joe Biden tới thăm Đông Nam Á.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2021-07-28' });
    // Without the clue, Austin's term leaves 2021–2024.
    expect(resolveIn(sentences.slice(0, 1), 0)).toMatchObject({ ok: false });
  });

  it('"the first … since the new administration began" is its first year', () => {
    const sentences = [
      'Chiều 9/3, Bộ trưởng Quốc phòng Ngô Xuân Lịch gặp Bộ trưởng Quốc phòng Mỹ Jim Mattis tại Lầu Năm Góc.',
      'Đây là bộ trưởng quốc phòng ASEAN đầu tiên được đón tại đây từ lúc chính quyền mới của nước Mỹ bắt đầu làm việc.',
    ];
    // Mattis was Secretary of Defense 2017–2018: a new administration's first two years leave both.
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2017-03-09' });
    const notTheFirst = [sentences[0]!, sentences[1]!.replace('đầu tiên', 'thứ ba')];
    expect(resolveIn(notTheFirst, 0)).toMatchObject({ ok: false, reason: /several years fit/ });
  });

  it("a farewell call as a term ends dates the year before the term's end", () => {
    const sentences = [
      'Chiều 15.4, Đại sứ Daniel Kritenbrink đến chào từ biệt Tổng Bí thư Nguyễn Phú Trọng khi sắp kết thúc nhiệm kỳ ở Hà Nội.',
    ];
    // Kritenbrink served from November 2017 to September 2021: without the farewell, 2018–2021.
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2021-04-15' });
  });

  it('the Comprehensive Strategic Partnership in force narrows the office terms to after 9/2023', () => {
    const meeting =
      'Chiều 15/12, Chủ tịch Quốc hội Vương Đình Huệ đã điện đàm với Tổng thống Hoa Kỳ Joe Biden.';
    // Huệ and Biden were in office together in 2022 and 2023.
    expect(resolveIn([meeting], 0)).toMatchObject({ ok: false, reason: /several years fit/ });
    const inForce =
      'Hai bên nhất trí làm sâu sắc quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ.';
    expect(resolveIn([meeting, inForce], 0)).toMatchObject({ ok: true, start: '2023-12-15' });
    // A plan, or another state's partnership, says nothing of the present.
    for (const other of [
      'Hai bên hướng tới nâng cấp quan hệ Việt Nam - Hoa Kỳ lên Đối tác chiến lược toàn diện.',
      'Việt Nam có quan hệ Đối tác chiến lược toàn diện với Trung Quốc, còn với Hoa Kỳ là Đối tác toàn diện.',
    ])
      expect(resolveIn([meeting, other], 0)).toMatchObject({ ok: false });
    // Alone, without office terms, it dates nothing.
    expect(resolveIn(['Chiều 11/9, hai bên gặp nhau.', inForce], 0)).toMatchObject({ ok: false });
  });

  it("a day within a US president's known visit to Việt Nam is that visit's year", () => {
    // Huệ and Biden were in office together in 2022 and 2023; Biden was in Hà Nội on 10–11/9/2023.
    const meeting =
      'Chiều 11/9, tại Nhà Quốc hội, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Tổng thống Hoa Kỳ Joe Biden.';
    expect(resolveIn([meeting], 0)).toMatchObject({ ok: true, start: '2023-09-11' });
    // Another day is still unknown; so is the visit day of a leader out of office ("cựu").
    const other =
      'Chiều 11/10, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Tổng thống Hoa Kỳ Joe Biden.';
    expect(resolveIn([other], 0)).toMatchObject({ ok: false, reason: /several years fit/ });
    const former =
      'Ngày 18/11, Chủ tịch nước Trương Tấn Sang đã tiếp cựu Tổng thống Hoa Kỳ Bill Clinton.';
    expect(resolveIn([former], 0)).toMatchObject({ ok: false });
    // The vice president's visit: 24–26/8/2021, while Harris and Phúc were both in office 2021–2022.
    const harris =
      'Sáng 25/8, Chủ tịch nước Nguyễn Xuân Phúc hội kiến Phó Tổng thống Hoa Kỳ Kamala Harris.';
    expect(resolveIn([harris], 0)).toMatchObject({ ok: true, start: '2021-08-25' });
  });

  it("a page date years after the acting office-holders left office is not the article's", () => {
    const message =
      'Ngày 7-11, Thủ tướng Nguyễn Tấn Dũng và Chủ tịch nước Trương Tấn Sang gửi điện mừng ông Barack Obama tái đắc cử Tổng thống Hoa Kỳ.';
    // Sang and Dũng were in office together 2011–2016; the US election in those years was 2012.
    expect(resolveIn([message], 0, '2023-03-29')).toMatchObject({ ok: true, start: '2012-11-07' });
    // Without the election, the terms leave several years: unknown, never 2022.
    const visit =
      'Ngày 7-11, Thủ tướng Nguyễn Tấn Dũng và Chủ tịch nước Trương Tấn Sang cùng tiếp đoàn.';
    expect(resolveIn([visit], 0, '2023-03-29')).toMatchObject({ ok: false });
    // A page date within their terms stands.
    expect(resolveIn([visit], 0, '2014-11-08')).toMatchObject({ ok: true, start: '2014-11-07' });
  });

  it('late in a year, a plan for an explicit year is a plan for the next one', () => {
    const sentences = [
      'Ngày 20/11, Bộ trưởng James Mattis gặp Bộ trưởng Ngô Xuân Lịch.',
      'Ông đề xuất tổ chức diễn tập chung trong năm 2018.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2017-11-20' });
  });
});

describe('articleYearEvidence: anniversaries', () => {
  it('reads "20 năm Việt Nam – Hoa Kỳ thiết lập quan hệ" with an en dash', () => {
    const evidence = articleYearEvidence([
      'Ngày 4/3, Đại sứ trình quốc thư lên Tổng thống Barack Obama.',
      'Tròn 20 năm Việt Nam – Hoa Kỳ thiết lập quan hệ ngoại giao.',
    ]);
    expect(evidence.anniversaries.map((a) => a.year)).toEqual([2015]);
  });

  it('counts "30 năm quan hệ ngoại giao" of a Việt Nam – Hoa Kỳ sentence from 1995', () => {
    const evidence = articleYearEvidence([
      'Chiều 25-9, Chủ tịch UBND TPHCM tiếp Tổng Lãnh sự Hoa Kỳ.',
      'Ông nhắc tới Lễ kỷ niệm 30 năm quan hệ ngoại giao và nhiều sự kiện giao lưu Việt Nam – Hoa Kỳ.',
    ]);
    expect(evidence.anniversaries.map((a) => a.year)).toEqual([2025]);
  });

  it('reads the year of an anniversary from a bracketed span as long as its count', () => {
    const evidence = articleYearEvidence([
      'Sáng 9/7, Hội hữu nghị mít tinh kỷ niệm 40 năm thành lập Hội (1985-2025) tại Huế.',
    ]);
    expect(evidence.anniversaries.map((a) => a.year)).toEqual([2025]);
    // A span of another length is no anniversary's: a term of office, a war.
    expect(
      articleYearEvidence([
        'Sáng 9/7, Hội hữu nghị mít tinh kỷ niệm 40 năm thành lập Hội (1985-2020) tại Huế.',
      ]).anniversaries,
    ).toEqual([]);
  });

  it('leaves out an anniversary whose year the sentence tells as over', () => {
    const evidence = articleYearEvidence([
      'Hai bên thảo luận quan hệ Mỹ - Việt Nam đã có trong năm 2015 – năm kỷ niệm 20 năm khôi phục quan hệ ngoại giao.',
    ]);
    expect(evidence.anniversaries).toEqual([]);
  });
});

describe('resolveDate: recent anchors, periods, occasions and plans told after their year', () => {
  it('"tháng 8/2021 vừa qua" anywhere dates a bare day to the first one after it', () => {
    const sentences = [
      'Chiều 12/2, Hội hữu nghị tiếp đoàn khách Hoa Kỳ tại Hà Nội.',
      'Hai bên trao đổi về giao lưu nhân dân.',
      'Ông nhắc lại rằng tháng 8/2021 vừa qua, hai nước đã ký nhiều thỏa thuận.',
      'Quan hệ hai nước đang phát triển tốt.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2022-02-12' });
  });

  it('"hồi tháng 8/2021" is a recent past too', () => {
    const sentences = [
      'Sáng 20/10, Hội hữu nghị tiếp đoàn khách Hoa Kỳ.',
      'Hai bên trao đổi về giao lưu nhân dân.',
      'Đoàn từng gặp Hội hữu nghị hồi tháng 8/2021 tại Huế.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2021-10-20' });
  });

  it('a period of months just before a day gives its year: "(tháng 3 – 6/2019)" then "Ngày 28/7"', () => {
    const sentences = [
      'Ngày 28/7, tại sân bay Đà Nẵng, phía Việt Nam bàn giao hài cốt cho phía Hoa Kỳ.',
      'Hài cốt là kết quả đợt tìm kiếm chung (tháng 3 – 6/2019) ở miền Trung.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2019-07-28' });
  });

  it('what a period found is handed on within its months, or in the months after it', () => {
    const handover = (day: string, period: string) =>
      resolveIn(
        [
          `Ngày ${day}, lễ hồi hương hài cốt quân nhân Hoa Kỳ được tổ chức tại sân bay Đà Nẵng.`,
          'Đại diện Việt Nam bàn giao hài cốt cho đại diện Hoa Kỳ.',
          `Số hài cốt này là kết quả của đợt khảo sát song phương (${period}).`,
        ],
        0,
      );
    // 20/5 falls inside April–June: a search's finds are handed over in its last weeks.
    expect(handover('20/5', 'tháng 4 đến 6/2021')).toMatchObject({ ok: true, start: '2021-05-20' });
    // At the period's end: the same year.
    expect(handover('30/6', 'tháng 02 – 06/2022')).toMatchObject({ ok: true, start: '2022-06-30' });
    // Months before the period's: the year after.
    expect(handover('12/3', 'tháng 4 đến 6/2021')).toMatchObject({ ok: true, start: '2022-03-12' });
  });

  it('a period ("tháng 3 – 6/2019") is read whole, with its own year', () => {
    const sentences = ['Hài cốt tìm được trong đợt tìm kiếm (tháng 3 – 6/2019) ở Quảng Trị.'];
    // dates.ts reads the period with its year (and flags it as an aside of "đợt tìm kiếm").
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2019-03' });
  });

  it('a year naming the occasion beside the day dates it: "Hội nghị cấp cao APEC 2017"', () => {
    const sentences = [
      'Chiều 10/11, Thủ tướng Nguyễn Xuân Phúc tiếp Tổng thống Donald Trump.',
      'Thủ tướng tin tưởng chuyến thăm sẽ góp phần vào thành công của Hội nghị cấp cao APEC 2017.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2017-11-10' });
  });

  it('an acronym in brackets closing the spelt-out name still names the occasion of its year', () => {
    const sentences = [
      'Sáng 2/7, bên lề Diễn đàn Kinh tế Thế giới (WEF) 2019, Thủ tướng Nguyễn Xuân Phúc tiếp Bộ trưởng Thương mại Wilbur Ross.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2019-07-02' });
    expect(resolveIn(sentences, 0).reason).toContain('"WEF 2019"');
  });

  it('a year closing an occasion’s name in ordinary words dates the day beside it', () => {
    const sentences = [
      'Sáng 5/6, Đại sứ Hoa Kỳ dự lễ khai mạc Hội chợ Thương mại quốc tế Việt Nam 2018 tại Hà Nội.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2018-06-05' });
  });

  it.each(['Triển lãm', 'Hội chợ', 'Diễn đàn', 'Hội nghị', 'Hội thảo', 'Lễ hội', 'Tuần lễ'])(
    '"%s … Việt Nam 2018" names an occasion of 2018; "năm" ends the name',
    (word) => {
      const facts = (sentence: string) =>
        articleYearEvidence([sentence]).facts.map((f) => `${f.kind} ${f.from.slice(0, 4)}`);
      expect(facts(`Đoàn dự ${word} Doanh nghiệp và Đầu tư Việt Nam 2018.`)).toEqual([
        'occasion 2018',
      ]);
      expect(facts(`Đoàn dự ${word} Doanh nghiệp Việt Nam năm 2018.`)).not.toContain(
        'occasion 2018',
      );
      // a point the present is after, as "kể từ SEA Games 2003" is
      expect(facts(`Đây là lần đầu kể từ ${word} Doanh nghiệp Việt Nam 2018.`)).toEqual([
        'reference 2018',
      ]);
    },
  );

  it('an occasion the visitor goes to dates the visit, however far apart; one recalled does not', () => {
    const visit = (attends: string) => [
      'Thứ trưởng Nông nghiệp Hoa Kỳ dẫn đoàn doanh nghiệp thăm Hà Nội từ ngày 12/4 đến 15/4.',
      'Đoàn gồm đại diện của 20 công ty nông sản.',
      'Nông sản Mỹ ngày càng được người tiêu dùng Việt Nam ưa chuộng.',
      'Các công ty sẽ tìm hiểu nhu cầu của thị trường.',
      `Thứ trưởng sẽ gặp các nhà nhập khẩu, và ${attends} Hội chợ Nông sản Quốc tế Việt Nam 2019.`,
    ];
    expect(resolveIn(visit('dự'), 0)).toMatchObject({ ok: true, start: '2019-04-12' });
    expect(resolveIn(visit('cắt băng khai mạc'), 0)).toMatchObject({
      ok: true,
      start: '2019-04-12',
    });
    expect(resolveIn(visit('nhắc lại lần ông từng dự'), 0)).toMatchObject({ ok: false });
    expect(resolveIn(visit('giới thiệu dự án trưng bày ở'), 0)).toMatchObject({ ok: false });
    expect(resolveIn(visit('nói về mục tiêu dự kiến của'), 0)).toMatchObject({ ok: false });
  });

  it('"kể từ SEA Games 2003" is a reference point, "Tầm nhìn ASEAN 2025" no occasion', () => {
    const evidence = articleYearEvidence([
      'Đây là tấm huy chương vàng đầu tiên kể từ SEA Games 2003.',
      'Hai bên ủng hộ Tầm nhìn ASEAN 2025.',
    ]);
    expect(evidence.facts.map((f) => `${f.kind} ${f.text}`)).toEqual(['reference Games 2003']);
  });

  it('"năm 2020 hai nước sẽ kỷ niệm 25 năm" is a plan, not the present, and counts from 1995', () => {
    const sentences = [
      'Ngày 14/7, Bộ trưởng Phạm Bình Minh gặp Ngoại trưởng Mike Pompeo.',
      'Hai bên hài lòng về kết quả kể từ khi Tổng thống Donald Trump thăm Việt Nam năm 2017, trong bối cảnh năm 2020 hai nước sẽ kỷ niệm 25 năm bình thường hóa quan hệ Việt Nam – Hoa Kỳ.',
    ];
    const evidence = articleYearEvidence(sentences);
    expect(evidence.facts.find((f) => f.text === 'năm 2020')?.kind).toBe('future');
    expect(evidence.anniversaries.map((a) => a.year)).toEqual([2020]);
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2019-07-14' });
  });
});

describe('resolveDate: a coming occasion far from the day', () => {
  it('"kịp phục vụ Hội nghị APEC 2017" far below bounds the present from above', () => {
    const sentences = [
      'Sáng 8/8, Bộ trưởng Ngô Xuân Lịch hội đàm với Bộ trưởng James Mattis.',
      'Hai bên trao đổi về hợp tác quốc phòng.',
      'Hai bên đánh giá cao kết quả hợp tác khắc phục hậu quả chiến tranh.',
      'Hai bên thống nhất tăng cường trao đổi đoàn.',
      'Dự án tẩy độc cần hoàn thành kịp phục vụ Hội nghị cấp cao APEC 2017.',
    ];
    expect(resolveIn(sentences, 0)).toMatchObject({ ok: true, start: '2017-08-08' });
  });
});

describe('resolveYearOnly: an act told with no date at all', () => {
  const sentences = [
    'Đại tướng Phan Văn Giang điện đàm với Bộ trưởng Quốc phòng Hoa Kỳ Pete Hegseth.',
    'Hai bên đánh giá cao kết quả chuyến thăm Hoa Kỳ của Bộ trưởng vào tháng 9/2024.',
  ];

  it('is the one year the office-holders and the past year the text gives allow', () => {
    expect(start(resolveYearOnly({ sentences, sentenceIndex: -1 }))).toBe('2025');
  });

  it('is not reasoned when a publication date dates the article', () => {
    expect(resolveYearOnly({ sentences, sentenceIndex: -1, publishedAt: '2025-03-01' }).ok).toBe(
      false,
    );
  });

  it('counts the years since the ties were set up, "kể từ khi" between count and fact', () => {
    const since = [
      'Giữa tuần qua, tại Washington, Bộ trưởng Hà Hùng Cường đã có cuộc gặp với Trợ lý Tổng Chưởng lý Hoa Kỳ.',
      'Hai bên vui mừng trước quan hệ Việt Nam - Hoa Kỳ sau 20 năm kể từ khi hai nước thiết lập quan hệ ngoại giao.',
    ];
    expect(start(resolveYearOnly({ sentences: since, sentenceIndex: -1 }))).toBe('2015');
  });

  it('is never taken from a year the text mentions alone', () => {
    const plain = ['Hai bên điện đàm.', 'Chuyến thăm diễn ra vào tháng 9/2024.'];
    expect(resolveYearOnly({ sentences: plain, sentenceIndex: -1 }).ok).toBe(false);
  });

  const SEATTLE =
    'Tại Seattle, Chủ tịch nước Lương Cường đã tiếp Phó thống đốc bang Washington Denny Heck.';
  const KRITENBRINK =
    'Chủ tịch Liên hiệp Hữu nghị Nguyễn Phương Nga tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink.';
  it.each([
    [
      'an anniversary told with its years',
      SEATTLE,
      'Chuyến đi diễn ra đúng dịp hai nước Việt Nam - Mỹ kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1995-2025).',
      '2025',
    ],
    [
      'each anniversary of one sentence, read on its own',
      SEATTLE,
      'Chuyến đi diễn ra vào đúng dịp Liên Hợp Quốc kỷ niệm 80 năm thành lập và hai nước Việt Nam - Mỹ kỷ niệm 30 năm thiết lập quan hệ ngoại giao.',
      '2025',
    ],
    [
      'a count joined by "và", read on its own (reunification is no plan)',
      SEATTLE,
      'Năm nay đánh dấu kỷ niệm 50 năm thống nhất đất nước và 30 năm thiết lập quan hệ ngoại giao Việt Nam - Mỹ.',
      '2025',
    ],
    [
      'an anniversary "vào năm sau", which is next year',
      KRITENBRINK,
      'Đại sứ quán sẽ tổ chức nhiều hoạt động nhân kỷ niệm 25 năm quan hệ ngoại giao hai nước vào năm sau.',
      '2019',
    ],
  ])('is dated by %s', (_case, act, anniversary, year) => {
    expect(start(resolveYearOnly({ sentences: [act, anniversary], sentenceIndex: -1 }))).toBe(year);
  });
});
