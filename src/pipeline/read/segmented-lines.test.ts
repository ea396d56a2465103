import { describe, expect, it } from 'vitest';
import { readSegmentedLines } from './segmented-lines';

describe('readSegmentedLines', () => {
  it('reads the line above an opening timestamp as the headline and the menu lines above it as chrome', () => {
    const parts = readSegmentedLines(
      [
        'Tìm_kiếm tin_tức',
        '',
        'Liên_kết website',
        '',
        'Sở , Ban , Ngành',
        'Chủ_tịch UBND tỉnh Nguyễn_Văn_Phương tiếp Đại_sứ Hoa_Kỳ tại Việt_Nam',
        'Ngày cập_nhật 11/01/2023',
        'Chiều ngày 10/01 , Chủ_tịch UBND tỉnh Nguyễn_Văn_Phương đã tiếp ngài Marc_E._Knapper .',
        'Hai bên trao_đổi về hợp_tác giáo_dục .',
      ].join('\n'),
      true,
    );
    expect(parts.title).toBe(
      'Chủ tịch UBND tỉnh Nguyễn Văn Phương tiếp Đại sứ Hoa Kỳ tại Việt Nam',
    );
    expect(parts.publishedAt).toBe('2023-01-11');
    expect(parts.paragraphs).toEqual([
      'Chiều ngày 10/01, Chủ tịch UBND tỉnh Nguyễn Văn Phương đã tiếp ngài Marc E. Knapper.',
      'Hai bên trao đổi về hợp tác giáo dục.',
    ]);
  });

  it('skips the buttons a scrape leaves above the headline ("x", "+", "aa", "-")', () => {
    const parts = readSegmentedLines(
      [
        'x',
        '',
        '+',
        'aa',
        '-',
        'Nhóm thứ hai của Chương_trình_Hoà_bình bắt_đầu giảng_dạy tiếng Anh ở Việt_Nam',
        'Ngày 28/12 , lễ tuyên thệ của 9 tình_nguyện_viên đã diễn_ra tại thành_phố Hồ_Chí_Minh .',
      ].join('\n'),
      true,
    );
    expect(parts.title).toBe(
      'Nhóm thứ hai của Chương trình Hoà bình bắt đầu giảng dạy tiếng Anh ở Việt Nam',
    );
  });

  it('reads a photo caption opening the file as a caption, not the headline', () => {
    const parts = readSegmentedLines(
      [
        'Hai Thứ_trưởng đồng chủ_trì Đối_thoại ( Ảnh : Bộ Ngoại_giao ) .',
        '',
        'Ngày 30/3 , tại Washington , hai Thứ_trưởng đã đồng chủ_trì Đối_thoại .',
        '',
        'Hai bên trao_đổi về hợp_tác .',
      ].join('\n'),
      true,
    );
    expect(parts.title).toBe('');
    expect(parts.captions).toEqual(['Hai Thứ trưởng đồng chủ trì Đối thoại (Ảnh: Bộ Ngoại giao).']);
    expect(parts.paragraphs[0]).toBe(
      'Ngày 30/3, tại Washington, hai Thứ trưởng đã đồng chủ trì Đối thoại.',
    );
  });

  it('reads a later block of lines that repeat no body line and carry no credit as more body', () => {
    const body = [
      'Ngày 18/12 , Thứ_trưởng Đặng_Hoàng_Giang đồng_chủ_trì Đối_thoại .',
      '',
      'Đây là cơ_chế hợp_tác thường_niên .',
      '',
      'Tại Đối_thoại , hai bên đánh_giá quan_hệ song_phương .',
      'Phía Mỹ khẳng_định quan_hệ tiếp_tục phát_triển .',
    ].join('\n');
    const parts = readSegmentedLines(body, true);
    expect(parts.captions).toEqual([]);
    expect(parts.paragraphs).toContain('Phía Mỹ khẳng định quan hệ tiếp tục phát triển.');
  });

  it('reads title / lead / body / captions with a blank line between', () => {
    const body = [
      'Tàu_sân_bay Mỹ thăm Đà_Nẵng',
      '',
      'Tàu_sân_bay USS Carl_Vinson đã đến Đà_Nẵng .',
      '',
      'Đại_sứ Mỹ dự lễ đón .',
      'Lễ đón tại cảng Tiên_Sa chiều 5-3 .',
      'Hai bên giao_lưu văn_hóa .',
      'Lan_Hạ',
      '',
      '',
      'Lễ đón tại cảng Tiên_Sa chiều 5-3 .',
      'Thủy_thủ lên bờ - Ảnh : NGUYỄN_KHÁNH .',
    ].join('\n');
    const parts = readSegmentedLines(body, true);
    expect(parts.title).toBe('Tàu sân bay Mỹ thăm Đà Nẵng');
    expect(parts.paragraphs).toEqual([
      'Tàu sân bay USS Carl Vinson đã đến Đà Nẵng.',
      'Đại sứ Mỹ dự lễ đón.',
      'Hai bên giao lưu văn hóa.',
    ]);
    expect(parts.captions).toEqual([
      'Lễ đón tại cảng Tiên Sa chiều 5-3.',
      'Thủy thủ lên bờ - Ảnh: NGUYỄN KHÁNH.',
    ]);
    expect(parts.author).toBe('Lan Hạ');
  });

  it('skips a "SOURCE:" credit above the headline and reads a dateline among the lines', () => {
    const body = [
      'SOURCE : U.S. Department of State',
      '',
      'Đối_thoại Nhân_quyền Hoa_Kỳ-Việt_Nam 2023',
      '',
      'NGÀY 2 THÁNG 11 NĂM 2023',
      'Đối_thoại Nhân_quyền lần thứ 27 được tổ_chức tại Washington DC .',
    ].join('\n');
    const parts = readSegmentedLines(body, true);
    expect(parts.title).toBe('Đối thoại Nhân quyền Hoa Kỳ-Việt Nam 2023');
    expect(parts.publishedAt).toBe('2023-11-02');
  });

  it('skips a breadcrumb, reads the timestamp and view count above the headline', () => {
    const body = [
      'Trang_chủ Thời_sự - Đối_ngoại Quan_hệ Việt - Mỹ : một chặng đường',
      '',
      'Thứ ba , 8 Tháng 3 2016 09:40',
      '',
      '1520 Lượt xem',
      'Quan_hệ Việt - Mỹ : một chặng đường',
      'Hai nước đã bình_thường_hóa quan_hệ năm 1995 .',
      'Hội_thảo diễn ra tại Hà_Nội .',
    ].join('\n');
    const parts = readSegmentedLines(body, true);
    expect(parts.title).toBe('Quan hệ Việt - Mỹ: một chặng đường');
    expect(parts.publishedAt).toBe('2016-03-08');
  });

  it('takes a first line that opens like a lead for the lead, with no headline', () => {
    const parts = readSegmentedLines(
      'Chiều 25-9 , đồng_chí Nguyễn_Văn_Được đã tiếp bà Melissa_A._Brown , tân Tổng_Lãnh_sự Hoa_Kỳ .\n\nTại cuộc tiếp , hai bên trao_đổi .\n',
      true,
    );
    expect(parts.title).toBe('');
    expect(parts.paragraphs[0]).toMatch(/^Chiều 25-9, đồng chí Nguyễn Văn Được đã tiếp/);
  });

  it('reads one sentence per line and drops related-article links', () => {
    const body = [
      'Báo Mỹ viết về vụ kiện dioxin ',
      'Tờ New_York_Times hôm_nay đưa tin . ',
      'Phiên tranh_tụng bắt_đầu trưa 28/2 . ',
      'Nạn_nhân sẽ có_mặt tại phiên tranh_tụng ( 22/02/2005 ) ',
    ].join('\n');
    const parts = readSegmentedLines(body, false);
    expect(parts.title).toBe('Báo Mỹ viết về vụ kiện dioxin');
    expect(parts.paragraphs).toEqual([
      'Tờ New York Times hôm nay đưa tin.',
      'Phiên tranh tụng bắt đầu trưa 28/2.',
    ]);
  });

  it('reads a body that follows the lead without a blank line, and a byline after a blank line', () => {
    const body = [
      'Hai nước ký hiệp_định',
      '',
      'Hai bên ký hiệp_định thương_mại .',
      'Lễ ký diễn ra tại Hà_Nội .',
      'Hiệp_định có hiệu_lực từ năm sau .',
      '',
      'Ngọc_Ánh',
      'Lễ ký hiệp_định .',
    ].join('\n');
    const parts = readSegmentedLines(body, true);
    expect(parts.paragraphs).toEqual([
      'Hai bên ký hiệp định thương mại.',
      'Lễ ký diễn ra tại Hà Nội.',
      'Hiệp định có hiệu lực từ năm sau.',
    ]);
    expect(parts.captions).toEqual(['Lễ ký hiệp định.']);
    expect(parts.author).toBe('Ngọc Ánh');
  });
});
