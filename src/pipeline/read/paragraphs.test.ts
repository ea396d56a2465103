import { describe, expect, it } from 'vitest';
import { readParagraphs, splitGluedHeadline, withoutTableBorder } from './paragraphs';

const plain = { markdown: false, hasTitle: false };

describe('readParagraphs', () => {
  it('reads a headline and lead out of a scraped table, without its cell borders', () => {
    const body = [
      '![]() | ![]() | ![]() | ![]() | |||||||||||||||||||||||||||||',
      '| |',
      'Vợ chồng ông Bush thăm bảo tàng lịch sử | ||||||||||||||||||||||||||||||||||',
      'Tổng thống Mỹ George W. Bush đã hoàn tất chuyến thăm Việt Nam với một ngày ở TP. HCM. Ông đến bảo tàng lịch sử. | ||||||||||',
    ].join('\n');
    const parts = readParagraphs(body, plain);
    expect(parts.title).toBe('Vợ chồng ông Bush thăm bảo tàng lịch sử');
    expect(parts.paragraphs[0]).toMatch(/bảo tàng lịch sử\.$/);
  });

  it('takes the caption cell under a scraped photo for a caption, not the headline', () => {
    const body = [
      'Bộ trưởng Thương mại Mỹ thăm Hải Phòng',
      '![]() |',
      'Cảng Lạch Huyện, nơi Bộ trưởng Thương mại Mỹ tới thăm Hải Phòng. |',
      'Bộ trưởng Thương mại Mỹ tới Hải Phòng sáng 9/6 để thăm cảng Lạch Huyện và gặp doanh nghiệp.',
    ].join('\n');
    const parts = readParagraphs(body, plain);
    expect(parts.title).toBe('Bộ trưởng Thương mại Mỹ thăm Hải Phòng');
    expect(parts.captions).toEqual([
      'Cảng Lạch Huyện, nơi Bộ trưởng Thương mại Mỹ tới thăm Hải Phòng.',
    ]);
    expect(parts.paragraphs[0]).toMatch(/^Bộ trưởng Thương mại Mỹ tới Hải Phòng/);
    // Further down the page, a photo's cell and caption are no paragraph either.
    const further = readParagraphs(
      [
        body,
        '|',
        'Công nhân cảng Lạch Huyện. |',
        'Chiều cùng ngày, đoàn làm việc với lãnh đạo thành phố về logistics.',
      ].join('\n'),
      plain,
    );
    expect(further.captions).toEqual([
      'Cảng Lạch Huyện, nơi Bộ trưởng Thương mại Mỹ tới thăm Hải Phòng.',
      'Công nhân cảng Lạch Huyện.',
    ]);
    expect(further.paragraphs).toHaveLength(2);
  });

  it('starts at the page timestamp when other stories come first, the headline glued to it', () => {
    const body = [
      'Thiên tai "cuốn bay" 100.000 tỷ đồng -',
      'Nữ du khách bị quấy rối khi trekking, liệu có được bồi thường?',
      'Thế giới',
      '07/04/2025 16:02Đại sứ Mỹ: Tổng Bí thư là lãnh đạo đầu tiên Tổng thống điện đàm',
      'Ngày 6/4, tại trụ sở Chính phủ, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Đại sứ Mỹ Marc E. Knapper.',
    ].join('\n');
    const parts = readParagraphs(body, { markdown: false, hasTitle: false });
    expect(parts.title).toBe('Đại sứ Mỹ: Tổng Bí thư là lãnh đạo đầu tiên Tổng thống điện đàm');
    expect(parts.publishedAt).toBe('2025-04-07');
    expect(parts.paragraphs[0]).toMatch(/^Ngày 6\/4/);
  });

  it('takes the headline, not the bulleted sub-headline, when the page prints both twice', () => {
    const parts = readParagraphs(
      [
        'Lưỡng viện Quốc hội Hoa Kỳ thông qua PNTR với Việt Nam',
        '° Việt Nam hoan nghênh Quốc hội Hoa Kỳ thông qua PNTR với Việt Nam',
        'Lưỡng viện Quốc hội Hoa Kỳ thông qua PNTR với Việt Nam',
        '° Việt Nam hoan nghênh Quốc hội Hoa Kỳ thông qua PNTR với Việt Nam',
        'Ngay sau khi Hạ viện Hoa Kỳ thông qua Quy chế thương mại bình thường vĩnh viễn (PNTR) với Việt Nam sáng 9-12, Thượng viện Hoa Kỳ cũng đã thông qua.',
      ].join('\n'),
      plain,
    );
    expect(parts.title).toBe('Lưỡng viện Quốc hội Hoa Kỳ thông qua PNTR với Việt Nam');
  });

  it('reads a speaker over the words quoted as one headline on two lines', () => {
    const body = [
      'Bộ trưởng Tài chính Hoa Kỳ:',
      '“Thông qua PNTR cả Mỹ và Việt Nam đều có lợi”',
      '(Dân trí) - Chiều 8/9, ông Henry Paulson đã có buổi nói chuyện thân mật với hàng ngàn sinh viên trường ĐH Kinh tế Quốc dân.',
      'Hàng chục câu hỏi xoay quanh vấn đề thông qua PNTR cho Việt Nam.',
    ].join('\n');
    const r = readParagraphs(body, plain);
    expect(r.title).toBe(
      'Bộ trưởng Tài chính Hoa Kỳ: “Thông qua PNTR cả Mỹ và Việt Nam đều có lợi”',
    );
    expect(r.paragraphs[0]).toMatch(/^\(Dân trí\) - Chiều 8\/9/u);
  });

  it('reads the venue under the date of a speech page as its first line, not a headline', () => {
    const parts = readParagraphs(
      'Thứ Sáu, ngày 3 tháng 5 năm 2019\nKhách sạn Sheraton, Hà Nội\nTôi rất hân hạnh được chào đón các quý vị tới đây tối nay.\nXin cảm ơn tất cả các bạn.',
      plain,
    );
    expect(parts.title).toBeUndefined();
    expect(parts.publishedAt).toBe('2019-05-03');
    expect(parts.paragraphs[0]).toBe('Khách sạn Sheraton, Hà Nội');
  });

  it('skips a numbered menu above the headline and the headline numbered as a photo label', () => {
    const parts = readParagraphs(
      '1. Dòng sự kiện:\n2. Bầu cử Mỹ 2016\nBộ trưởng Mỹ thăm Hà Nội\nBộ trưởng Mỹ John Roe đang thăm Hà Nội.\nBộ trưởng Mỹ thăm Hà Nội - 1\nHai bên bàn về thương mại.',
      plain,
    );
    expect(parts.title).toBe('Bộ trưởng Mỹ thăm Hà Nội');
    expect(parts.paragraphs).toEqual([
      'Bộ trưởng Mỹ John Roe đang thăm Hà Nội.',
      'Hai bên bàn về thương mại.',
    ]);
  });

  it('skips labels and the timestamp above a scraped headline', () => {
    const parts = readParagraphs(
      'Chính trịĐối ngoại\n\nPhó Thủ tướng tiếp Đại sứ Hoa Kỳ\n\n07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021 In bài viết\n\nChiều 31-1, Phó Thủ tướng tiếp Đại sứ Hoa Kỳ tại Hà Nội.\n\nTheo HNM\nBình luận\n\nTin khác',
      plain,
    );
    expect(parts).toMatchObject({
      title: 'Phó Thủ tướng tiếp Đại sứ Hoa Kỳ',
      publishedAt: '2024-02-01',
      outlet: 'Hà Nội Mới',
      scraped: true,
      paragraphs: ['Chiều 31-1, Phó Thủ tướng tiếp Đại sứ Hoa Kỳ tại Hà Nội.'],
    });
  });

  it('splits a headline a scraper glued to the body, and a date glued after it', () => {
    const parts = readParagraphs(
      'NFN trả lời về việc Đại sứ Peterson xin từ chứcNgày 24-5-2001, Người phát ngôn Bộ Ngoại giao đã trả lời câu hỏi của phóng viên.\n\nTrả lời:',
      plain,
    );
    expect(parts.title).toBe('NFN trả lời về việc Đại sứ Peterson xin từ chức');
    expect(parts.paragraphs[0]).toMatch(/^Ngày 24-5-2001, Người phát ngôn/);
    expect(
      splitGluedHeadline(
        'TL NFN về chuyến thăm Việt Nam của Tổng thống Mỹ Bill Clinton24/10/ 2000 Trả lời câu hỏi của phóng viên',
      ),
    ).toEqual([
      'TL NFN về chuyến thăm Việt Nam của Tổng thống Mỹ Bill Clinton',
      '24/10/2000',
      'Trả lời câu hỏi của phóng viên',
    ]);
    // A name in camel case, or a sentence, is no glued headline
    const line = 'Thượng nghị sĩ John McCain gặp Đại sứ Phạm Quang Vinh tại Washington.';
    expect(splitGluedHeadline(line)).toEqual([line]);
    const lead = 'Sáng 25/3, Bộ trưởng Bùi Thanh SơnĐã hội đàm với Ngoại trưởng.';
    expect(splitGluedHeadline(lead)).toEqual([lead]);
  });

  it('dates a page by its timed stamp, not the site clock above it', () => {
    const parts = readParagraphs(
      'Thứ hai, 6/5/2024\nThứ tư, 11/3/2021, 08:30 (GMT+7)\n\nTàu Mỹ cập cảng Cam Ranh\n\nTừ ngày 8 đến 12/3, tàu Mỹ thăm cảng Cam Ranh, Khánh Hòa.',
      plain,
    );
    expect(parts).toMatchObject({ title: 'Tàu Mỹ cập cảng Cam Ranh', publishedAt: '2021-03-11' });
  });

  it('dates a page by a bare "day/month/year time" line under its headline', () => {
    const parts = readParagraphs(
      'Tẩy sạch dioxin tại sân bay Đà Nẵng\n\n19/10/2016 15:54\n\nSáng 18/10, tại Đà Nẵng đã diễn ra lễ khởi động dự án.',
      plain,
    );
    expect(parts).toMatchObject({
      title: 'Tẩy sạch dioxin tại sân bay Đà Nẵng',
      publishedAt: '2016-10-19',
    });
  });

  it('keeps the first of two bare date lines', () => {
    const parts = readParagraphs(
      'Thứ hai, 6/5/2024\nThứ tư, 11/3/2021\n\nTàu Mỹ cập cảng Cam Ranh\n\nTừ ngày 8 đến 12/3, tàu Mỹ thăm cảng Cam Ranh, Khánh Hòa.',
      plain,
    );
    expect(parts.publishedAt).toBe('2024-05-06');
  });

  it('takes a press release headline printed above the masthead, not its subject line', () => {
    const parts = readParagraphs(
      'Thông cáo của Đại sứ quán Hoa Kỳ nhân dịp Ngày Độc lập\nĐẠI SỨ QUÁN HOA KỲ\nVăn phòng Báo chí\nNgày 3 tháng 7 năm 2019\nNgày Độc lập\nThay mặt Đại sứ quán, chúng tôi xin gửi lời chào tới nhân dân Việt Nam nhân Ngày Độc lập.',
      plain,
    );
    expect(parts).toMatchObject({
      title: 'Thông cáo của Đại sứ quán Hoa Kỳ nhân dịp Ngày Độc lập',
      publishedAt: '2019-07-03',
    });
  });

  it('chooses the headline the lead repeats over a menu line', () => {
    const parts = readParagraphs(
      'Trang chủ Thời sự Thế giới Kinh tế\nMỹ và Việt Nam ký hiệp định thương mại\nHôm nay, Mỹ và Việt Nam đã ký hiệp định thương mại mới tại Hà Nội.',
      plain,
    );
    expect(parts.title).toBe('Mỹ và Việt Nam ký hiệp định thương mại');
  });

  it('takes the headline printed under the lead, past a section label and above its credit line', () => {
    const parts = readParagraphs(
      [
        'Nhân dịp ngài Donald Trump chính thức nhậm chức Tổng thống thứ 47 của Hợp chúng quốc Mỹ, ngày 21.1.2025 (giờ Hà Nội), lãnh đạo Việt Nam đã gửi thư chúc mừng.',
        'Sự kiện',
        'Lãnh đạo Việt Nam chúc mừng tân Tổng thống Mỹ Donald Trump',
        'TTXVN 21/01/2025 15:13',
        'Nhân dịp ngài Donald Trump chính thức nhậm chức Tổng thống thứ 47 của Hợp chúng quốc Mỹ, lãnh đạo Việt Nam đã gửi thư chúc mừng.',
      ].join('\n'),
      plain,
    );
    expect(parts.title).toBe('Lãnh đạo Việt Nam chúc mừng tân Tổng thống Mỹ Donald Trump');
  });

  it('has no title when the file starts with a caption and the lead', () => {
    const parts = readParagraphs(
      'Một dự án do USAID hỗ trợ tại Việt Nam (Ảnh: USAID).\nTheo thông cáo báo chí của Đại sứ quán Mỹ, USAID vừa khởi động hai dự án mới.\nThành Đạt',
      plain,
    );
    expect(parts.title).toBeUndefined();
    expect(parts.captions).toEqual(['Một dự án do USAID hỗ trợ tại Việt Nam (Ảnh: USAID).']);
    expect(parts.paragraphs).toEqual([
      'Theo thông cáo báo chí của Đại sứ quán Mỹ, USAID vừa khởi động hai dự án mới.',
    ]);
    expect(parts.author).toBe('Thành Đạt');
  });

  it("titles a page scraped without its headline by its lead photo's caption, not a short one", () => {
    const page = (caption: string) =>
      [
        '09:10 | 20/04/2025',
        '![]() |',
        `${caption} (Ảnh: MIA) |`,
        'Buổi lễ có sự tham dự của đại diện Bộ Quốc phòng, Bộ Ngoại giao và Bộ Công an.',
      ].join('\n');
    const parts = readParagraphs(page('Lễ bàn giao hài cốt quân nhân Mỹ lần thứ 150.'), plain);
    expect(parts.title).toBe('Lễ bàn giao hài cốt quân nhân Mỹ lần thứ 150');
    expect(parts.paragraphs[0]).toMatch(/^Buổi lễ có sự tham dự/);
    expect(readParagraphs(page('Quang cảnh buổi lễ.'), plain).title).toBeUndefined();
    const bordered = readParagraphs(
      'Lễ trao giấy chứng nhận thành lập Chi hội Amcham Việt Nam tại Đà Nẵng. Ảnh: VGP/Minh Trang |\nTheo Ban Xúc tiến đầu tư Đà Nẵng, Hoa Kỳ là đối tác quan trọng.',
      plain,
    );
    expect(bordered.title).toBe(
      'Lễ trao giấy chứng nhận thành lập Chi hội Amcham Việt Nam tại Đà Nẵng',
    );
  });

  it('takes the headline a press release prints twice, not its masthead or date', () => {
    const parts = readParagraphs(
      [
        'Ngoại trưởng Hoa Kỳ điện đàm với Bộ trưởng Ngoại giao Việt Nam',
        '2 Phút để đọc',
        'Tháng Ba 9, 2022',
        '',
        'BỘ NGOẠI GIAO HOA KỲ',
        'Văn phòng Người phát ngôn',
        'Ngoại trưởng Hoa Kỳ điện đàm với Bộ trưởng Ngoại giao Việt Nam',
        '',
        'Phát biểu của Người phát ngôn:',
        '',
        'Hôm nay, Ngoại trưởng đã điện đàm với Bộ trưởng Ngoại giao Việt Nam về hợp tác hai nước.',
      ].join('\n'),
      plain,
    );
    expect(parts.title).toBe('Ngoại trưởng Hoa Kỳ điện đàm với Bộ trưởng Ngoại giao Việt Nam');
    expect(parts.publishedAt).toBe('2022-03-09');
    expect(parts.paragraphs).toEqual([
      'Phát biểu của Người phát ngôn:',
      'Hôm nay, Ngoại trưởng đã điện đàm với Bộ trưởng Ngoại giao Việt Nam về hợp tác hai nước.',
    ]);
  });

  it('passes over a masthead for the headline the lead repeats', () => {
    const parts = readParagraphs(
      'BỘ NGOẠI GIAO\nVăn phòng Người phát ngôn\nBộ trưởng gặp Đại sứ Nhật Bản\nNội dung do Người phát ngôn cung cấp:\nHôm nay, Bộ trưởng đã gặp Đại sứ Nhật Bản tại Hà Nội để bàn về hợp tác.',
      plain,
    );
    expect(parts.title).toBe('Bộ trưởng gặp Đại sứ Nhật Bản');
  });

  it('keeps a short headline that starts with a title of office', () => {
    const parts = readParagraphs(
      'Trang chủ Thời sự Thế giới\nBộ trưởng Smith đến Huế\nChiều 5/6, Bộ trưởng Smith đến Huế, bắt đầu chuyến thăm miền Trung.',
      plain,
    );
    expect(parts.title).toBe('Bộ trưởng Smith đến Huế');
  });

  it('finds the headline a page prints after its sapo', () => {
    const parts = readParagraphs(
      [
        'Thủ tướng khẳng định quan hệ hai nước đang ở giai đoạn tốt nhất và mong chuyến thăm thành công.',
        'Thủ tướng Nhật Bản kết thúc tốt đẹp chuyến thăm Việt Nam',
        'Chiều 17/1, Thủ tướng Nhật Bản rời Hà Nội, kết thúc chuyến thăm Việt Nam hai ngày.',
      ].join('\n'),
      plain,
    );
    expect(parts.title).toBe('Thủ tướng Nhật Bản kết thúc tốt đẹp chuyến thăm Việt Nam');
    expect(parts.paragraphs).toHaveLength(2);
  });

  it('drops the snippet and the teasers of a Markdown repost', () => {
    const parts = readParagraphs(
      [
        '[Phó Thủ tướng sắp thăm Nhật Bản](https://baoquocte.vn/a-1.html)',
        '',
        '![x](https://cdn.vn/a.jpg)',
        '',
        'Theo thông báo của Bộ Ngoại giao, Phó Thủ tướng sẽ tham ...',
        '',
        'Phó Thủ tướng sẽ thăm làm việc tại Nhật Bản.',
        '',
        'Hội nghị do Nikkei tổ chức từ năm 1995.',
        '',
        'Phó Thủ tướng gặp Phó Tổng thư ký Liên hợp quốc Từ ngày 5-6/4/2024 ...',
      ].join('\n'),
      { markdown: true, hasTitle: true },
    );
    expect(parts.url).toBe('https://baoquocte.vn/a-1.html');
    expect(parts.paragraphs).toEqual([
      'Phó Thủ tướng sẽ thăm làm việc tại Nhật Bản.',
      'Hội nghị do Nikkei tổ chức từ năm 1995.',
    ]);
  });
});

describe('withoutTableBorder', () => {
  it('drops the border a table left at the end of a line, and nothing else', () => {
    expect(withoutTableBorder('Tin khác | |||')).toBe('Tin khác');
    expect(withoutTableBorder('| |')).toBe('');
    expect(withoutTableBorder('Thứ trưởng làm việc với bà Maguire. |')).toBe(
      'Thứ trưởng làm việc với bà Maguire. |',
    );
    expect(withoutTableBorder('Trang chủ | Thế giới | Việt Nam')).toBe(
      'Trang chủ | Thế giới | Việt Nam',
    );
    expect(withoutTableBorder('x||y')).toBe('x||y');
  });
});
