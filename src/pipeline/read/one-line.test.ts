import { describe, expect, it } from 'vitest';
import { readOneLine } from './one-line';

describe('readOneLine', () => {
  const text =
    'Mỹ ủng_hộ ASEAN mạnh_mẽ Ngoại_trưởng Blinken nói Mỹ ủng_hộ ASEAN mạnh_mẽ , tại cuộc họp ở Washington . ' +
    'Hai bên gặp nhau ngày 25/3 . Bộ_trưởng Bùi_Thanh_Sơn và Ngoại_trưởng Antony_Blinken tại Washington . Ảnh : BNG_Hai Bộ_trưởng điểm lại quan_hệ . ' +
    'Hai bên trao_đổi về Biển_Đông ( UNCLOS ) . Như_Tâm ( Theo TTXVN )';

  it('ends the headline at a page timestamp run into the line, and takes its date', () => {
    const parts = readOneLine(
      'Thứ_trưởng Bộ Y_tế Nguyễn_Thị_Liên_Hương tiếp Giám Đốc Quốc_gia USAID 17/11/2023 | 09:06 AM | Chiều 16/11/2023 , tại trụ_sở Bộ Y_tế , Thứ_trưởng đã tiếp bà Aler_Grubbs .',
    );
    expect(parts.title).toBe(
      'Thứ trưởng Bộ Y tế Nguyễn Thị Liên Hương tiếp Giám Đốc Quốc gia USAID',
    );
    expect(parts.publishedAt).toBe('2023-11-17');
    expect(parts.lead).toBe(
      'Chiều 16/11/2023, tại trụ sở Bộ Y tế, Thứ trưởng đã tiếp bà Aler Grubbs.',
    );
  });

  it('ends the headline at a weekday, date and time run into the line', () => {
    const parts = readOneLine(
      'Việt_Nam và Mỹ thúc_đẩy giao_lưu nhân_dân Thứ Sáu , 20/05/2016 , 17:41 Ngày 20-5 , tại Hà_Nội , Hội Việt-Mỹ đã tổ_chức buổi gặp_gỡ . Hai bên trao_đổi .',
    );
    expect(parts.title).toBe('Việt Nam và Mỹ thúc đẩy giao lưu nhân dân');
    expect(parts.publishedAt).toBe('2016-05-20');
    expect(parts.lead).toMatch(/^Ngày 20-5, tại Hà Nội/u);
  });

  it('ends the headline at the page date in brackets, and takes it as the publication date', () => {
    const r = readOneLine(
      'Đồng_chí Nguyễn_Văn_An đón đoàn cựu_chiến_binh Mỹ ( 26/05/2012 ) Trao_đổi trong cuộc làm_việc , đồng_chí Nguyễn_Văn_An đánh_giá cao đóng_góp của đoàn . Hai bên trao_đổi về hợp_tác .',
    );
    expect(r.title).toBe('Đồng chí Nguyễn Văn An đón đoàn cựu chiến binh Mỹ');
    expect(r.publishedAt).toBe('2012-05-26');
    expect(r.lead).toMatch(/^Trao đổi trong cuộc làm việc/u);
  });

  it('splits headline, lead and body', () => {
    const parts = readOneLine(text);
    expect(parts.title).toBe('Mỹ ủng hộ ASEAN mạnh mẽ');
    expect(parts.lead).toBe(
      'Ngoại trưởng Blinken nói Mỹ ủng hộ ASEAN mạnh mẽ, tại cuộc họp ở Washington.',
    );
    expect(parts.paragraphs).toEqual([
      'Hai bên gặp nhau ngày 25/3.',
      'Hai Bộ trưởng điểm lại quan hệ. Hai bên trao đổi về Biển Đông (UNCLOS).',
    ]);
  });

  it('sets the caption apart and splits the credit glued to the next sentence', () => {
    expect(readOneLine(text).captions).toEqual([
      'Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Antony Blinken tại Washington. Ảnh: BNG',
    ]);
  });

  it('reads the byline at the end', () => {
    expect(readOneLine(text)).toMatchObject({ author: 'Như Tâm', outlet: 'TTXVN' });
    expect(
      readOneLine('Tin ngắn về hợp_tác Hai bên ký hiệp_định về hợp_tác . Ông nói thêm . Huyền_Lê')
        .author,
    ).toBe('Huyền Lê');
  });

  it('finds a name glued to a link prompt', () => {
    const parts = readOneLine(
      'Tin ngắn về hợp_tác Hai bên ký hiệp_định về hợp_tác . Ông nói thêm . Xem toàn_văn Tuyên_bố chungNgọc Ánh',
    );
    expect(parts.author).toBe('Ngọc Ánh');
    expect(parts.paragraphs.join(' ')).not.toContain('Xem');
  });

  it('turns an infographic title before "Bấm vào hình" into a caption', () => {
    const parts = readOneLine(
      'Tin ngắn về hợp_tác Hai bên ký hiệp_định về hợp_tác . 10 năm Việt - Mỹ . Bấm vào hình để xem chi_tiết Hai nước tăng_cường hợp_tác .',
    );
    expect(parts.captions).toEqual(['10 năm Việt - Mỹ.']);
    expect(parts.paragraphs).toEqual(['Hai nước tăng cường hợp tác.']);
  });

  it('reads a bracketed credit and a dash credit', () => {
    const parts = readOneLine(
      'Tin ngắn về hợp_tác Hai bên ký hiệp_định về hợp_tác . Hai bộ_trưởng bắt_tay . ( Ảnh : TTXVN ) Lễ đón tại cảng chiều 5-3 - Ảnh : NGUYỄN_KHÁNH . Hai bên trao_đổi .',
    );
    expect(parts.captions).toEqual([
      'Hai bộ trưởng bắt tay. Ảnh: TTXVN',
      'Lễ đón tại cảng chiều 5-3 - Ảnh: NGUYỄN KHÁNH',
    ]);
    expect(parts.paragraphs).toEqual(['Hai bên trao đổi.']);
  });

  it('reads an opening weekday and full date as the day of the text, not its headline', () => {
    const parts = readOneLine(
      'Thứ Tư , ngày 28/11/2018 Nhà_hàng Hoàng_Yến , TP . Hồ_Chí_Minh Kính chào các quý_vị ! Tôi lấy_làm vinh_dự khi được phát_biểu tại cuộc họp ngày hôm_nay .',
    );
    expect(parts.publishedAt).toBe('2018-11-28');
    expect(parts.title).not.toMatch(/Thứ Tư|28\/11/);
  });
});
