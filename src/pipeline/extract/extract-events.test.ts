import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../types';
import { readArticle } from '../read/read-article';
import { extractEvents } from './extract-events';
import { mergeCandidates } from '../merge';

function article(
  title: string,
  sentences: string[],
  extra: Partial<ParsedArticle> = {},
): ParsedArticle {
  return {
    id: 'test',
    file: 'test.txt',
    format: 'plain',
    title,
    lead: sentences[0],
    paragraphs: sentences.slice(1),
    captions: [],
    sentences,
    text: sentences.join('\n\n'),
    ...extra,
  };
}

const news = (events: ReturnType<typeof extractEvents>['events']) =>
  events.filter((e) => e.kind !== 'milestone');
const names = (e: { participants: { name: string }[] }) => e.participants.map((p) => p.name);

describe('extractEvents on snippets', () => {
  it('dates an undated opening act by the publication when the acts dated in the body are old', () => {
    const r = extractEvents(
      article(
        'Khu trục hạm Mỹ thăm Cam Ranh',
        [
          'Khu trục hạm USS Halsey của Hải quân Mỹ đã neo đậu tại Cam Ranh thăm hữu nghị tỉnh Khánh Hòa.',
          'Con tàu dài 155 m, mang theo hơn 300 thủy thủ.',
          'Tháng 4/2019, tàu khu trục USS Mustin của Mỹ cũng đã thăm Cam Ranh.',
        ],
        { publishedAt: '2024-05-20' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start])).toEqual([['visit', '2024-05-20']]);
  });

  it('ends a visit on the last day of a stay told in a later sentence ("Chuyến đi kéo dài từ …")', () => {
    const r = extractEvents(
      article('Tàu bệnh viện Mỹ đến Quy Nhơn', [
        'Sáng 14/7/2022, tàu bệnh viện USNS Mercy của Hải quân Mỹ cập cảng Quy Nhơn, mở đầu chuyến thăm tỉnh Bình Định.',
        'Chuyến đi kéo dài từ 14 đến 24/7, với các hoạt động khám chữa bệnh cho người dân.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.end])).toEqual([
      ['visit', '2022-07-14', '2022-07-24'],
    ]);
  });

  it('dates an act by the day "vào" puts after it, though the day before it stands nearer', () => {
    const r = extractEvents(
      article('Tân Đại sứ Mỹ bắt đầu nhiệm kỳ', [
        'Đại sứ Mỹ David Shear tới Hà Nội vào ngày 3/8/2011 và trình quốc thư vào ngày 19/8/2011 tại Phủ Chủ tịch.',
      ]),
    );
    expect(news(r.events).map((e) => `${e.kind} ${e.start} ${names(e).join(', ')}`)).toEqual([
      'ceremony 2011-08-19 David Shear',
    ]);
  });

  it("makes the meeting told after a visit's one dated day an event of that day, with its host", () => {
    const r = extractEvents(
      article('Ngoại trưởng Mỹ thăm Việt Nam', [
        'Ngày 10/7/2012, Ngoại trưởng Hillary Clinton đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.',
        'Thủ tướng Nguyễn Tấn Dũng đã tiếp Ngoại trưởng Clinton tại Trụ sở Chính phủ.',
        'Hai bên trao đổi về hợp tác kinh tế và giáo dục.',
      ]),
    );
    expect(news(r.events).map((e) => `${e.kind} ${e.start} ${names(e).join(', ')}`)).toEqual([
      'visit 2012-07-10 Hillary Clinton',
      'meeting 2012-07-10 Nguyễn Tấn Dũng, Hillary Clinton',
    ]);
  });

  it('keeps apart the same guest\'s meeting with another leader "also that day"', () => {
    const r = extractEvents(
      article('Ngoại trưởng Mỹ hội đàm tại Hà Nội', [
        'Sáng 15/4/2023, tại Nhà khách Chính phủ, Phó Thủ tướng Trần Lưu Quang hội đàm với Ngoại trưởng Antony Blinken.',
        'Hai bên trao đổi về hợp tác chuỗi cung ứng.',
        'Cũng trong sáng 15/4, tại Nhà Quốc hội, Chủ tịch Quốc hội Vương Đình Huệ đã tiếp Ngoại trưởng Antony Blinken.',
        'Chủ tịch Quốc hội đề nghị tăng cường giao lưu giữa hai cơ quan lập pháp.',
      ]),
    );
    expect(news(r.events).map((e) => `${e.kind} ${e.start} ${names(e).join(', ')}`)).toEqual([
      'talks 2023-04-15 Trần Lưu Quang, Antony Blinken',
      'meeting 2023-04-15 Vương Đình Huệ, Antony Blinken',
    ]);
  });

  it('takes the officer who speaks at an act that names no one as its participant, whatever the rank', () => {
    const r = extractEvents(
      article(
        'Hải quân Hoa Kỳ trao tặng thiết bị lặn cho Việt Nam',
        [
          'Ngày 12/9, tại Cam Ranh, Hải quân Hoa Kỳ đã bàn giao thiết bị lặn cứu hộ cho Hải quân Việt Nam.',
          'Chuẩn đô đốc Hải quân Hoa Kỳ Laura Grant cho biết thợ lặn hai nước sẽ tập luyện cùng nhau.',
          'Vịnh Cam Ranh từng được Đại tướng Võ Nguyên Giáp nhắc tới nhiều lần.',
        ],
        { publishedAt: '2019-09-13' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['ceremony', '2019-09-12', ['Laura Grant']],
    ]);
  });

  it.each(['tham dự', 'dự lễ', 'tham dự buổi lễ bàn giao', 'tham dự lễ bàn giao'])(
    'takes the officers who attend ("%s") an act that names no one, whatever the rank',
    (attends) => {
      const r = extractEvents(
        article(
          'Hoa Kỳ bàn giao xuồng tuần tra cho Việt Nam',
          [
            'Ngày 12/9, tại Đà Nẵng, Hoa Kỳ đã bàn giao sáu xuồng tuần tra cho Bộ đội Biên phòng.',
            `Đại tá Trần Văn Hòa ${attends} cùng các sĩ quan của đơn vị.`,
          ],
          { publishedAt: '2019-09-13' },
        ),
      );
      expect(news(r.events).map((e) => [e.kind, names(e).sort()])).toEqual([
        ['ceremony', ['Trần Văn Hòa']],
      ]);
    },
  );

  it("takes the day of the headline's act from the first dated sentence about its people", () => {
    const r = extractEvents(
      article(
        'Thống đốc bang Iowa Kim Reynolds thăm Việt Nam',
        [
          'Sáng 14-3, Thống đốc Kim Reynolds đã dành hai giờ trò chuyện với nông dân ở Cần Thơ về giống lúa và máy gặt.',
          'Sáng 16-3, bà Kim Reynolds đi dạo phố cổ.',
        ],
        { publishedAt: '2023-03-14' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['visit', '2023-03-14', ['Kim Reynolds']],
    ]);
  });

  it('takes no people or place from a sentence whose act was set aside as background', () => {
    const r = extractEvents(
      article(
        'Bộ trưởng Quốc phòng Việt Nam và Hoa Kỳ gặp nhau bên lề hội nghị',
        [
          'Bộ trưởng Quốc phòng Việt Nam và Hoa Kỳ đã gặp nhau ngày 10/5.',
          'Hai ông điểm lại kết quả cuộc gặp hồi tháng 9 tại Washington với Thượng nghị sĩ John McCain.',
        ],
        { publishedAt: '2017-05-11' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.location, names(e)])).toEqual([
      ['meeting', '2017-05-10', undefined, []],
    ]);
  });
  it('keeps a briefing apart from the signing weeks before it announces, with who speaks', () => {
    const r = extractEvents(
      article('Việt Nam và Hoa Kỳ ký bản ghi nhớ về giáo dục', [
        'Chiều 14/9/2023, phát biểu với báo chí, Thứ trưởng Bộ Giáo dục và Đào tạo Hoàng Minh Sơn cho biết hai bộ của Việt Nam và Hoa Kỳ đã ký bản ghi nhớ về hợp tác giáo dục đại học ngày 28/8/2023.',
      ]),
    );
    const [said, signed] = news(r.events);
    expect(said).toMatchObject({ kind: 'statement', start: '2023-09-14' });
    expect(names(said!)).toEqual(['Hoàng Minh Sơn']);
    expect(signed).toMatchObject({ kind: 'signing', start: '2023-08-28' });
    expect(names(signed!)).toEqual([]);
    // The speaker named between the two days, nearer the one told, still speaks on the first.
    const between = extractEvents(
      article('Việt Nam và Hoa Kỳ ký thỏa thuận tìm kiếm người mất tích', [
        'Sáng 2/10/2024, phát biểu trước báo giới, Vụ trưởng Vụ châu Mỹ Nguyễn Văn Hai khẳng định, ngày 20/9/2024, hai bên đã ký thỏa thuận mới.',
      ]),
    );
    const [spoke, agreed] = news(between.events);
    expect(spoke).toMatchObject({ kind: 'statement', start: '2024-10-02' });
    expect(names(spoke!)).toEqual(['Nguyễn Văn Hai']);
    expect(agreed).toMatchObject({ kind: 'signing', start: '2024-09-20' });
    expect(names(agreed!)).toEqual([]);
  });

  it("those named after the announcing word are the announced visit's people, not the announcement's", () => {
    const r = extractEvents(
      article('Ngoại trưởng Hoa Kỳ sắp thăm Việt Nam', [
        'Ngày 2/3/2024, Bộ Ngoại giao có thông cáo cho biết nhận lời mời của Bộ trưởng Ngoại giao Bùi Thanh Sơn, Ngoại trưởng Hoa Kỳ Antony Blinken sẽ thăm chính thức Việt Nam từ 14 đến 16/3.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e).sort()])).toEqual([
      ['statement', '2024-03-02', []],
      ['visit', '2024-03-14', ['Antony Blinken', 'Bùi Thanh Sơn']],
    ]);
    // No person issued it: the body that did titles it, not the visitor it announces.
    expect(news(r.events)[0]!.title).toBe('Bộ Ngoại giao có thông cáo');
  });

  it("a message one side puts out alone and its envoy's act with a Vietnamese leader that day are two events", () => {
    const r = extractEvents(
      article('Lời chào của Đại sứ Hoa Kỳ', [
        'Sáng 20/1/2022, Đại sứ Hoa Kỳ Marc Knapper đăng đoạn phim gửi lời chào tới nhân dân Việt Nam.',
        'Chiều 20/1, ông Knapper đã trình Quốc thư lên Chủ tịch nước Nguyễn Xuân Phúc.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['statement', '2022-01-20', ['Marc Knapper']],
      ['ceremony', '2022-01-20', ['Marc Knapper', 'Nguyễn Xuân Phúc']],
    ]);
    // A speech within a visit stays the visit's.
    const visit = extractEvents(
      article('Ngoại trưởng Hoa Kỳ thăm Việt Nam', [
        'Từ ngày 14-16/3/2024, Ngoại trưởng Hoa Kỳ Antony Blinken sang thăm chính thức Việt Nam, đáp lại lời mời của người đồng cấp Bùi Thanh Sơn.',
        'Ngày 15/3, Ngoại trưởng Antony Blinken phát biểu tại Đại học Quốc gia Hà Nội.',
      ]),
    );
    expect(news(visit.events).map((e) => [e.kind, e.start, e.end])).toEqual([
      ['visit', '2024-03-14', '2024-03-16'],
    ]);
  });

  it('who named the speaker to an office is not at the press conference', () => {
    const r = extractEvents(
      article('Đại sứ Mỹ chia tay Việt Nam', [
        'Đại sứ Mỹ David Shear phát biểu chia tay báo chí tại Hà Nội ngày 12/8/2013.',
        'Ông Shear sẽ về Washington, nơi Tổng thống Barack Obama đã đề cử ông làm trợ lý bộ trưởng quốc phòng.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['statement', '2013-08-12', ['David Shear']],
    ]);
  });

  it('a caption showing the act a report tells on a day without a year is not an undated act of its own', () => {
    const r = extractEvents(
      article(
        'Trao huân chương cho Đại sứ Hoa Kỳ',
        [
          'Ngày 14/5, tại Hà Nội, Chủ tịch Hội hữu nghị Việt - Mỹ đã trao huân chương cho Đại sứ Hoa Kỳ Ted Osius.',
        ],
        { captions: ['Chủ tịch Hội trao huân chương cho Đại sứ Hoa Kỳ Ted Osius.'] },
      ),
    );
    expect(r.undated?.map((u) => [u.kind, u.days?.length ?? 0])).toEqual([['ceremony', 3]]);
  });

  it('a leader the visit report does not name, met on the day it tells, is a meeting of that day', () => {
    const r = extractEvents(
      article('Bộ trưởng Thương mại Hoa Kỳ thăm Việt Nam', [
        'Ngày 10/6/2023, tiếp tục chuyến thăm chính thức Việt Nam từ 9-11/6 theo lời mời của Bộ trưởng Công Thương Nguyễn Hồng Diên, Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo đã đến Hà Nội.',
        'Hai bên trao đổi về chuỗi cung ứng bán dẫn.',
        'Sau đó, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Gina Raimondo tại trụ sở Chính phủ.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.end, names(e)])).toEqual([
      ['visit', '2023-06-09', '2023-06-11', ['Nguyễn Hồng Diên', 'Gina Raimondo']],
      ['meeting', '2023-06-10', undefined, ['Phạm Minh Chính', 'Gina Raimondo']],
    ]);
  });

  it("those at a meeting the statement welcomes or recalls are not the statement's people", () => {
    const r = extractEvents(
      article('Việt Nam và Hoa Kỳ ra tuyên bố chung về hợp tác kinh tế', [
        'Ngày 12/5/2025, Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Hoa Kỳ đã ra tuyên bố chung về hợp tác kinh tế.',
        'Hai bên hoan nghênh cuộc gặp giữa Thủ tướng Phạm Minh Chính và Tổng thống Donald Trump diễn ra hồi tháng trước.',
        'Tuyên bố cũng đánh giá cao kết quả chuyến thăm của Ngoại trưởng Marco Rubio.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['statement', '2025-05-12', []],
    ]);
  });

  it('who speaks "tại buổi ký kết" takes part in the signing already told, rank and all', () => {
    const r = extractEvents(
      article('Việt Nam và Hoa Kỳ ký thỏa thuận hợp tác y tế', [
        'Sáng 12/5/2021, tại TP Hồ Chí Minh, Bộ Y tế Việt Nam và Cơ quan Phát triển Quốc tế Hoa Kỳ ký thỏa thuận hợp tác về y tế.',
        'Tại buổi ký kết, Trung tướng Lê Văn Minh cho biết thỏa thuận mở ra giai đoạn hợp tác mới.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['signing', '2021-05-12', ['Lê Văn Minh']],
    ]);
  });

  it("a span told later in the sentence from the act's day is how long the act lasted", () => {
    const r = extractEvents(
      article('Tàu bệnh viện USNS Mercy cập Cảng Nha Trang', [
        'Ngày 17/5, tàu bệnh viện USNS Mercy thuộc Hải quân Hoa Kỳ đã cập Cảng Nha Trang, bắt đầu thực hiện Chương trình Đối tác Thái Bình Dương tại tỉnh Khánh Hòa, Việt Nam, kéo dài từ ngày 17/5 đến ngày 2/6/2018.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.end])).toEqual([
      ['visit', '2018-05-17', '2018-06-02'],
    ]);
  });

  it("a stay told in a later sentence from the visit's day is how long the visit lasted", () => {
    const r = extractEvents(
      article('Bộ trưởng Quốc phòng Hoa Kỳ thăm Việt Nam', [
        'Ngày 9/10/2022, Bộ trưởng Quốc phòng Hoa Kỳ và đoàn đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.',
        'Đoàn được đón tại sân bay Nội Bài.',
        'Trong thời gian lưu lại Việt Nam từ 9/10 đến 11/10, đoàn làm việc với Bộ Quốc phòng.',
        // a span that starts on another day is something else
        'Triển lãm ảnh mở cửa từ 10/10 đến 20/10.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.end])).toEqual([
      ['visit', '2022-10-09', '2022-10-11'],
    ]);
  });

  it("a year in the speaker's quotation does not take the act told after it", () => {
    const r = extractEvents(
      article('Chương trình Hòa bình tới Việt Nam', [
        '"Tôi đã làm việc về chương trình này gần 20 năm, cả khi tôi ở Việt Nam công tác từ năm 2004-2007", Đại sứ Mỹ tại Việt Nam Marc Knapper phát biểu chào mừng 10 tình nguyện viên đầu tiên đến Việt Nam, trong sự kiện hôm 2/11.',
        'Các tình nguyện viên sẽ làm việc tại các trường ở Hà Nội từ đầu tháng 1/2023.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['ceremony', '2022-11-02', ['Marc Knapper']],
    ]);
  });

  it('a day without a year inside a stay the article dated is a day of that stay', () => {
    const sentences = [
      'Trong ngày 13-14/7, đoàn lãnh đạo các địa phương của Việt Nam đã thăm làm việc tại thành phố San Francisco, trong khuôn khổ Chương trình quảng bá địa phương Việt Nam (VPR USA-2017).',
      'Đoàn đã có buổi hội kiến Thị trưởng San Francisco, ông Edwin Lee tại Tòa Thị chính.',
      'Ngày 14/7 vừa qua, đoàn đã tới thăm trung tâm hành chính bang California và hội kiến với Trợ lý Thống đốc bang Ken Alex.',
    ];
    const r = extractEvents(article('Quảng bá địa phương Việt Nam tại San Francisco', sentences));
    expect(r.warnings.filter((w) => w.includes('left out'))).toEqual([]);
    expect(news(r.events).map((e) => [e.kind, e.start, e.end, names(e)])).toEqual([
      ['visit', '2017-07-13', '2017-07-14', ['Edwin Lee', 'Ken Alex']],
    ]);
  });

  it("a day without a year inside a stay over the new year takes the stay's later year", () => {
    const sentences = [
      'Từ ngày 28/12/2016 đến ngày 3/1/2017, đoàn đại biểu tỉnh Đồng Nai do Phó Chủ tịch UBND tỉnh Lê Minh Khoa dẫn đầu đã thăm làm việc tại thành phố San Francisco, Hoa Kỳ.',
      'Ngày 2/1 vừa qua, đoàn đã hội kiến với Trợ lý Thống đốc bang Ken Alex.',
    ];
    const r = extractEvents(article('Đoàn đại biểu tỉnh thăm San Francisco', sentences));
    expect(r.warnings.filter((w) => w.includes('left out'))).toEqual([]);
    expect(news(r.events).map((e) => [e.kind, e.start, e.end, names(e)])).toEqual([
      ['visit', '2016-12-28', '2017-01-03', ['Lê Minh Khoa', 'Ken Alex']],
    ]);
  });

  it("the president's morning visit and his family's afternoon programme are two events", () => {
    const r = extractEvents(
      article(
        'Hoạt động của đoàn Tổng thống Hoa Kỳ',
        [
          'Sáng 18/11/2000, Tổng thống Hoa Kỳ W.J.Clinton, Phu nhân và con gái đã đến thăm hiện trường khai quật MIA tại xã Tiền Châu, tỉnh Vĩnh Phúc.',
          'Chiều 18/11, Phu nhân và con gái Tổng thống Hoa Kỳ, bà Hillary Clinton và cô Chelsea Clinton, đã đến thăm Bảo tàng Lịch sử Việt Nam.',
        ],
        { publishedAt: '2000-11-18' },
      ),
    );
    // Hillary Clinton held no office in 2000: her name does not move the page's date to her term.
    // The morning's province is not where the afternoon was.
    expect(news(r.events).map((e) => [e.start, e.location, names(e)])).toEqual([
      ['2000-11-18', 'Vĩnh Phúc', ['Bill Clinton']],
      ['2000-11-18', undefined, ['Hillary Clinton', 'Chelsea Clinton']],
    ]);
  });

  it('a date told of what was said at a meeting is no event, and those spoken of are not there', () => {
    const r = extractEvents(
      article('Chủ tịch Quốc hội hội kiến Tổng thống Hoa Kỳ', [
        'Chiều 11/9/2023, tại Nhà Quốc hội, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Tổng thống Hoa Kỳ Joe Biden.',
        'Tại buổi tiếp, Chủ tịch Quốc hội Vương Đình Huệ chúc mừng cuộc hội đàm rất thành công giữa Tổng thống Joe Biden và Tổng Bí thư Nguyễn Phú Trọng vào chiều 10/9.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.end, names(e)])).toEqual([
      ['meeting', '2023-09-11', undefined, ['Vương Đình Huệ', 'Joe Biden']],
    ]);
  });

  it('takes the speaker of a statement whose dated sentence names nobody from the sentence above', () => {
    const r = extractEvents(
      article('Ngày Quốc khánh Việt Nam', [
        'Lời chúc của Ngoại trưởng Hoa Kỳ Michael R. Pompeo nhân dịp Quốc khánh Việt Nam năm 2018.',
        'Thông cáo công bố ngày 30 tháng 8 năm 2018.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.title, names(e)])).toEqual([
      [
        'statement',
        '2018-08-30',
        'Thông cáo của Ngoại trưởng Mỹ Michael R. Pompeo',
        ['Michael R. Pompeo'],
      ],
    ]);
  });

  it("puts a day's news where the sentences before it say, when its own sentence names no place", () => {
    const r = extractEvents(
      article(
        'Việt Nam nhận thêm 1,5 triệu liều vaccine từ Mỹ',
        [
          'Lô 1,5 triệu liều vaccine do Mỹ hỗ trợ cho Việt Nam vừa về tới sân bay Nội Bài.',
          'Đây là lô vaccine mới tiếp nối các đợt trao tặng trước đó Mỹ dành cho Việt Nam.',
        ],
        { publishedAt: '2021-10-03', lead: undefined },
      ),
    );
    expect(news(r.events).map((e) => [e.start, e.location])).toEqual([['2021-10-03', 'Hà Nội']]);
  });

  it('reads a named programme as a ceremony and a relationship step as a milestone, not a meeting', () => {
    const r = extractEvents(
      article(
        'Giao lưu hữu nghị Việt Nam - Mỹ',
        [
          'Ngày 23-11, Liên hiệp các tổ chức hữu nghị Việt Nam cùng Phái đoàn Ngoại giao Mỹ phối hợp tổ chức chương trình "Giao lưu hữu nghị Việt Nam - Mỹ" tại Hà Nội.',
          'Sự kiện Tổng thống Hoa Kỳ Bill Clinton và Thủ tướng Việt Nam Võ Văn Kiệt tuyên bố bình thường hóa, thiết lập quan hệ ngoại giao vào ngày 12/7/1995, quan hệ hai nước trở thành "Đối tác Toàn diện" vào tháng 7/2013 và "Đối tác Chiến lược Toàn diện" vào ngày 10/9/2023.',
        ],
        { publishedAt: '2025-11-23' },
      ),
    );
    expect(r.events.map((e) => [e.kind, e.start, e.title])).toEqual([
      ['ceremony', '2025-11-23', 'Chương trình "Giao lưu hữu nghị Việt Nam - Mỹ"'],
      ['milestone', '1995', 'Việt Nam – Hoa Kỳ bình thường hóa quan hệ'],
      ['milestone', '2013', 'Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện'],
      [
        'milestone',
        '2023-09',
        'Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
      ],
    ]);
    // Without the programme, the step still makes no meeting of Clinton and Kiệt.
    const alone = extractEvents(
      article('Quan hệ Việt - Mỹ', [
        'Tổng thống Hoa Kỳ Bill Clinton và Thủ tướng Việt Nam Võ Văn Kiệt tuyên bố bình thường hóa, thiết lập quan hệ ngoại giao vào ngày 12/7/1995.',
      ]),
    );
    expect(news(alone.events)).toEqual([]);
  });

  it('reads "tiếp A và B" with guests of two states as two receptions', () => {
    const r = extractEvents(
      article('Thủ tướng tiếp khách quốc tế', [
        'Chiều 13/12/2011 ở Hà Nội, Thủ tướng Nguyễn Tấn Dũng tiếp Thứ trưởng Ngoại giao Mỹ William Burns và Thư ký Hội đồng An ninh quốc gia Mông Cổ Tsagaandari Enkhutuvshin.',
      ]),
    );
    expect(news(r.events).map((e) => [e.start, names(e), e.countries])).toEqual([
      ['2011-12-13', ['Nguyễn Tấn Dũng', 'William Burns'], ['VN', 'US']],
      ['2011-12-13', ['Nguyễn Tấn Dũng', 'Tsagaandari Enkhutuvshin'], ['VN', 'MN']],
    ]);
  });

  it("reads a meeting with a state's minister and an organisation's official as two meetings", () => {
    const r = extractEvents(
      article('Bộ trưởng gặp các đối tác bên lề hội nghị', [
        'Tối 9/8/2019, bên lề hội nghị tại Bangkok, Bộ trưởng Ngoại giao Phạm Bình Minh đã có cuộc gặp với Ngoại trưởng Mỹ Mike Pompeo và Đại diện cấp cao về chính sách đối ngoại của Liên minh châu Âu (EU) Federica Mogherini.',
      ]),
    );
    expect(news(r.events).map((e) => [e.start, names(e)])).toEqual([
      ['2019-08-09', ['Phạm Bình Minh', 'Mike Pompeo']],
      ['2019-08-09', ['Phạm Bình Minh', 'Federica Mogherini']],
    ]);
  });

  it('reads "tiếp A, tiếp B" as two receptions, even of guests of one state', () => {
    const r = extractEvents(
      article('Thủ tướng tiếp khách tại Washington', [
        'Chiều 20/9/2018, tại Washington, Thủ tướng Nguyễn Văn An tiếp ông John Doe, Chủ tịch Quỹ X, tiếp Bộ trưởng Thương mại Hoa Kỳ Richard Roe.',
      ]),
    );
    expect(news(r.events).map((e) => names(e))).toEqual([
      ['Nguyễn Văn An', 'John Doe'],
      ['Nguyễn Văn An', 'Richard Roe'],
    ]);
  });

  it('adds the one who speaks for the side a dated headline leaves unnamed ("Về phía mình, ông …")', () => {
    const sentences = [
      'Trao đổi trong cuộc làm việc, Thượng tướng Nguyễn Văn An đánh giá cao đóng góp của đoàn cựu binh cho quan hệ Việt – Mỹ.',
      'Đồng chí mong rằng sau chuyến thăm này, ông Pater K. Lindsay trở về Mỹ sẽ tiếp tục hợp tác.',
      'Về phía mình, ông Peter K. Lindsay bày tỏ vui mừng trước sự đón tiếp chu đáo.',
      'Nhân dịp này ông Peter K. Lindsay mời đoàn sang thăm Mỹ.',
    ];
    const headline = 'Thượng tướng Nguyễn Văn An đón đoàn cựu binh Mỹ';
    const [event] = news(
      extractEvents(article(headline, sentences, { publishedAt: '2012-05-26' })).events,
    );
    expect(event).toMatchObject({ start: '2012-05-26', title: headline });
    // the spelling the article uses most, not its first slip
    expect(names(event!)).toEqual(['Nguyễn Văn An', 'Peter K. Lindsay']);
    // Without the cue, a person named in passing is not taken for the other side.
    const passing = sentences.map((s) => s.replace('Về phía mình, ông', 'Theo ông'));
    const [plain] = news(
      extractEvents(article(headline, passing, { publishedAt: '2012-05-26' })).events,
    );
    expect(names(plain!)).toEqual(['Nguyễn Văn An']);
  });

  it("adds the people an undated photo caption shows at the article's one event", () => {
    const base = article('Thứ trưởng Y tế Hoa Kỳ thăm Việt Nam', [
      'Từ ngày 2-4/11/2022, Thứ trưởng Bộ Y tế Hoa Kỳ Jane Roe thăm Việt Nam.',
    ]);
    const caption =
      'Bà Jane Roe, Thứ trưởng Bộ Y tế Hoa Kỳ gặp gỡ Thứ trưởng Bộ Y tế Việt Nam Nguyễn Văn Bình (Ảnh: Bộ Y tế).';
    const shown = extractEvents({ ...base, captions: [caption] });
    expect(names(news(shown.events)[0]!)).toEqual(['Jane Roe', 'Nguyễn Văn Bình']);
    // An archive photo shows another day
    const archive = extractEvents({
      ...base,
      captions: [caption.replace('(Ảnh: Bộ Y tế)', '(Ảnh tư liệu)')],
    });
    expect(names(news(archive.events)[0]!)).toEqual(['Jane Roe']);
  });

  it('takes the guests of a delegation the headline places, named with their stay', () => {
    const r = extractEvents(
      article('Tiếp đoàn "Cựu chiến binh vì hòa bình" – Mỹ', [
        'Chiều 18/4, tại Hà Nội, Chủ tịch Hội Việt – Mỹ Nguyễn Tâm Chiến đã tiếp đoàn "Cựu chiến binh vì hòa bình" do ông Chuck Searcy dẫn đầu đang ở thăm và làm việc tại Việt Nam từ ngày 18/4 - 2/5/2013.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e), e.countries])).toEqual([
      ['meeting', '2013-04-18', ['Nguyễn Tâm Chiến', 'Chuck Searcy'], ['VN', 'US']],
    ]);
  });

  it("reads the guests' ongoing stay as the frame of the reception, not as the event", () => {
    const r = extractEvents(
      article('Tiếp đoàn cựu chiến binh Mỹ', [
        'Chiều 18/4, tại Hà Nội, Chủ tịch nước Trương Tấn Sang đã tiếp đoàn cựu chiến binh Mỹ do ông Chuck Searcy dẫn đầu đang ở thăm và làm việc tại Việt Nam từ ngày 18/4 - 2/5/2013.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.end])).toEqual([
      ['meeting', '2013-04-18', undefined],
    ]);
  });

  it("puts a local leader's reception in their city when the text names only the country", () => {
    const r = extractEvents(
      article('Phó Chủ tịch UBND TPHCM tiếp đoàn cựu chiến binh Hoa Kỳ', [
        'Tối 29-9-2008, Phó Chủ tịch Thường trực UBND TPHCM Nguyễn Thành Tài đã có cuộc tiếp đoàn Cựu chiến binh Hoa Kỳ do ông Jack G. Devine dẫn đầu nhân chuyến thăm của đoàn tại Việt Nam.',
      ]),
    );
    expect(news(r.events).map((e) => [e.start, e.location])).toEqual([
      ['2008-09-29', 'Thành phố Hồ Chí Minh'],
    ]);
  });

  it('dates a national-day message by the day its anniversary falls in, and reads no plan from a question', () => {
    const r = extractEvents(
      article('Tổng thống Mỹ sẽ thăm Việt Nam vào tháng 11 tới?', [
        'Tổng thống Mỹ Donald Trump sẽ thăm Việt Nam vào tháng 11 tới?',
        'Trong dịp kỷ niệm 72 năm Quốc khánh Cộng hòa Xã hội chủ nghĩa Việt Nam, Tổng thống Mỹ Donald Trump đã gửi điện mừng tới Chủ tịch nước Cộng hòa Xã hội chủ nghĩa Việt Nam Trần Đại Quang.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['letter', '2017-09', ['Donald Trump', 'Trần Đại Quang']],
    ]);
  });

  it('reads a greeting quoted in full as the message, sent by the official the article names with the office', () => {
    const r = extractEvents(
      article(
        'Thương mại hai chiều còn nhiều dư địa',
        [
          '"Nhân dịp Quốc khánh 2 tháng 9, tôi xin gửi tới nhân dân Việt Nam những lời chúc mừng tốt đẹp nhất" - Bộ trưởng Thương mại Mỹ viết.',
          'Bộ trưởng Thương mại Mỹ Gina Raimondo cho rằng thương mại hai chiều còn nhiều dư địa.',
        ],
        { publishedAt: '2022-08-31' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e), e.countries])).toEqual([
      ['letter', '2022-08-31', ['Gina Raimondo'], ['VN', 'US']],
    ]);
  });

  it('reads a month told after the day of an act whose year is unknown as background to it', () => {
    const r = extractEvents(
      article('Đối thoại an ninh Việt Nam – Hoa Kỳ', [
        'Ngày 14-5, Thứ trưởng Ngoại giao Nguyễn Văn Bình và Trợ lý Ngoại trưởng Mỹ John Roe đồng chủ trì Đối thoại an ninh tại Washington.',
        'Hai bên trao đổi về hợp tác an ninh hàng hải.',
        'Phía Mỹ khẳng định ủng hộ một Việt Nam mạnh, độc lập.',
        'Hai bên nhắc lại các cuộc gặp cấp cao nhân dịp Tổng thống Mỹ dự Hội nghị APEC tại Đà Nẵng vào tháng 11-2017.',
      ]),
    );
    expect(news(r.events)).toEqual([]);
    // Left out for want of a year, and said so: not an off-topic article.
    expect(r.warnings.some((w) => w.includes('off-topic'))).toBe(false);
  });

  it('reads an act of an agency named alone ("USAID") as its state\'s, with the head of its mission', () => {
    const r = extractEvents(
      article(
        'USAID và Bộ Y tế hợp tác phòng chống bệnh lao',
        [
          'Ngày 15/3, USAID và Bộ Y tế Việt Nam đã ký Bản ghi nhớ về phòng chống bệnh lao.',
          'Giám đốc USAID Việt Nam John Roe và Thứ trưởng Bộ Y tế Nguyễn Văn An ký bản ghi nhớ.',
        ],
        { publishedAt: '2021-03-20' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.countries])).toEqual([
      ['signing', '2021-03-15', ['VN', 'US']],
    ]);
  });

  it('takes those listed as present for each side ("Về phía Hoa Kỳ, có …") into the ceremony', () => {
    const r = extractEvents(
      article('Lễ kỷ niệm thành lập hội hữu nghị', [
        'Ngày 5/11/2022 tại Hà Nội, Hội hữu nghị Việt Nam – Hoa Kỳ tổ chức lễ kỷ niệm ngày thành lập.',
        'Tham dự buổi lễ, về phía Việt Nam có ông Trần Văn Bình, Chủ tịch Hội.',
        'Về phía Hoa Kỳ, có bà Jane Roe, Tham tán Văn hóa Đại sứ quán Hoa Kỳ.',
      ]),
    );
    expect(news(r.events).map(names)).toEqual([['Trần Văn Bình', 'Jane Roe']]);
  });

  it("keeps the act told before a reporter's question", () => {
    const r = extractEvents(
      article('Người phát ngôn trả lời câu hỏi', [
        'Ngày 24-5-2001, Người phát ngôn Bộ Ngoại giao Phan Thúy Thanh đã trả lời câu hỏi của phóng viên: Đề nghị bình luận về việc Đại sứ Hoa Kỳ Peterson từ chức?',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start])).toEqual([['statement', '2001-05-24']]);
  });

  it('takes the heads of the delegations of an announced dialogue as its participants', () => {
    const r = extractEvents(
      article('Đối thoại Nhân quyền Hoa Kỳ – Việt Nam', [
        'Vòng Đối thoại Nhân quyền Hoa Kỳ-Việt Nam lần thứ 18 sẽ được tổ chức từ 12-13/5/2014 tại thủ đô Washington.',
        'Trợ lý Ngoại trưởng Hoa Kỳ Tom Malinowski và Vụ trưởng Hoàng Chí Trung sẽ dẫn đầu hai đoàn đại biểu hai nước tham gia Đối thoại.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.end, names(e)])).toEqual([
      ['dialogue', '2014-05-12', '2014-05-13', ['Tom Malinowski', 'Hoàng Chí Trung']],
    ]);
  });

  it("makes a leader's meeting on one day of a visit its own event; the visit's hosts stay in it", () => {
    const r = extractEvents(
      article('Ngoại trưởng Hoa Kỳ thăm chính thức Việt Nam', [
        'Nhận lời mời của Bộ trưởng Ngoại giao Phạm Bình Minh, từ ngày 29-30/10/2020, Ngoại trưởng Hoa Kỳ Michael Pompeo thăm chính thức Việt Nam.',
        'Sáng 30/10, Thủ tướng Nguyễn Xuân Phúc đã tiếp Ngoại trưởng Hoa Kỳ Michael Pompeo.',
        'Chiều 30/10, Bộ trưởng Phạm Bình Minh đã hội đàm với Ngoại trưởng Pompeo.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['visit', '2020-10-29', ['Phạm Bình Minh', 'Michael Pompeo']],
      ['meeting', '2020-10-30', ['Nguyễn Xuân Phúc', 'Michael Pompeo']],
    ]);
  });

  it("makes a deputy leader's meeting on one day of a visit its own event too", () => {
    const r = extractEvents(
      article('Bộ trưởng Hoa Kỳ thăm Hà Nội', [
        'Bộ trưởng Năng lượng Hoa Kỳ John Roe thăm Hà Nội từ ngày 8-9/6/2016.',
        'Bộ trưởng Roe đã gặp Phó Thủ tướng Nguyễn Văn Bình và Bộ trưởng Bộ Công Thương (Bộ CT) Trần Văn Minh vào ngày 8/6.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['visit', '2016-06-08', ['John Roe']],
      ['meeting', '2016-06-08', ['John Roe', 'Nguyễn Văn Bình', 'Trần Văn Minh']],
    ]);
  });

  it('makes a ceremony or a signing on one day of a visit an event of its own, where the visit was', () => {
    const r = extractEvents(
      article('Bộ trưởng Hoa Kỳ thăm Hà Nội', [
        'Bộ trưởng Năng lượng Hoa Kỳ John Roe thăm Hà Nội từ ngày 8-10/6/2016.',
        'Chiều 9/6, Bộ trưởng Roe dự lễ khánh thành Trung tâm năng lượng sạch tại Đà Nẵng.',
        'Sáng 10/6, Bộ trưởng Roe và Bộ trưởng Trần Văn Minh đã ký Bản ghi nhớ về điện gió.',
      ]),
    );
    // The signing names no city of its own: it took place where the visit did.
    expect(news(r.events).map((e) => [e.kind, e.start, names(e), e.location])).toEqual([
      ['visit', '2016-06-08', ['John Roe'], 'Hà Nội'],
      ['ceremony', '2016-06-09', ['John Roe'], 'Đà Nẵng'],
      ['signing', '2016-06-10', ['John Roe', 'Trần Văn Minh'], 'Hà Nội'],
    ]);
  });

  it('keeps two legs of a navy visit in two cities apart, each titled by its ship', () => {
    const r = extractEvents(
      article('Hai tàu chiến của Mỹ vào Vịnh Cam Ranh', [
        'Ngày 2/10/2016, tàu ngầm tiếp nhiên liệu USS Frank Cable và tàu khu trục USS John S. McCain của Mỹ đã ghé thăm vùng Vịnh Cam Ranh - Việt Nam và rời đi vào ngày 4/10.',
        'Tàu khu trục USS John S. McCain trước đó có chuyến thăm Đà Nẵng từ 28/9 đến 1/10.',
      ]),
    );
    expect(news(r.events).map((e) => [e.start, e.end, e.location])).toEqual([
      ['2016-10-02', '2016-10-04', 'Cam Ranh'],
      ['2016-09-28', '2016-10-01', 'Đà Nẵng'],
    ]);
    expect(news(r.events)[1]?.title).toBe('Tàu khu trục USS John S. McCain thăm Đà Nẵng');
  });

  it("takes an envoy named by office alone for the envoy of the article's partner", () => {
    const r = extractEvents(
      article('Tổng Lãnh sự Mỹ thăm An Giang', [
        'Theo thông cáo của Tổng Lãnh sự quán Mỹ tại TP.HCM, hai nước chuẩn bị kỷ niệm 25 năm bình thường hoá quan hệ ngoại giao trong năm 2020.',
        'Ngày 18-11, Tổng Lãnh sự đã có cuộc gặp với Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['meeting', '2019-11-18', ['Nguyễn Thanh Bình']],
    ]);
  });

  it('makes the same guest received the same day by another host another meeting', () => {
    const r = extractEvents(
      article('Tăng cường kết nối với bang Oregon', [
        'Ngày 14/11/2022, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh tiếp bà Katherine Brown, Thống đốc bang Oregon, Hoa Kỳ.',
        'Cùng ngày, phát biểu tại buổi tiếp bà Katherine Brown, Bộ trưởng Ngoại giao Bùi Thanh Sơn đề nghị phía Hoa Kỳ tạo điều kiện cho cộng đồng người Việt.',
      ]),
    );
    expect(news(r.events).map((e) => [e.start, names(e)])).toEqual([
      ['2022-11-14', ['Phạm Bình Minh', 'Katherine Brown']],
      ['2022-11-14', ['Bùi Thanh Sơn', 'Katherine Brown']],
    ]);
  });

  it('takes no place from what years of work achieved ("Thời gian qua, … tại sân bay Đà Nẵng")', () => {
    const r = extractEvents(
      article('Việt Nam và Hoa Kỳ ký bản ghi nhớ về khắc phục hậu quả chiến tranh', [
        'Sáng 31/10/2025, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến và Đại sứ Hoa Kỳ Marc Knapper ký Bản ghi nhớ về khắc phục hậu quả chiến tranh.',
        'Thời gian qua, Việt Nam và Mỹ đã phối hợp chặt chẽ trong khắc phục hậu quả chiến tranh: xử lý dioxin tại các sân bay Đà Nẵng, Biên Hoà; trao trả hài cốt quân nhân Mỹ mất tích.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.location])).toEqual([['signing', undefined]]);
  });

  it("puts a local leader's reception in the seat another sentence names with the title", () => {
    const r = extractEvents(
      article('Bí thư Thành ủy Vương Đình Huệ tiếp Đại sứ Hoa Kỳ', [
        'Chiều 6/7/2020, Bí thư Thành ủy Vương Đình Huệ tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink.',
        'Bí thư Thành ủy Hà Nội Vương Đình Huệ cho rằng quan hệ hai nước phát triển tốt đẹp.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.location])).toEqual([['meeting', 'Hà Nội']]);
  });

  it('puts a meeting with "lãnh đạo tỉnh" in the one province the article names', () => {
    const sentences = [
      'Chiều 26/11/2021, đoàn công tác Đại sứ quán Hoa Kỳ tại Việt Nam có cuộc làm việc với lãnh đạo tỉnh.',
      'Phó Chủ tịch UBND tỉnh Lê Ngọc Hoa chủ trì buổi tiếp.',
      'Trên địa bàn tỉnh Nghệ An hiện có 2 dự án FDI của Hoa Kỳ.',
    ];
    const place = (extra: string[]) =>
      news(
        extractEvents(article('Đoàn Đại sứ quán Hoa Kỳ làm việc', [...sentences, ...extra])).events,
      ).map((e) => e.location);
    expect(place([])).toEqual(['Nghệ An']);
    // Two provinces named: the text does not say which one hosts.
    expect(place(['Hàng của tỉnh Hà Tĩnh cũng xuất sang Hoa Kỳ.'])).toEqual([undefined]);
  });

  it('keeps the place and people of a later act ("trước khi …") out of the event', () => {
    const r = extractEvents(
      article('Đại sứ Mỹ trình Quốc thư', [
        'Ngày 6/11/2017, tại Hà Nội, Đại sứ Daniel Kritenbrink trình Quốc thư lên Chủ tịch nước Trần Đại Quang, trước khi tháp tùng Tổng thống Donald Trump sang Đà Nẵng dự Hội nghị APEC.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.location, names(e)])).toEqual([
      ['ceremony', 'Hà Nội', ['Daniel Kritenbrink', 'Trần Đại Quang']],
    ]);
  });

  it('leaves out the date of what an act is measured against ("trước khi … vào ngày 3/11")', () => {
    const r = extractEvents(
      article('Ngoại trưởng Mỹ thăm Việt Nam', [
        'Ngày 30/10/2020, Ngoại trưởng Mỹ Mike Pompeo hội đàm với Bộ trưởng Phạm Bình Minh tại Hà Nội.',
        'Chuyến công du châu Á của ông Pompeo diễn ra vài ngày trước khi nước Mỹ tiến hành bầu cử Tổng thống vào ngày 3/11.',
      ]),
    );
    expect(news(r.events).map((e) => e.start)).toEqual(['2020-10-30']);
  });

  it('takes the date of an act the body tells undated from its photo caption', () => {
    const body = [
      'Tại Phòng Bầu dục, Tổng thống Donald Trump chào đón Thủ tướng Nguyễn Xuân Phúc.',
      'Trong cuộc gặp, Tổng thống Donald Trump hoan nghênh việc ký kết các thỏa thuận kinh doanh.',
    ];
    const caption =
      'Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Donald Trump tại Nhà Trắng ngày 31/5/2017. Ảnh: Reuters';
    const dated = extractEvents(article('Thủ tướng thăm Mỹ', body, { captions: [caption] }));
    expect(news(dated.events).map((e) => [e.kind, e.start, e.location])).toEqual([
      ['talks', '2017-05-31', 'Washington'],
    ]);
    // An archive photo dates nothing.
    const archive = extractEvents(
      article('Thủ tướng thăm Mỹ', body, { captions: [caption.replace('Reuters', 'Tư liệu')] }),
    );
    expect(news(archive.events)).toEqual([]);
  });

  it('reads a sentence the reader split after "Washington D.C." as one', () => {
    const r = extractEvents(
      article('Tổng Bí thư chứng kiến lễ ký', [
        'Theo đó, ngày 18/2/2026, tại Washington D.C.',
        '(Hoa Kỳ), Tổng Bí thư Tô Lâm đã chứng kiến lễ ký các hợp đồng với doanh nghiệp Hoa Kỳ.',
      ]),
    );
    expect(news(r.events).map((e) => [e.start, e.kind, e.location])).toEqual([
      ['2026-02-18', 'signing', 'Washington'],
    ]);
  });

  it('reads "các cuộc gặp với A và B" as a meeting with each', () => {
    const r = extractEvents(
      article('Bộ trưởng Ngoại giao gặp Ngoại trưởng và Cố vấn An ninh quốc gia Hoa Kỳ', [
        'Sáng 13/5/2022, tại Washington, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có các cuộc gặp với Ngoại trưởng Hoa Kỳ Antony Blinken và Cố vấn An ninh quốc gia Hoa Kỳ Jake Sullivan.',
      ]),
    );
    expect(news(r.events).map(names)).toEqual([
      ['Bùi Thanh Sơn', 'Antony Blinken'],
      ['Bùi Thanh Sơn', 'Jake Sullivan'],
    ]);
    expect(new Set(news(r.events).map((e) => e.title)).size).toBe(2);
  });

  it('reads "đã diễn ra lễ …" as a ceremony whose foreign side the next sentence names', () => {
    const r = extractEvents(
      article(
        'Tẩy sạch dioxin tại sân bay Đà Nẵng',
        [
          'Sáng 18/10, tại Đà Nẵng đã diễn ra lễ khởi động giai đoạn 2 dự án xử lý đất nhiễm dioxin.',
          'Dự án do cơ quan Phát triển Quốc tế Hoa Kỳ và Bộ Quốc phòng Việt Nam phối hợp thực hiện.',
        ],
        { publishedAt: '2016-10-19' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, e.location])).toEqual([
      ['ceremony', '2016-10-18', 'Đà Nẵng'],
    ]);
    // Without the foreign side, a local ceremony is no event of foreign relations.
    const local = extractEvents(
      article('Khởi công cầu mới', ['Sáng 18/10, tại Đà Nẵng đã diễn ra lễ khởi công cầu mới.'], {
        publishedAt: '2016-10-19',
      }),
    );
    expect(news(local.events)).toEqual([]);
  });

  it('dates an opening told as done, in an article that dates nothing, by its publication month', () => {
    const opening = [
      'Tàu khu trục USS John McCain của Hải quân Hoa Kỳ đã cập cảng Cam Ranh trong chuyến thăm bốn ngày.',
      'Các thủy thủ sẽ giao lưu với người dân địa phương.',
    ];
    const r = extractEvents(
      article('Tàu khu trục Hoa Kỳ thăm Cam Ranh', opening, { publishedAt: '2019-05' }),
    );
    expect(news(r.events).map((e) => [e.kind, e.start])).toEqual([['visit', '2019-05']]);
    // a plan is not yet news, and without a publication date nothing dates it
    const planned = extractEvents(
      article(
        'Tàu khu trục Hoa Kỳ sẽ thăm Cam Ranh',
        ['Tàu khu trục USS John McCain của Hải quân Hoa Kỳ sẽ cập cảng Cam Ranh.'],
        { publishedAt: '2019-05' },
      ),
    );
    expect(news(planned.events)).toEqual([]);
    expect(
      news(extractEvents(article('Tàu khu trục Hoa Kỳ thăm Cam Ranh', opening)).events),
    ).toEqual([]);
  });

  it('dates a day without a year by a publication date that gives only the month', () => {
    const reception = [
      'Chiều 26/11, đoàn công tác Đại sứ quán Hoa Kỳ tại Việt Nam có cuộc làm việc với lãnh đạo tỉnh.',
      'Đồng chí Lê Ngọc Hoa - Phó Chủ tịch UBND tỉnh chủ trì buổi tiếp và làm việc.',
    ];
    const title = 'Đoàn công tác Đại sứ quán Hoa Kỳ làm việc với lãnh đạo tỉnh';
    const dated = extractEvents(article(title, reception, { publishedAt: '2021-11' }));
    expect(news(dated.events).map((e) => e.start)).toEqual(['2021-11-26']);
    expect(news(extractEvents(article(title, reception)).events)).toEqual([]);
  });

  it("dates a day's ceremony told without any date by the publication day, only when the opening names no day", () => {
    const opening = [
      'Thứ trưởng Bộ Quốc phòng Lê Văn Nam chủ trì các sự kiện trên.',
      'Tham gia sự kiện có Đại sứ Hoa Kỳ tại Việt Nam John Smith.',
      'Phát biểu tại buổi lễ, Thứ trưởng Lê Văn Nam cho biết dự án thể hiện quan hệ hợp tác hiệu quả giữa Việt Nam - Hoa Kỳ.',
    ];
    const r = extractEvents(article(opening[0]!, opening, { publishedAt: '2025-09-15' }));
    expect(news(r.events).map((e) => [e.kind, e.start])).toEqual([['ceremony', '2025-09-15']]);
    // a day in the opening is the act's, not the publication's
    const dated = [
      opening[0]!,
      'Chiều tối 21/5, tại Huế, đã diễn ra cuộc gặp.',
      ...opening.slice(1),
    ];
    const d = extractEvents(article(opening[0]!, dated, { publishedAt: '2025-09-15' }));
    expect(news(d.events).map((e) => e.start)).not.toContain('2025-09-15');
  });

  it('reads an act told without an event word as the ceremony the next sentence names', () => {
    const r = extractEvents(
      article('Hoa Kỳ tài trợ thêm cho dự án ở Đà Nẵng', [
        'Hôm 9/4/2021, Đại sứ Hoa Kỳ tại Việt Nam John Smith và Thứ trưởng Bộ Quốc phòng Lê Văn Nam cùng nhau công bố một khoản tài trợ mới tại Đà Nẵng.',
        'Phát biểu tại buổi lễ, Đại sứ John Smith nhấn mạnh cam kết của Hoa Kỳ.',
      ]),
    );
    expect(news(r.events).map((e) => e.kind)).toEqual(['ceremony']);
  });

  it('makes each message of the same occasion, sender to recipient, a letter of its own', () => {
    const r = extractEvents(
      article('Lãnh đạo Việt Nam chúc mừng Quốc khánh Pháp', [
        'Nhân dịp Quốc khánh Cộng hòa Pháp, ngày 14/7/2019, Chủ tịch nước Lê Văn An đã gửi điện mừng tới Tổng thống Pháp Emmanuel Macron.',
        'Nhân dịp này, Chủ tịch Quốc hội Trần Thị Bình đã gửi điện mừng tới Chủ tịch Hạ viện Pháp Richard Ferrand.',
        'Cùng ngày, Bộ trưởng Ngoại giao Phạm Văn Cường cũng gửi điện mừng tới Ngoại trưởng Pháp Jean Le Drian.',
      ]),
    );
    const letters = news(r.events);
    expect(letters.map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['letter', '2019-07-14', ['Lê Văn An', 'Emmanuel Macron']],
      ['letter', '2019-07-14', ['Trần Thị Bình', 'Richard Ferrand']],
      ['letter', '2019-07-14', ['Phạm Văn Cường', 'Jean Le Drian']],
    ]);
    // Each has a title of its own, so none is merged into another.
    expect(new Set(letters.map((e) => e.title)).size).toBe(3);
    // A second message from the same sender is part of the first.
    const again = extractEvents(
      article('Chủ tịch nước chúc mừng Quốc khánh Pháp', [
        'Nhân dịp Quốc khánh Cộng hòa Pháp, ngày 14/7/2019, Chủ tịch nước Lê Văn An đã gửi điện mừng tới Tổng thống Pháp Emmanuel Macron.',
        'Nhân dịp này, Chủ tịch nước Lê Văn An cũng gửi điện mừng tới Thủ tướng Pháp Jean Castex.',
      ]),
    );
    expect(news(again.events).map(names)).toEqual([
      ['Lê Văn An', 'Emmanuel Macron', 'Jean Castex'],
    ]);
  });

  it('reports a meeting with its date, place, participants and countries', () => {
    const r = extractEvents(
      article(
        'Phó Thủ tướng tiếp Đại sứ Hoa Kỳ',
        [
          'Chiều 31-1, tiếp Đại sứ Hoa Kỳ tại Việt Nam Marc E. Knapper, Phó Thủ tướng Chính phủ Lê Minh Khái đã trao đổi về hợp tác kinh tế.',
          'Phó Thủ tướng Lê Minh Khái đề nghị Hoa Kỳ sớm công nhận nền kinh tế thị trường của Việt Nam.',
        ],
        { publishedAt: '2024-02-01' },
      ),
    );
    expect(news(r.events)).toHaveLength(1);
    const e = r.events[0]!;
    expect(e).toMatchObject({
      kind: 'meeting',
      start: '2024-01-31',
      countries: ['VN', 'US'],
    });
    // The text names no city: "tiếp Đại sứ" puts the meeting in Vietnam, not necessarily in Hà Nội.
    expect(e.location).toBeUndefined();
    expect(e.participants).toEqual([
      { name: 'Marc E. Knapper', title: 'Đại sứ', country: 'US' },
      { name: 'Lê Minh Khái', title: 'Phó Thủ tướng', country: 'VN' },
    ]);
    expect(e.evidence).toContain('Chiều 31-1');
    expect(e.topics).toContain('economy');
  });

  it('keeps two meetings with different counterparts on the same day apart', () => {
    const r = extractEvents(
      article(
        'Thủ tướng gặp lãnh đạo các nước bên lề hội nghị',
        [
          'Chiều 9/9, tại New Delhi, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Nhật Bản Fumio Kishida.',
          'Cùng ngày 9/9, Thủ tướng Phạm Minh Chính gặp Tổng thống Brazil Lula da Silva.',
        ],
        { publishedAt: '2023-09-10' },
      ),
    );
    const events = news(r.events);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.countries)).toEqual([
      ['VN', 'JP'],
      ['VN', 'BR'],
    ]);
  });

  it('gives each further bilateral meeting of the day its own event', () => {
    const r = extractEvents(
      article(
        'Thủ tướng gặp lãnh đạo các nước',
        [
          'Chiều 9/9, bên lề Hội nghị thượng đỉnh G20 tại New Delhi, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Nhật Bản Fumio Kishida.',
          'Thủ tướng Phạm Minh Chính cũng đã gặp Tổng thống Brazil Lula da Silva.',
          'Hai bên nhất trí thúc đẩy thương mại.',
        ],
        { publishedAt: '2023-09-10' },
      ),
    );
    const events = news(r.events);
    expect(events.map((e) => [e.start, e.location, e.countries.join('-')])).toEqual([
      ['2023-09-09', 'New Delhi', 'VN-JP'],
      ['2023-09-09', 'New Delhi', 'VN-BR'],
    ]);
    expect(events[1]!.title).toBe('Thủ tướng Phạm Minh Chính gặp Tổng thống Lula da Silva');
  });

  it('after "nhiều cuộc tiếp xúc" naming nobody, each named meeting is its own; "Trước đó" is not that day', () => {
    const r = extractEvents(
      article(
        'Đề nghị Mỹ miễn trừ áp thuế với nhôm thép Việt Nam',
        [
          'Phó Thủ tướng Vương Đình Huệ làm việc với Bộ trưởng Thương mại Wilbur Ross trong chuyến thăm Hoa Kỳ.',
          'Trong ngày 26-6, ông đã có nhiều cuộc tiếp xúc với doanh nhân và chính khách Mỹ.',
          'Phó Thủ tướng Vương Đình Huệ cũng đã gặp Thượng nghị sỹ Orrin Hatch.',
          'Trước đó, Phó Thủ tướng Vương Đình Huệ đã tiếp Thứ trưởng Nông nghiệp Hoa Kỳ Stephen Censky.',
        ],
        { publishedAt: '2018-06-27' },
      ),
    );
    const events = news(r.events);
    expect(events.map((e) => [e.start, names(e).join(', ')])).toEqual([
      ['2018-06-26', 'Vương Đình Huệ, Wilbur Ross'],
      ['2018-06-26', 'Vương Đình Huệ, Orrin Hatch'],
    ]);
  });

  it('does not report a background reference as news', () => {
    const r = extractEvents(
      article(
        'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam-Hoa Kỳ lần thứ nhất',
        [
          'Triển khai Tuyên bố chung giữa Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Hoa Kỳ Joe Biden tháng 9/2023, ngày 25/3, tại thủ đô Washington D.C., Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Antony Blinken đã đồng chủ trì Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam-Hoa Kỳ lần thứ nhất.',
        ],
        { publishedAt: '2024-03-26' },
      ),
    );
    const events = news(r.events);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'dialogue',
      start: '2024-03-25',
      location: 'Washington',
    });
    expect(names(events[0]!)).toEqual(['Bùi Thanh Sơn', 'Antony Blinken']);
  });

  it('folds the delegation’s meetings into its visit', () => {
    const r = extractEvents(
      article(
        'Lưỡng đảng Mỹ ủng hộ quan hệ với Việt Nam',
        [
          'Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung dẫn đầu đoàn đại biểu Việt Nam thăm và làm việc tại Mỹ ngày 28/6 - 2/7.',
          'Tại Washington, đoàn có các cuộc gặp với Ngoại trưởng Antony Blinken, Cố vấn An ninh Quốc gia Jake Sullivan.',
          'Ông đề nghị thực hiện kết quả cuộc điện đàm giữa Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Joe Biden.',
        ],
        { publishedAt: '2023-07-03' },
      ),
    );
    const [visit] = news(r.events);
    expect(visit).toMatchObject({
      kind: 'visit',
      start: '2023-06-28',
      end: '2023-07-02',
      location: 'Washington',
    });
    expect(names(visit!)).toEqual(['Lê Hoài Trung', 'Antony Blinken', 'Jake Sullivan']);
    expect(visit!.title).toBe('Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung thăm Hoa Kỳ');
  });

  it('gives no event for an off-topic article and says so', () => {
    const r = extractEvents(
      article(
        'Trực tiếp Thể Công Viettel 0-0 Hà Nội FC: Tìm 3 điểm ở Mỹ Đình',
        [
          'Trận đấu Thể Công Viettel vs Hà Nội FC diễn ra lúc 19h15 ngày 22/9 trên sân Mỹ Đình.',
          'Lúc 18h là 2 cặp đấu: Bình Định gặp CLB TP.HCM và Đà Nẵng đối đầu Hà Tĩnh.',
        ],
        { publishedAt: '2024-09-22' },
      ),
    );
    expect(r.events).toEqual([]);
    expect(r.warnings).toContain('no event: off-topic (no foreign-relations event found)');
  });

  it('leaves out an event whose year cannot be known and reports it', () => {
    const r = extractEvents(
      article('Hai bên hội đàm', [
        'Ngày 8/8, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Hàn Quốc đã hội đàm tại Seoul.',
      ]),
    );
    expect(news(r.events)).toEqual([]);
    expect(r.warnings.some((w) => w.includes('left out'))).toBe(true);
  });

  it('dates an announced trip without dates to the month of publication', () => {
    const r = extractEvents(
      article(
        'Phó Thủ tướng Lê Minh Khái sắp tham dự Hội nghị Tương lai châu Á',
        [
          'Phó Thủ tướng Lê Minh Khái sẽ tham dự Hội nghị Tương lai châu Á lần thứ 29 và thăm làm việc tại Nhật Bản.',
        ],
        { publishedAt: '2024-05-20' },
      ),
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      kind: 'visit',
      start: '2024-05',
      countries: ['VN', 'JP'],
    });
    // "thăm làm việc tại Nhật Bản" names the country, not a city.
    expect(r.events[0]!.location).toBeUndefined();
  });

  it('dates an act "vừa" done, with no date of its own, by the publication day', () => {
    const r = extractEvents(
      article(
        '',
        [
          'Theo thông cáo báo chí của Đại sứ quán Mỹ tại Việt Nam, Cơ quan Phát triển Quốc tế Mỹ (USAID) vừa khởi động hai dự án mới nhằm bảo tồn rừng tại Việt Nam.',
          'Hai dự án này sẽ giúp bảo tồn hơn 950.000 hecta rừng.',
        ],
        { publishedAt: '2021-04-27' },
      ),
    );
    expect(news(r.events)).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      kind: 'other',
      start: '2021-04-27',
      countries: ['VN', 'US'],
      title: 'Cơ quan Phát triển Quốc tế Mỹ (USAID) khởi động hai dự án mới',
    });
  });

  it('dates a visit under way by the publication month; a step of the relationship named in passing dates nothing', () => {
    const r = extractEvents(
      article(
        'Chánh án Tòa án tối cao Hoa Kỳ thăm Hà Nội',
        [
          'Chánh án Tòa án tối cao Hoa Kỳ John Roe đang có chuyến thăm chính thức Việt Nam nhằm thúc đẩy Quan hệ Đối tác Toàn diện giữa hai nước được xác lập tháng 7/2013.',
        ],
        { publishedAt: '2016-05-20' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e), e.location])).toEqual([
      ['visit', '2016-05', ['John Roe'], 'Hà Nội'],
    ]);
  });

  it('does not date a "vừa" act without a full publication date, nor one between other states', () => {
    const undated = article('', ['USAID vừa khởi động hai dự án mới tại Việt Nam.']);
    expect(news(extractEvents(undated).events)).toEqual([]);
    const foreign = article('', ['Mỹ vừa ký thỏa thuận thương mại với Nhật Bản.'], {
      publishedAt: '2021-04-27',
    });
    expect(news(extractEvents(foreign).events)).toEqual([]);
  });

  it("dates a headline's act to the publication day when the body dates nothing, with the one ambassador it names", () => {
    const r = extractEvents(
      article(
        'Bí thư Thành ủy TPHCM Lê Thanh Hải tiếp Đại sứ Mỹ',
        [
          'Tại buổi tiếp, Bí thư Lê Thanh Hải thông báo tình hình kinh tế của thành phố.',
          'Đại sứ Michael W. Michalak bày tỏ mong muốn tăng cường hợp tác.',
        ],
        { publishedAt: '2009-10-02' },
      ),
    );
    expect(news(r.events).map((e) => [e.start, e.kind, names(e), e.location])).toEqual([
      ['2009-10-02', 'meeting', ['Lê Thanh Hải', 'Michael W. Michalak'], 'Thành phố Hồ Chí Minh'],
    ]);
    const about = article(
      'Người phát ngôn bình luận về chuyến thăm Việt Nam của Tổng thống Mỹ Bill Clinton',
      ['Bà nhấn mạnh ý nghĩa của quan hệ hai nước.'],
      { publishedAt: '2000-10-24' },
    );
    expect(news(extractEvents(about).events)).toEqual([]);
    const planned = article(
      'Thủ tướng sẽ tiếp Đại sứ Hoa Kỳ',
      ['Cuộc gặp dự kiến diễn ra tuần tới.'],
      {
        publishedAt: '2009-10-02',
      },
    );
    expect(news(extractEvents(planned).events)).toEqual([]);
  });

  it("leaves a dated act that names no one and no state under a headline's other act as background", () => {
    const r = extractEvents(
      article('Bí thư Thành ủy Vương Đình Huệ tiếp Đại sứ Hoa Kỳ', [
        'Vui mừng chào đón Đại sứ Hoa Kỳ Daniel Kritenbrink, Bí thư Thành ủy Vương Đình Huệ đánh giá cao quan hệ hai nước.',
        'Ngày 27/6 vừa qua, Hà Nội đã tổ chức Hội nghị hợp tác đầu tư, ký kết hơn 200 dự án.',
      ]),
    );
    expect(news(r.events)).toEqual([]);
    expect(r.undated?.[0]?.kind).toBe('meeting');
  });

  it("keeps a spokesperson out of the leaders' act their answer tells, and in their own answer", () => {
    const told = extractEvents(
      article('Việt Nam chúc mừng ông Donald Trump', [
        'Trả lời câu hỏi về việc ông Donald Trump được bầu làm tổng thống Mỹ, người phát ngôn Bộ Ngoại giao Lê Hải Bình ngày 10/11/2016 cho biết: "Chủ tịch nước Trần Đại Quang đã gửi điện mừng Tổng thống đắc cử Hoa Kỳ Donald Trump".',
      ]),
    );
    expect(names(news(told.events)[0]!)).not.toContain('Lê Hải Bình');
    const own = extractEvents(
      article('Người phát ngôn trả lời về việc Đại sứ Hoa Kỳ xin từ chức', [
        'Ngày 24/5/2001, Người phát ngôn Bộ Ngoại giao Phan Thúy Thanh đã trả lời câu hỏi của phóng viên về việc Đại sứ Hoa Kỳ Douglas Peterson xin từ chức.',
      ]),
    );
    expect(names(news(own.events)[0]!)).toContain('Phan Thúy Thanh');
  });

  it('offers an act told "hôm nay" in an article without a date as an undated report', () => {
    const r = extractEvents(
      article('', [
        'Tổng Bí thư Tô Lâm hôm nay đã tiếp Trợ lý Ngoại trưởng Mỹ Michael DeSombre.',
        'Hai bên trao đổi về hợp tác thương mại.',
      ]),
    );
    expect(news(r.events)).toEqual([]);
    expect(r.undated?.map((u) => [u.kind, names(u)])).toEqual([
      ['meeting', ['Tô Lâm', 'Michael DeSombre']],
    ]);
  });

  it('offers a dated act whose year several terms allow, with its day in each year', () => {
    const r = extractEvents(
      article('Phó Thủ tướng tiếp Đại sứ Hoa Kỳ', [
        'Chiều 6/11, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink.',
      ]),
    );
    expect(news(r.events)).toEqual([]);
    const [first] = r.undated ?? [];
    expect(first?.kind).toBe('meeting');
    expect(first?.days).toContain('2018-11-06');
    expect(first?.days?.every((d) => d.endsWith('-11-06'))).toBe(true);
  });

  it('reads a sentence-initial "Tại Washington," as the place of the meetings', () => {
    const r = extractEvents(
      article(
        'Lê Hoài Trung thăm Mỹ',
        [
          'Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung dẫn đầu đoàn đại biểu Việt Nam thăm và làm việc tại Mỹ ngày 28/6 - 2/7.',
          'Tại Washington, đoàn có các cuộc gặp với Ngoại trưởng Antony Blinken.',
        ],
        { publishedAt: '2023-07-03' },
      ),
    );
    expect(news(r.events)[0]).toMatchObject({ start: '2023-06-28', location: 'Washington' });
  });

  it('leaves planned calls and other visits out of the participants', () => {
    const arrival = extractEvents(
      article(
        'Thủ tướng Úc tới Hà Nội',
        [
          'Chiều 10/3, Thủ tướng Úc John Carter đã tới Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.',
          'Thủ tướng Carter sẽ chào xã giao Tổng Bí thư Lê Văn Bình và hội kiến Chủ tịch Quốc hội Trần Thị Mai.',
        ],
        { publishedAt: '2019-03-10' },
      ),
    );
    expect(names(news(arrival.events)[0]!)).toEqual(['John Carter']);
    const farewell = extractEvents(
      article(
        'Thủ tướng tiếp Đại sứ Hoa Kỳ',
        [
          'Sáng 9/5, tại Hà Nội, Thủ tướng Lê Văn Bình đã tiếp Đại sứ Hoa Kỳ tại Việt Nam Tom Walker đến chào từ biệt.',
          'Nhiệm kỳ của Đại sứ có chuyến thăm Việt Nam của Tổng thống Mỹ Paul Green và chuyến thăm Hoa Kỳ của Chủ tịch nước Trần Văn Hùng.',
        ],
        { publishedAt: '2019-05-09' },
      ),
    );
    expect(names(news(farewell.events)[0]!)).toEqual(['Lê Văn Bình', 'Tom Walker']);
  });

  it('counts the members of a delegation named "ông X" and those who greet it', () => {
    const r = extractEvents(
      article(
        'Đoàn nghị sĩ Mỹ thăm Việt Nam',
        [
          'Từ ngày 4 đến 6/4, đoàn nghị sĩ Mỹ thăm Việt Nam để thảo luận về thương mại.',
          'Đoàn gồm thượng nghị sĩ Paul Green (bang Ohio); ông Tom Walker (Texas), chủ tịch một ủy ban.',
        ],
        { publishedAt: '2019-04-03' },
      ),
    );
    expect(names(news(r.events)[0]!)).toEqual(['Paul Green', 'Tom Walker']);
  });

  it('counts the heads of the delegations as taking part, with or without a title', () => {
    const dialogue = extractEvents(
      article(
        'Khai mạc Đối thoại Chính sách Quốc phòng Việt Nam – Hoa Kỳ lần thứ 12',
        [
          'Đối thoại Chính sách Quốc phòng Việt Nam – Hoa Kỳ lần thứ 12 khai mạc sáng 9/10 tại Hà Nội.',
          'Ông Trần Văn Hùng và bà Mary Lee dẫn đầu hai đoàn dự đối thoại.',
        ],
        { publishedAt: '2022-10-09' },
      ),
    );
    expect(names(news(dialogue.events)[0]!)).toEqual(['Trần Văn Hùng', 'Mary Lee']);
  });

  it('gives a first-person message to the author its headline names, dated the day it was published', () => {
    const sentences = [
      'Tôi trân trọng gửi tới toàn thể người dân Việt Nam lời chúc mừng của nhân dân Hoa Kỳ, nhân dịp các bạn kỷ niệm Quốc khánh 2 tháng 9.',
      'Quan hệ giữa hai nước chúng ta ngày càng bền chặt.',
    ];
    const r = extractEvents(
      article('Thông điệp của Ngoại trưởng Powell nhân dịp Quốc khánh Việt Nam', sentences, {
        publishedAt: '2003-08-29',
      }),
    );
    const [message] = news(r.events);
    expect(message).toMatchObject({
      kind: 'letter',
      start: '2003-08-29',
      participants: [{ name: 'Colin Powell', title: 'Ngoại trưởng', country: 'US' }],
    });
    // Told in the third person, the message is the one the sentence names, not the headline's.
    const reported = extractEvents(
      article(
        'Thông điệp của Ngoại trưởng Powell nhân dịp Quốc khánh Việt Nam',
        [
          'Đại sứ Hoa Kỳ Ray Burghardt trân trọng gửi tới toàn thể người dân Việt Nam lời chúc mừng, nhân dịp các bạn kỷ niệm Quốc khánh 2 tháng 9.',
        ],
        { publishedAt: '2003-08-29' },
      ),
    );
    expect(names(news(reported.events)[0]!)).toEqual(['Ray Burghardt']);
  });

  it('counts those a sentence lists as present at the event ("Cùng chứng kiến có", "Phía Hoa Kỳ có:")', () => {
    const sentences = [
      'Ngày 12/6/2025, tại Hà Nội, Thủ tướng Lê Văn Nam và Đại sứ Hoa Kỳ Linda Moore chứng kiến lễ ký các thỏa thuận hợp tác kinh tế.',
      'Cùng chứng kiến có Bộ trưởng Công Thương Trần Văn Hải.',
      'Phía Hoa Kỳ có: ông Robert Hall, Trợ lý Bộ trưởng Thương mại.',
    ];
    const r = extractEvents(article('Chứng kiến lễ ký thỏa thuận Việt Nam – Hoa Kỳ', sentences));
    expect(names(news(r.events)[0]!)).toEqual([
      'Lê Văn Nam',
      'Linda Moore',
      'Trần Văn Hải',
      'Robert Hall',
    ]);
    // Without the words that list them, they are only named.
    const named = [sentences[0]!, 'Bộ trưởng Công Thương Trần Văn Hải cho biết thêm về các dự án.'];
    expect(names(news(extractEvents(article('Lễ ký', named)).events)[0]!)).toEqual([
      'Lê Văn Nam',
      'Linda Moore',
    ]);
  });

  it('counts those a sentence opening "Tham gia … có" lists as present', () => {
    const sentences = [
      'Ngày 3/6/2025, Thứ trưởng Ngoại giao Hoa Kỳ Mark Allen đã gặp Bộ trưởng Ngoại giao Trần Văn Long tại Hà Nội.',
      'Tham gia đoàn công tác có Chánh Văn phòng Bộ Vũ Thị Lan, Trợ lý Ngoại trưởng Paul Gray.',
    ];
    const r = extractEvents(article('Gặp gỡ Việt Nam – Hoa Kỳ', sentences));
    expect(names(news(r.events)[0]!)).toEqual([
      'Mark Allen',
      'Trần Văn Long',
      'Vũ Thị Lan',
      'Paul Gray',
    ]);
    // Only where the sentence opens with it: "tham gia" inside one tells of another occasion.
    const other = [
      sentences[0]!,
      'Hai bên sẽ tham gia hội nghị khu vực có Chánh Văn phòng Bộ Vũ Thị Lan.',
    ];
    expect(names(news(extractEvents(article('Gặp gỡ', other)).events)[0]!)).toEqual([
      'Mark Allen',
      'Trần Văn Long',
    ]);
  });

  it('keeps milestones of the Vietnam–US relationship only', () => {
    const r = extractEvents(
      article(
        'Hai nước hội đàm',
        [
          'Ngày 10/9, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Joe Biden tại Hà Nội.',
          'Việt Nam và Ấn Độ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện năm 2016.',
          'Quan hệ Việt - Mỹ được bình thường hóa từ năm 1995.',
        ],
        { publishedAt: '2023-09-11' },
      ),
    );
    expect(r.events.filter((e) => e.kind === 'milestone').map((e) => e.start)).toEqual(['1995']);
  });

  it('does not read a country word inside a Vietnamese name ("Nguyễn Đức Chính") as a partner', () => {
    const r = extractEvents(
      article(
        'Thứ trưởng Mỹ thăm Quảng Trị',
        [
          'Sáng 2/3, Thứ trưởng Ngoại giao Mỹ Rose Gottemoeller đã đến thăm tỉnh Quảng Trị.',
          'Ông Nguyễn Đức Chính, Chủ tịch Quảng Trị bày tỏ sự vui mừng khi đón đoàn vào đúng dịp kỷ niệm 20 năm bình thường hóa quan hệ Việt Nam - Mỹ.',
        ],
        { publishedAt: '2015-03-03' },
      ),
    );
    const milestones = r.events.filter((e) => e.kind === 'milestone');
    expect(milestones.map((e) => e.start)).toContain('1995');
    expect(milestones[0]!.evidence).toContain('Nguyễn Đức Chính');
  });

  it('turns relationship facts into milestones', () => {
    const r = extractEvents(
      article(
        'Hai nước hội đàm',
        [
          'Ngày 10/9, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Joe Biden tại Hà Nội.',
          'Quan hệ Việt - Mỹ được bình thường hóa từ năm 1995.',
        ],
        { publishedAt: '2023-09-11' },
      ),
    );
    expect(
      r.events.filter((e) => e.kind === 'milestone').map((e) => `${e.start} ${e.title}`),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
  });
});

describe('extractEvents: event ranges and the date chosen', () => {
  it('does not take an anniversary span in brackets for the visit dates', () => {
    const r = extractEvents(
      article('Thủ tướng thăm chính thức Nhật Bản', [
        'Thủ tướng Phạm Minh Chính thăm chính thức Nhật Bản từ ngày 10 đến 12/5/2023.',
        'Chuyến thăm diễn ra khi hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (21/9/1973-21/9/2023).',
      ]),
    );
    expect(news(r.events)[0]).toMatchObject({ start: '2023-05-10', end: '2023-05-12' });
  });

  it('dates a ceremony by its own day, not by the campaign period in brackets', () => {
    const r = extractEvents(
      article(
        'Trao trả hài cốt quân nhân Hoa Kỳ',
        [
          'Ngày 14/3, tại sân bay Đà Nẵng, hai bên tổ chức lễ bàn giao hài cốt các quân nhân Mỹ còn mất tích sau chiến tranh.',
          'Phía Việt Nam đã bàn giao cho phía Hoa Kỳ ba bộ hài cốt tìm được trong Đợt khảo sát chung lần thứ 120 (tháng 1 - 3/2019).',
        ],
        { publishedAt: '2019-03-14' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start])).toEqual([['ceremony', '2019-03-14']]);
  });

  it('reads "Ngày X … và rời đi vào ngày Y" as a stay from X to Y', () => {
    const r = extractEvents(
      article(
        'Tàu Hải quân Mỹ thăm Đà Nẵng',
        [
          'Ngày 6/5, tàu khu trục USS Mustin của Hải quân Mỹ đã cập cảng Tiên Sa, Đà Nẵng trong chuyến thăm Việt Nam và rời đi vào ngày 9/5.',
        ],
        { publishedAt: '2019-05-10' },
      ),
    );
    expect(news(r.events)[0]).toMatchObject({ start: '2019-05-06', end: '2019-05-09' });
  });

  it('reads "Ngày Y, … rời … sau N ngày thăm" as a stay of N days ending on Y', () => {
    const r = extractEvents(
      article(
        'Đoàn nghị sĩ Mỹ thăm Huế',
        [
          'Ngày 12/7, đoàn nghị sĩ Mỹ do Thượng nghị sĩ Tammy Duckworth dẫn đầu rời Huế sau ba ngày thăm các di tích và trường học.',
        ],
        { publishedAt: '2022-07-13' },
      ),
    );
    expect(news(r.events)[0]).toMatchObject({
      kind: 'visit',
      start: '2022-07-09',
      end: '2022-07-12',
    });
  });

  it('ends a visit of N days told from its first day', () => {
    const r = extractEvents(
      article('Thủ tướng Australia thăm Việt Nam', [
        'Ngày 3/6/2024, Thủ tướng Australia Anthony Albanese đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam 3 ngày.',
      ]),
    );
    expect(news(r.events)[0]).toMatchObject({ start: '2024-06-03', end: '2024-06-05' });
  });

  it('gives no end when the day is not the start of the N-day visit or the departure came first', () => {
    const told = extractEvents(
      article('Tổng thống Chile sẽ thăm Việt Nam', [
        'Ngày 8/4/2024, Người phát ngôn Bộ Ngoại giao cho biết Tổng thống Chile Gabriel Boric sẽ thăm chính thức Việt Nam 3 ngày theo lời mời của Chủ tịch nước.',
      ]),
    );
    expect(news(told.events)[0]?.end).toBeUndefined();
    const arrived = extractEvents(
      article('Ngoại trưởng Mỹ tới Hà Nội', [
        'Ngày 15/4/2023, Ngoại trưởng Mỹ Antony Blinken tới Hà Nội thăm Việt Nam sau khi rời Tokyo ngày 14/4.',
      ]),
    );
    expect(news(arrived.events)[0]).toMatchObject({ start: '2023-04-15' });
    expect(news(arrived.events)[0]?.end).toBeUndefined();
  });

  it('gives the people nearest to a month that reports nothing to the day of the act', () => {
    const r = extractEvents(
      article('Sở Ngoại vụ tiếp đoàn Tổng Lãnh sự quán Hoa Kỳ', [
        'Sáng ngày 9/3/2022 tại trụ sở Sở Ngoại vụ tỉnh Quảng Bình, ông Trần Văn Minh - Giám đốc Sở đã tiếp đoàn công tác Tổng Lãnh sự quán Hoa Kỳ do bà Jennifer Walsh - Phó Tham tán Kinh tế làm trưởng đoàn, nhân chuyến thăm tỉnh trước khi rời nhiệm sở vào tháng 8/2022.',
      ]),
    );
    expect(names(news(r.events)[0]!)).toEqual(['Trần Văn Minh', 'Jennifer Walsh']);
    expect(news(r.events)[0]!.participants[1]).toMatchObject({
      title: 'Phó Tham tán',
      country: 'US',
    });
  });

  it('does not stretch a visit over the range of a multi-country tour', () => {
    const r = extractEvents(
      article(
        'Tổng thống Pháp thăm cấp Nhà nước Việt Nam',
        [
          'Chiều 25-5, Tổng thống Pháp Emmanuel Macron tới Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam trong 2 ngày 25 và 26-5.',
          'Trong chuyến công du 3 nước Đông Nam Á từ ngày 25-5 đến 31-5 của Tổng thống Emmanuel Macron, Việt Nam là điểm đến đầu tiên.',
        ],
        { publishedAt: '2025-05-25' },
      ),
    );
    expect(news(r.events)[0]).toMatchObject({ start: '2025-05-25', end: '2025-05-26' });
  });
});

const seed = (name: string) => {
  const path = fileURLToPath(new URL(`../../../data/articles/${name}`, import.meta.url));
  const r = readArticle({ file: name, bytes: new Uint8Array(readFileSync(path)) });
  if (r.status !== 'ok') throw new Error(`${name}: ${r.reason}`);
  return extractEvents(r.article);
};

describe('extractEvents on the seeds', () => {
  it('000: the first Foreign Ministers’ Dialogue in Washington, 25 March 2024, and the 2023 upgrade', () => {
    const r = seed('000_491b2d7d351ea24c.txt');
    const [dialogue] = news(r.events);
    expect(news(r.events)).toHaveLength(1);
    expect(dialogue).toMatchObject({
      kind: 'dialogue',
      start: '2024-03-25',
      location: 'Washington',
      countries: ['VN', 'US'],
    });
    expect(names(dialogue!)).toEqual(['Bùi Thanh Sơn', 'Antony Blinken']);
    expect(dialogue!.title).toBe('Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ');
    expect(r.events.some((e) => e.kind === 'milestone' && e.start === '2023-09')).toBe(true);
  });

  it('001: the same dialogue, not the background Joint Statement', () => {
    const r = seed('001_0e18f43b955e1d56.txt');
    expect(news(r.events)).toHaveLength(1);
    const dialogue = news(r.events)[0]!;
    expect(dialogue).toMatchObject({
      kind: 'dialogue',
      start: '2024-03-25',
      location: 'Washington',
    });
    expect(names(dialogue)).toEqual(['Bùi Thanh Sơn', 'Antony Blinken']);
    expect(dialogue.title).toBe(
      'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ lần thứ nhất',
    );
    expect(r.events.filter((e) => e.kind === 'milestone').map((e) => e.start)).toEqual(
      expect.arrayContaining(['2023-09', '1995', '2025']),
    );
  });

  it('002: Lê Hoài Trung’s delegation in the US, 28 June – 2 July 2023, and the 1995 and 2013 milestones', () => {
    const r = seed('002_0b764b035eb77470.txt');
    const [visit] = news(r.events);
    expect(visit).toMatchObject({
      kind: 'visit',
      start: '2023-06-28',
      end: '2023-07-02',
      location: 'Washington',
      countries: ['VN', 'US'],
    });
    expect(names(visit!)).toEqual(
      expect.arrayContaining(['Lê Hoài Trung', 'Antony Blinken', 'Jake Sullivan']),
    );
    expect(names(visit!)).not.toContain('Nguyễn Phú Trọng');
    const milestones = r.events
      .filter((e) => e.kind === 'milestone')
      .map((e) => `${e.start} ${e.title}`);
    expect(milestones).toEqual(
      expect.arrayContaining([
        '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
        '2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
      ]),
    );
  });

  it('003: the summit and Joint Statement in Hà Nội, 10–11 September 2023', () => {
    const r = seed('003_c4ac93c96be44596.txt');
    expect(news(r.events)).toHaveLength(1);
    const summit = news(r.events)[0]!;
    expect(summit).toMatchObject({
      start: '2023-09-10',
      end: '2023-09-11',
      location: 'Hà Nội',
      countries: ['VN', 'US'],
    });
    expect(names(summit)).toEqual(['Nguyễn Phú Trọng', 'Joe Biden']);
    expect(summit.title).toBe(
      'Tuyên bố chung về quan hệ Đối tác Chiến lược Toàn diện Việt Nam – Hoa Kỳ',
    );
  });

  it('004: Lê Minh Khái receives Ambassador Marc E. Knapper, 31 January 2024', () => {
    const r = seed('004_792055a8c38b5bf0.txt');
    expect(news(r.events)).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      kind: 'meeting',
      start: '2024-01-31',
      title: 'Phó Thủ tướng Chính phủ Lê Minh Khái tiếp Đại sứ Hoa Kỳ tại Việt Nam',
    });
    expect(r.events[0]!.location).toBeUndefined();
    expect(names(r.events[0]!).sort()).toEqual(['Lê Minh Khái', 'Marc E. Knapper']);
  });
});

describe('letters and statements printed in full', () => {
  const extractText = (text: string) => {
    const r = readArticle({ file: 'printed.txt', bytes: new TextEncoder().encode(text) });
    if (r.status !== 'ok') throw new Error(r.reason);
    return extractEvents(r.article).events;
  };

  it('makes one letter per printed letter, from its signer to its addressee, on its dateline', () => {
    const text = [
      'Thống đốc Peter K. Lane gửi thư cho lãnh đạo Việt Nam',
      '',
      'VĂN PHÒNG THỐNG ĐỐC',
      '',
      '03/02/2015',
      '',
      'Ngài Trần Văn An',
      'Chủ tịch Nước Cộng hòa Xã hội Chủ nghĩa Việt Nam',
      '',
      'Kính thưa Ngài Chủ tịch nước,',
      '',
      'Tôi vui mừng được biết tiểu bang chúng tôi sẽ đón đoàn doanh nghiệp Việt Nam.',
      '',
      'Trân trọng,',
      '',
      'Peter K. Lane',
      '',
      '05/02/2015',
      '',
      'Ngài Lê Văn Bình',
      'Thủ tướng Nước Cộng hòa Xã hội Chủ nghĩa Việt Nam',
      '',
      'Kính gửi Ngài Thủ tướng,',
      '',
      'Tôi xin cảm ơn Ngài đã tiếp đoàn của tiểu bang chúng tôi.',
    ].join('\n');
    const letters = extractText(text).filter((e) => e.kind === 'letter');
    expect(letters.map((e) => [e.start, names(e)])).toEqual([
      ['2015-02-03', ['Peter K. Lane', 'Trần Văn An']],
      // The second letter is unsigned: the headline names its writer.
      ['2015-02-05', ['Peter K. Lane', 'Lê Văn Bình']],
    ]);
    expect(letters[0]!.evidence).toBe(
      'Tôi vui mừng được biết tiểu bang chúng tôi sẽ đón đoàn doanh nghiệp Việt Nam.',
    );
  });

  it('makes a statement from the sender block above the dateline', () => {
    const text = [
      'Ngày Độc lập',
      '',
      'Jane Q. Doe',
      'Bộ trưởng Thương mại Hoa Kỳ',
      'Boston, Massachusetts',
      '4/7/2019',
      '',
      'Nhân dịp này, tôi xin gửi tới bạn bè Việt Nam lời chào trân trọng.',
    ].join('\n');
    const [statement] = extractText(text);
    expect(statement).toMatchObject({
      kind: 'statement',
      start: '2019-07-04',
      location: 'Boston',
      countries: ['US'],
    });
    expect(statement!.participants).toEqual([
      { name: 'Jane Q. Doe', title: 'Bộ trưởng Thương mại', country: 'US' },
    ]);
  });
});

describe('press releases', () => {
  it('dates the act by its own day, not the dateline, and lists the heads and members of both delegations', () => {
    const r = extractEvents(
      article('Đối thoại Lao động Hoa Kỳ – Việt Nam 2021', [
        'Washington, Ngày 4 tháng 5 năm 2021 – Cuộc Đối thoại Lao động Hoa Kỳ - Việt Nam lần thứ 9 sẽ diễn ra vào ngày 7 tháng 5 tại Hà Nội.',
        'Phó Trợ lý Ngoại trưởng Hoa Kỳ Scott Busby và Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Thanh sẽ dẫn đầu hai phái đoàn tại cuộc đối thoại.',
        'Phái đoàn Mỹ còn có sự tham dự của Đại sứ Daniel Kritenbrink cùng một số quan chức.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e).sort()])).toEqual([
      ['dialogue', '2021-05-07', ['Daniel Kritenbrink', 'Lê Văn Thanh', 'Scott Busby']],
    ]);
  });
});

describe('delegations', () => {
  it('takes no one from a sentence about a single delegation "trong" another act', () => {
    const r = extractEvents(
      article('Bộ trưởng Quốc phòng gặp Quyền Bộ trưởng Quốc phòng Hoa Kỳ', [
        'Ngày 5/6/2019, Bộ trưởng Quốc phòng Ngô Xuân Lịch gặp Quyền Bộ trưởng Quốc phòng Hoa Kỳ Patrick Shanahan.',
        'Thượng nghị sĩ John McCain từng dẫn đầu đoàn trong chuyến thăm Việt Nam.',
      ]),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['meeting', '2019-06-05', ['Ngô Xuân Lịch', 'Patrick Shanahan']],
    ]);
  });
});

describe('acts spoken of', () => {
  it('leaves out those of talks the host welcomes the result of ("hoan nghênh kết quả hội đàm giữa …")', () => {
    const r = extractEvents(
      article(
        'Phó Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ',
        [
          'Chiều 12/3, Phó Thủ tướng Trần Hồng Hà tiếp Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo.',
          'Phó Thủ tướng hoan nghênh kết quả hội đàm giữa Bộ trưởng Gina Raimondo với Bộ trưởng Công Thương Nguyễn Hồng Diên.',
        ],
        { publishedAt: '2024-03-13' },
      ),
    );
    expect(news(r.events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['meeting', '2024-03-12', ['Trần Hồng Hà', 'Gina Raimondo']],
    ]);
  });
});

describe('phone calls', () => {
  it('gives a call no place: the city one side called from is not where it happened', () => {
    const { events } = extractEvents(
      article('Bộ trưởng Trần Văn An điện đàm với Bộ trưởng Thương mại Hoa Kỳ', [
        'Chiều 14/3/2019, tại trụ sở Bộ Công Thương ở Hà Nội, Bộ trưởng Công Thương Trần Văn An đã điện đàm với Bộ trưởng Thương mại Hoa Kỳ Jane Q. Doe.',
        'Hai bên trao đổi về thương mại song phương.',
      ]),
    );
    const [call] = news(events);
    expect(call).toMatchObject({ kind: 'call', start: '2019-03-14' });
    expect(names(call!)).toEqual(['Trần Văn An', 'Jane Q. Doe']);
    // The place is dropped where every event takes its place: when the sources are merged.
    const [built] = mergeCandidates([call!], []);
    expect(built).toMatchObject({ kind: 'call', start: '2019-03-14' });
    expect(built!.location).toBeUndefined();
  });

  it('takes a known office-holder named with no title as a participant of his country', () => {
    const { events } = extractEvents(
      article('Thủ tướng tiếp Ngoại trưởng Hoa Kỳ', [
        'Chiều 16/12/2013, tại Hà Nội, Thủ tướng Nguyễn Tấn Dũng đã tiếp John Kerry.',
        'Hai bên trao đổi về quan hệ hai nước.',
      ]),
    );
    const [meeting] = news(events);
    expect(meeting).toMatchObject({ kind: 'meeting', start: '2013-12-16' });
    expect(meeting!.participants).toMatchObject([
      { name: 'Nguyễn Tấn Dũng', country: 'VN' },
      { name: 'John Kerry', country: 'US' },
    ]);
  });

  it("makes an official's meeting told after a one-day visit an event of that day", () => {
    const { events } = extractEvents(
      article('Đại sứ Hoa Kỳ thăm tỉnh Nghệ An', [
        'Ngày 5/11/2021, Đại sứ Hoa Kỳ Marc Knapper đã đến thăm tỉnh Nghệ An.',
        'Tại đây, Đại sứ đã có buổi làm việc với Chủ tịch UBND tỉnh Nguyễn Đức Trung về hợp tác giáo dục.',
      ]),
    );
    expect(news(events).map((e) => [e.kind, e.start, names(e)])).toEqual([
      ['visit', '2021-11-05', ['Marc Knapper']],
      ['meeting', '2021-11-05', ['Nguyễn Đức Trung', 'Marc Knapper']],
    ]);
  });
});
