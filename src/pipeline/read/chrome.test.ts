import { describe, expect, it } from 'vitest';
import {
  isCaptionLine,
  isChromeMarker,
  isClickPrompt,
  isImageFileName,
  isRelatedLink,
  isSiteChrome,
  parseTimestampLine,
  splitCaptionLine,
} from './chrome';

describe('isChromeMarker', () => {
  it('recognises the lines that open related-news lists', () => {
    for (const line of [
      'Nguồn',
      'Cùng chủ đề',
      'Cùng tác giả',
      'Tin khác',
      'Tin nổi bật',
      'Bình luận',
      'Back To Top',
      'Tin liên quan:',
      'Các tin liên quan:',
      'Các tin đã đưa',
      'Xem thêm : Donald_Trump nói chiến_thắng',
    ]) {
      expect(isChromeMarker(line), line).toBe(true);
    }
  });

  it('does not take sentences for markers', () => {
    expect(isChromeMarker('Nguồn tin cho biết hai bên đã gặp nhau.')).toBe(false);
    expect(isChromeMarker('Bình luận về chuyến thăm, ông nói:')).toBe(false);
  });
});

describe('page furniture', () => {
  it('reads the publication date off a timestamp line', () => {
    expect(parseTimestampLine('07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021 In bài viết')).toBe(
      '2024-02-01',
    );
    expect(parseTimestampLine('Thứ Hai, 25/03/2024 - 10:30 (GMT+7)')).toBe('2024-03-25');
    expect(parseTimestampLine('Các trang khác - 14/06/2007')).toBe('2007-06-14');
    expect(parseTimestampLine('09:15 | 03/04/2019 GMT+7')).toBe('2019-04-03');
    expect(parseTimestampLine('Ngày 9 tháng 3 năm 2022,')).toBe('2022-03-09');
    expect(parseTimestampLine('Thứ Tư, ngày 9 tháng 3 năm 2022')).toBe('2022-03-09');
    expect(parseTimestampLine('Ngày 9 tháng 3 năm 2022 |')).toBe('2022-03-09');
    expect(parseTimestampLine('Tháng Ba 9, 2022')).toBe('2022-03-09');
    expect(parseTimestampLine('Tháng Mười Hai 1, 2019')).toBe('2019-12-01');
    // No "năm" or comma before the year, and the hour after it
    expect(parseTimestampLine('Thứ ba, 8 Tháng 3 2016 09:40')).toBe('2016-03-08');
    // The month in words after the day, as a page's dateline prints it
    expect(parseTimestampLine('Thứ Tư, 9 Tháng ba, 2022')).toBe('2022-03-09');
    expect(parseTimestampLine('Thứ Bảy, 1 Tháng Mười Hai, 2018')).toBe('2018-12-01');
  });

  it('reads the day of a report off its closing source line, not off a sentence in parentheses', () => {
    expect(parseTimestampLine('(H.V., Sở Ngoại vụ TPHCM, ngày 2-10-2009)')).toBe('2009-10-02');
    expect(parseTimestampLine('(TTXVN, 15/3/2018)')).toBe('2018-03-15');
    expect(
      parseTimestampLine('(Hai bộ trưởng đã gặp nhau tại Hà Nội vào chiều hôm đó, ngày 2-10-2009)'),
    ).toBeUndefined();
  });

  it('does not take a line about an event for a date line', () => {
    expect(parseTimestampLine('Chiều 14/06/2007')).toBeUndefined();
    expect(parseTimestampLine('Hội nghị thượng đỉnh khai mạc ngày 14/06/2007')).toBeUndefined();
    expect(parseTimestampLine('Ngày 9 tháng 3 năm 2022, hai bên ký thỏa thuận.')).toBeUndefined();
    expect(parseTimestampLine('Tháng Ba 2022 sẽ có hội nghị')).toBeUndefined();
    expect(parseTimestampLine('Thứ Hai, 25/3/2024, hai bộ trưởng gặp nhau.')).toBeUndefined();
  });

  it('spots site chrome, image file names and click prompts', () => {
    expect(isSiteChrome('Powered by Techcity')).toBe(true);
    expect(isSiteChrome('10:41')).toBe(true);
    // A blog's post time and its search box, its script not run; a sentence that searches is text.
    expect(isSiteChrome('04:07:00')).toBe(true);
    expect(isSiteChrome('Searching...')).toBe(true);
    // The text-size buttons, and an image's name as words without accents or capitals
    for (const line of ['aa', 'A- A+', 'hoa ky ban giao tau tuan duyen cho viet nam'])
      expect(isSiteChrome(line)).toBe(true);
    // A close, zoom or share button alone on its line.
    for (const line of ['x', '+', '-', '×']) expect(isSiteChrome(line)).toBe(true);
    // The placeholder text an image leaves in a scrape.
    expect(isSiteChrome('image')).toBe(true);
    expect(isSiteChrome('Hoa Kỳ bàn giao tàu tuần duyên cho Việt Nam')).toBe(false);
    expect(isSiteChrome('Đang tìm kiếm hài cốt quân nhân Mỹ mất tích...')).toBe(false);
    // A bar of links, and a content system's fields dumped with the page
    expect(
      isSiteChrome(
        'Đặt mua báo in | Mới - Đọc báo in phiên bản số | Thứ Bảy , Ngày 23 tháng 11 năm 2024 ,',
      ),
    ).toBe(true);
    for (const field of ['749596', '/giaoduc/', 'null', 'Article'])
      expect(isSiteChrome(field)).toBe(true);
    expect(isSiteChrome('Vợ chồng ông Bush thăm bảo tàng lịch sử | |||||')).toBe(false);
    // Menu entries and a bare ellipsis above the headline
    expect(isSiteChrome('Tìm kiếm')).toBe(true);
    expect(isSiteChrome('Theo dõi Báo Nghệ An trên')).toBe(true);
    expect(isSiteChrome('Theo dõi Baoquocte.vn trên')).toBe(true);
    expect(isSiteChrome('Theo dõi tình hình trên biển Đông.')).toBe(false);
    expect(isSiteChrome('...')).toBe(true);
    expect(isSiteChrome('Tìm kiếm cơ hội hợp tác mới')).toBe(false);
    // An item of a list of links, its separator left on
    expect(isSiteChrome('Thiên tai "cuốn bay" 100.000 tỷ đồng -')).toBe(true);
    // A paragraph cut after a dash stays article text
    expect(
      isSiteChrome(
        'Hai bên nhất trí thúc đẩy hợp tác. Quan hệ đối tác chiến lược toàn diện Việt Nam -',
      ),
    ).toBe(false);
    expect(isSiteChrome('(ABC News) -')).toBe(true);
    expect(isSiteChrome('(ABC News) - Hai bộ trưởng gặp nhau.')).toBe(false);
    expect(isSiteChrome('Hai bên đã gặp nhau.')).toBe(false);
    // A banner offering the site's light version, and its close button
    expect(isSiteChrome('Bạn có thể xem phiên bản mobile của trang khi kết nối chậm. Đóng')).toBe(
      true,
    );
    expect(isSiteChrome('Hai bên đã ký hợp đồng. Đóng góp của Mỹ là rất lớn.')).toBe(false);
    // A breadcrumb from the home page, and a view counter
    expect(isSiteChrome('Trang chủ Thời sự - Chính trị Quan hệ Việt - Mỹ: một chặng đường')).toBe(
      true,
    );
    expect(isSiteChrome('Trang chủ của bộ đã đăng tin. Hai bên gặp nhau.')).toBe(false);
    expect(isSiteChrome('1520 Lượt xem')).toBe(true);
    // A blog's banner with its phone numbers and menu
    expect(isSiteChrome('HỘI CỰU CHIẾN BINH Liên hệ: 0912345678   TIN TỨC   QUÂN SỰ')).toBe(true);
    expect(isSiteChrome('Liên hệ với Đại sứ quán để biết thêm.')).toBe(false);
    expect(isImageFileName('TTXVN_2603VietnamHoaKy2.jpeg')).toBe(true);
    expect(isImageFileName('Ảnh chụp tại Hà Nội.jpeg hôm qua')).toBe(false);
    expect(isClickPrompt('Bấm vào hình để xem chi tiết')).toBe(true);
  });

  it('spots related-article links with their dates', () => {
    expect(isRelatedLink('Pháp kêu gọi ủng hộ vụ kiện của nạn nhân dioxin VN ( 24/02/2005 )')).toBe(
      true,
    );
    expect(isRelatedLink('05/01/2005 )')).toBe(true);
    expect(isRelatedLink('Phiên tòa mở ngày 28/2/2005.')).toBe(false);
  });
});

describe('isCaptionLine', () => {
  it('recognises photo credits in every layout', () => {
    expect(
      isCaptionLine('Bộ trưởng Bùi Thanh Sơn và Antony Blinken. (Ảnh: Kiều Trang/TTXVN)'),
    ).toBe(true);
    expect(isCaptionLine('Một dự án do USAID hỗ trợ tại Việt Nam (Ảnh: USAID).')).toBe(true);
    expect(
      isCaptionLine('Phó Thủ tướng đề nghị Hoa Kỳ sớm công nhận nền kinh tế thị trường. Ảnh VGP'),
    ).toBe(true);
    expect(isCaptionLine('Tổng Bí thư Tô Lâm tại hội nghị sáng 3/8. Ảnh: Hoàng Phong')).toBe(true);
    expect(isCaptionLine('Ảnh: Hoài Thương.')).toBe(true);
    expect(isCaptionLine('Lễ đón tại cảng Tiên Sa chiều 5-3 - Ảnh: NGUYỄN KHÁNH.')).toBe(true);
    expect(isCaptionLine('Bộ trưởng Quốc phòng Mỹ Lloyd Austin. Nguồn: AFP/TTXVN')).toBe(true);
  });

  it('keeps a paragraph the scrape ran its source line onto', () => {
    expect(
      isCaptionLine(
        'Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực giáo dục, y tế và khắc phục hậu quả chiến tranh. Nguồn: TTXVN',
      ),
    ).toBe(false);
    expect(isCaptionLine('Nguồn: Bộ Ngoại giao')).toBe(false);
  });

  it('does not take body sentences that mention photos for captions', () => {
    expect(isCaptionLine('Ảnh hưởng của bão số 9 rất lớn, người dân không kịp trở tay.')).toBe(
      false,
    );
    expect(isCaptionLine('Hai bên trao đổi ảnh lưu niệm và quà tặng.')).toBe(false);
  });
});

describe('splitCaptionLine', () => {
  const lead =
    'Sáng 3/4, tại Phủ Chủ tịch đã diễn ra cuộc hội đàm giữa Chủ tịch nước và Tổng thống Pháp. Chủ tịch nước hoan nghênh Tổng thống Pháp và đoàn đại biểu cấp cao tới thăm chính thức Việt Nam; khẳng định sự coi trọng quan hệ hai nước.';

  it('keeps the paragraph that runs into a caption in the body', () => {
    expect(
      splitCaptionLine(`${lead} Chủ tịch nước đón Tổng thống Pháp. Ảnh: Lê Minh – TTXVN |`),
    ).toEqual([lead, 'Chủ tịch nước đón Tổng thống Pháp. Ảnh: Lê Minh – TTXVN']);
    expect(splitCaptionLine(`${lead} Quang cảnh hội đàm (Ảnh: TTXVN)`)).toEqual([
      lead,
      'Quang cảnh hội đàm (Ảnh: TTXVN)',
    ]);
  });

  it('leaves a caption of one or two sentences whole, without its table border', () => {
    expect(splitCaptionLine('Tổng thống Pháp tại Hà Nội. Ảnh: AP. |')).toEqual([
      'Tổng thống Pháp tại Hà Nội. Ảnh: AP.',
    ]);
    expect(
      splitCaptionLine('Quang cảnh buổi tiếp. Ông Antony J. Blinken phát biểu. Ảnh: VGP'),
    ).toEqual(['Quang cảnh buổi tiếp. Ông Antony J. Blinken phát biểu. Ảnh: VGP']);
    expect(splitCaptionLine('Hai bên trao đổi về hợp tác.')).toEqual([
      'Hai bên trao đổi về hợp tác.',
    ]);
  });
});
