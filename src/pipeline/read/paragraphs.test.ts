import { describe, expect, it } from 'vitest';
import { readParagraphs } from './paragraphs';

const plain = { markdown: false, hasTitle: false };

describe('readParagraphs', () => {
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

  it('chooses the headline the lead repeats over a menu line', () => {
    const parts = readParagraphs(
      'Trang chủ Thời sự Thế giới Kinh tế\nMỹ và Việt Nam ký hiệp định thương mại\nHôm nay, Mỹ và Việt Nam đã ký hiệp định thương mại mới tại Hà Nội.',
      plain,
    );
    expect(parts.title).toBe('Mỹ và Việt Nam ký hiệp định thương mại');
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
