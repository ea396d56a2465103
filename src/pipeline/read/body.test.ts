import { describe, expect, it } from 'vitest';
import { cleanBodyLines } from './body';

describe('cleanBodyLines', () => {
  it('drops related-article teasers: a headline printed twice, then its cut snippet', () => {
    const r = cleanBodyLines([
      'Đại sứ khẳng định quan hệ hai nước phát triển mạnh mẽ.',
      'Hội hữu nghị Hà Nội gặp mặt cựu chiến binh Hội hữu nghị Hà Nội gặp mặt cựu chiến binh',
      '',
      'Sáng 2/9, Hội hữu nghị Hà Nội tổ chức gặp mặt các cựu chiến binh nhân dịp ...',
      '',
      'Tối 5/9, lễ kỷ niệm được tổ chức tại thủ đô với sự chủ trì của Đại sứ.',
    ]);
    expect(r.paragraphs).toEqual([
      'Đại sứ khẳng định quan hệ hai nước phát triển mạnh mẽ.',
      'Tối 5/9, lễ kỷ niệm được tổ chức tại thủ đô với sự chủ trì của Đại sứ.',
    ]);
  });

  it('drops a teaser headline printed on two lines mid-body and the snippet under it', () => {
    const r = cleanBodyLines([
      'Sáng 14/6, Bộ trưởng tiếp đoàn nghị sĩ tại Hà Nội.',
      '',
      "Chuyên gia: 'Hai nước nên mở rộng hợp tác giáo dục'",
      '',
      "Chuyên gia: 'Hai nước nên mở rộng hợp tác giáo dục'",
      '',
      'Đoàn nghị sĩ sẽ thăm Việt Nam từ ngày 12-15/6/2023.',
      '',
      'Hai bên trao đổi về hợp tác kinh tế và giáo dục.',
    ]);
    expect(r.paragraphs).toEqual([
      'Sáng 14/6, Bộ trưởng tiếp đoàn nghị sĩ tại Hà Nội.',
      'Hai bên trao đổi về hợp tác kinh tế và giáo dục.',
    ]);
  });

  it('reads a photo caption printed twice as a caption, and keeps the story that goes on under it', () => {
    const caption = 'Đại sứ Daniel Kritenbrink phát biểu tại Lễ khai trương Không gian Hoa Kỳ';
    const r = cleanBodyLines([
      'Không gian Hoa Kỳ là nơi dành cho những người quan tâm đến văn hóa Mỹ.',
      '',
      caption,
      '',
      caption,
      '',
      'Đại sứ Hoa Kỳ Daniel Kritenbrink đã đến thăm Thái Nguyên vào ngày 4/12/2020.',
    ]);
    expect(r.paragraphs).toEqual([
      'Không gian Hoa Kỳ là nơi dành cho những người quan tâm đến văn hóa Mỹ.',
      'Đại sứ Hoa Kỳ Daniel Kritenbrink đã đến thăm Thái Nguyên vào ngày 4/12/2020.',
    ]);
    expect(r.captions).toEqual([caption]);
  });

  it('keeps a sapo repeated as the first paragraph', () => {
    const r = cleanBodyLines([
      'Hai bộ trưởng gặp nhau tại Hà Nội chiều 3/5.',
      'Hai bộ trưởng gặp nhau tại Hà Nội chiều 3/5.',
      'Cuộc gặp diễn ra trong không khí thân mật.',
    ]);
    expect(r.paragraphs).toEqual([
      'Hai bộ trưởng gặp nhau tại Hà Nội chiều 3/5.',
      'Cuộc gặp diễn ra trong không khí thân mật.',
    ]);
  });

  it('cuts at a chrome marker and reads the credit line before it', () => {
    const r = cleanBodyLines([
      'Hai bên gặp nhau.',
      'Ông nói thêm.',
      'TB (theo TTXVN)',
      '',
      'Nguồn',
      '',
      'Cùng chủ đề',
      'Hội Báo xuân 2025 khai mạc',
    ]);
    expect(r.paragraphs).toEqual(['Hai bên gặp nhau.', 'Ông nói thêm.']);
    expect(r).toMatchObject({ author: 'TB', outlet: 'TTXVN', scraped: true });
  });

  it('lets a credit line end the body even without a marker', () => {
    const r = cleanBodyLines([
      'Hai bên gặp nhau.',
      'Theo HNM',
      'Giá vàng hôm nay tăng mạnh trở lại',
    ]);
    expect(r.paragraphs).toEqual(['Hai bên gặp nhau.']);
    expect(r.outlet).toBe('Hà Nội Mới');
  });

  it('sets captions apart with their repeats and the line after an image file', () => {
    const r = cleanBodyLines([
      'Bộ trưởng Bùi Thanh Sơn và Antony Blinken. (Ảnh: Kiều Trang/TTXVN)',
      'Bộ trưởng Bùi Thanh Sơn và Antony Blinken',
      'Ngày 25/3, hai bộ trưởng gặp nhau.',
      'TTXVN_2603VietnamHoaKy2.jpeg',
      'Hai bộ trưởng tại cuộc đối thoại',
      'Hai bên trao đổi về Biển Đông.',
    ]);
    expect(r.paragraphs).toEqual([
      'Ngày 25/3, hai bộ trưởng gặp nhau.',
      'Hai bên trao đổi về Biển Đông.',
    ]);
    expect(r.captions).toHaveLength(3);
  });

  it('reads a byline that closes the block after "Xem thêm"', () => {
    const r = cleanBodyLines([
      'Hai nước nâng cấp quan hệ.',
      'Xem thêm: Ấn Độ cấp tín dụng',
      'Lãnh đạo thế giới chúc mừng',
      'Việt Dũng',
    ]);
    expect(r.paragraphs).toEqual(['Hai nước nâng cấp quan hệ.']);
    expect(r.author).toBe('Việt Dũng');
  });

  it('skips an inline "Xem thêm:" link and its headlines, then goes on with the article', () => {
    const r = cleanBodyLines([
      'Hai nước nâng cấp quan hệ.',
      'Xem thêm: Ấn Độ cấp tín dụng',
      'Lãnh đạo thế giới chúc mừng',
      'Hai bên ký 12 hiệp định.',
    ]);
    expect(r.paragraphs).toEqual(['Hai nước nâng cấp quan hệ.', 'Hai bên ký 12 hiệp định.']);
  });

  it('drops related-article links, repeated paragraphs and table cells', () => {
    const r = cleanBodyLines([
      'Phiên tòa mở ngày 28/2.',
      'Phiên tòa mở ngày 28/2.',
      'Ngày',
      '30/6',
      'Tin cũ về vụ kiện ( 24/02/2005 )',
    ]);
    expect(r.paragraphs).toEqual(['Phiên tòa mở ngày 28/2.']);
  });

  it('skips a box of related headlines set inside the article, and goes on below it', () => {
    const r = cleanBodyLines([
      'TIN LIÊN QUAN',
      'Khởi động chuỗi hoạt động kỷ niệm quan hệ hai nước',
      'Đại sứ: Nhìn lại để tiến bước',
      'Ông Nguyễn Văn An, Giám đốc Sở Ngoại vụ, và bà Jane Doe đồng chủ trì hội thảo về hợp tác giữa tỉnh và bang.',
      'Trong hai ngày làm việc, đoàn đã có nhiều cuộc gặp với quan chức chính quyền bang và các doanh nghiệp địa phương.',
      'Chuyến thăm nhằm thúc đẩy hợp tác kinh tế, giáo dục và du lịch giữa hai địa phương trong những năm tới đây.',
    ]);
    expect(r.paragraphs[0]).toMatch(/^Ông Nguyễn Văn An/u);
    expect(r.paragraphs).toHaveLength(3);
  });

  it('ends the article at a closing list of headlines with their cut snippets', () => {
    const lines = [
      'Sáng 14/6, Bộ trưởng tiếp đoàn nghị sĩ Hoa Kỳ tại Hà Nội và trao đổi về hợp tác giáo dục.',
      'Tin liên quan',
      'Hai nước thúc đẩy hợp tác giáo dục',
      'Ngày 3/5, đoàn đại biểu tỉnh đã làm việc với các trường đại học của bang về chương trình trao đổi sinh viên ...',
      'Doanh nghiệp hai nước tìm cơ hội đầu tư',
      'Diễn đàn doanh nghiệp được tổ chức tại thành phố với sự tham gia của hơn một trăm doanh nghiệp của hai nước …',
    ];
    expect(cleanBodyLines(lines).paragraphs).toEqual([lines[0]]);
  });

  it('does not end the article at a share button above the lead', () => {
    const r = cleanBodyLines([
      'Chia sẻ',
      'Chiều 31-1, hai bên gặp nhau.',
      'Tin khác',
      'Giá vàng tăng.',
    ]);
    expect(r.paragraphs).toEqual(['Chiều 31-1, hai bên gặp nhau.']);
  });
});
