import { describe, expect, it } from 'vitest';
import {
  cleanTitle,
  completeTruncatedTitle,
  findHeadlineEnd,
  opensLikeLead,
  titleFromSentence,
  withoutOutletTag,
} from './headline';

const tokens = (s: string) => s.split(' ');
const headline = (s: string) =>
  tokens(s)
    .slice(0, findHeadlineEnd(tokens(s)))
    .join(' ');

describe('findHeadlineEnd', () => {
  it('lets a closing bracket end the headline', () => {
    expect(
      headline(
        'Tiếp đoàn cựu_chiến_binh Mỹ ( Vietpeace ) Chiều 18/4 , Chủ_tịch Hội đã tiếp đoàn cựu_chiến_binh Mỹ tại Hà_Nội . Hai bên trao_đổi .',
      ),
    ).toBe('Tiếp đoàn cựu_chiến_binh Mỹ ( Vietpeace )');
  });

  it('never cuts a headline inside the quotation a text opens with', () => {
    expect(
      headline(
        '" Tôi đã làm_việc về Chương_trình_Hòa_bình này trong gần 20 năm " , Đại_sứ Marc_Knapper phát_biểu chào mừng 10 tình_nguyện_viên đầu_tiên của Chương_trình_Hòa_bình đến Việt_Nam , trong sự_kiện hôm 2/11 . Nghi_thức chào mừng các tình_nguyện_viên của Chương_trình_Hòa_bình được thực_hiện .',
      ),
    ).toBe('');
  });

  it("ends where the outlet's bracketed tag and a dash open the lead", () => {
    expect(
      headline(
        'Việt – Mỹ phối_hợp thúc_đẩy các chuyến thăm giữa lãnh_đạo cấp cao ( PLVN ) - Bộ Ngoại_giao ngày 14/7 cho_biết , tối 13/7 , Bộ_trưởng đã gặp Ngoại_trưởng Mỹ . Hai bên trao_đổi .',
      ),
    ).toBe('Việt – Mỹ phối_hợp thúc_đẩy các chuyến thăm giữa lãnh_đạo cấp cao');
  });

  it('takes the prefix the lead repeats word for word', () => {
    expect(
      headline(
        'Mỹ ủng_hộ ASEAN mạnh_mẽ Ngoại_trưởng Blinken nói Mỹ ủng_hộ ASEAN mạnh_mẽ , tại cuộc họp . Hai bên trao_đổi .',
      ),
    ).toBe('Mỹ ủng_hộ ASEAN mạnh_mẽ');
  });

  it('ends where a common word starts the lead, not at a name inside the headline', () => {
    expect(
      headline(
        'Việt_Nam chúc_mừng Donald_Trump đắc_cử tổng_thống Mỹ Các lãnh_đạo Việt_Nam gửi điện chúc_mừng ông Donald_Trump sau khi ông thắng cử . Các nước cũng chúc_mừng .',
      ),
    ).toBe('Việt_Nam chúc_mừng Donald_Trump đắc_cử tổng_thống Mỹ');
  });

  it('finds no headline where the text opens with its lead ("Chiều 15.4 , …")', () => {
    expect(
      headline(
        'Chiều 15.4 , Tổng_Bí_thư Nguyễn_Phú_Trọng đã tiếp Đại_sứ Mỹ tại Việt_Nam Daniel_Kritenbrink đến chào từ_biệt . Đại_sứ bày_tỏ vinh_dự .',
      ),
    ).toBe('');
  });

  it('finds no headline where no cut leaves a lead that repeats it', () => {
    expect(
      headline(
        'Chuyến_thăm của người đứng_đầu Lầu_Năm_Góc tại Việt_Nam kéo_dài 3 ngày , từ 19-21/11 . Lễ tiếp_đón chính_thức Bộ_trưởng Mark_Esper diễn ra sáng 20/11 .',
      ),
    ).toBe('');
  });

  it('does not end a headline between a title and its name', () => {
    expect(
      headline(
        'Thủ_tướng tiếp Đại_sứ Mỹ tại Việt_Nam Daniel_Kritenbrink Chiều 6/11 , Thủ_tướng đã tiếp Đại_sứ Mỹ tại Việt_Nam Daniel_Kritenbrink đến chào . Hai bên trao_đổi .',
      ),
    ).toBe('Thủ_tướng tiếp Đại_sứ Mỹ tại Việt_Nam Daniel_Kritenbrink');
  });

  it('does not end a headline on a preposition', () => {
    expect(
      headline(
        'Lưỡng đảng_Mỹ ủng_hộ quan_hệ với Việt_Nam Các quan_chức Mỹ coi Việt_Nam là đối_tác , với quan_hệ được sự ủng_hộ của cả hai đảng .',
      ),
    ).toBe('Lưỡng đảng_Mỹ ủng_hộ quan_hệ với Việt_Nam');
  });

  it('prefers the lead whose sentence covers the whole headline', () => {
    expect(
      headline(
        'Tuyên_bố_chung về quan_hệ Đối_tác Chiến_lược Toàn_diện Việt - Mỹ Tổng_Bí_thư Nguyễn_Phú_Trọng và Tổng_thống Joe Biden ra Tuyên_bố_chung về nâng_cấp quan_hệ Việt - Mỹ lên Đối_tác Chiến_lược Toàn_diện , trong đó có hợp_tác toàn_diện .',
      ),
    ).toBe('Tuyên_bố_chung về quan_hệ Đối_tác Chiến_lược Toàn_diện Việt - Mỹ');
  });
});

describe('cleanTitle', () => {
  it('strips fire marks and the keyword prefix', () => {
    expect(cleanTitle('🔥🔥🔥 [Tô Lâm] Lãnh đạo Lào, Campuchia chúc mừng')).toBe(
      'Lãnh đạo Lào, Campuchia chúc mừng',
    );
  });
});

describe('completeTruncatedTitle', () => {
  it("completes a cut title from the URL slug with the article's own spelling", () => {
    const text =
      'Phó Thủ tướng sẽ tham dự Hội nghị Tương lai châu Á và thăm Nhật Bản. Nhật Bản tổ chức hội nghị.';
    expect(
      completeTruncatedTitle(
        'Phó Thủ tướng sắp tham dự Hội nghị Tương lai châu ...',
        'https://baoquocte.vn/pho-thu-tuong-sap-tham-du-hoi-nghi-tuong-lai-chau-a-va-tham-nhat-ban-271994.html',
        text,
      ),
    ).toBe('Phó Thủ tướng sắp tham dự Hội nghị Tương lai châu Á và thăm Nhật Bản');
  });

  it('drops the ellipsis when the slug does not match', () => {
    expect(completeTruncatedTitle('Hội nghị châu ...', 'https://a.vn/khac-han-1.html', '')).toBe(
      'Hội nghị châu',
    );
  });
});

describe('titleFromSentence', () => {
  it('keeps the headline run together with a lead that opens with its date, without the section label', () => {
    expect(
      titleFromSentence(
        'Thời sự Chủ tịch UBND tỉnh Nguyễn Đức Trung tiếp, làm việc với đoàn doanh nghiệp Hoa Kỳ Chiều 11/6, đồng chí Nguyễn Đức Trung đã tiếp đoàn doanh nghiệp Hoa Kỳ.',
      ),
    ).toBe('Chủ tịch UBND tỉnh Nguyễn Đức Trung tiếp, làm việc với đoàn doanh nghiệp Hoa Kỳ');
    // A lead that opens with its date is no headline to cut.
    expect(
      titleFromSentence('Chiều 11/6, Chủ tịch UBND tỉnh đã tiếp đoàn doanh nghiệp Hoa Kỳ.'),
    ).toBe('Chủ tịch UBND tỉnh đã tiếp đoàn doanh nghiệp Hoa Kỳ');
  });

  it('drops a place that goes on in short clauses after "tại"', () => {
    expect(
      titleFromSentence(
        'Ngày 30/3, tại thủ đô Washington, D.C., Mỹ, Thứ trưởng Hà Kim Ngọc và Trợ lý Ngoại trưởng Jessica Lewis đồng chủ trì Đối thoại.',
      ),
    ).toBe('Thứ trưởng Hà Kim Ngọc và Trợ lý Ngoại trưởng Jessica Lewis đồng chủ trì Đối thoại');
  });

  it('drops introductory clauses and cuts at a clause boundary', () => {
    const t = titleFromSentence(
      'Theo thông cáo báo chí của Đại sứ quán Mỹ tại Việt Nam, Cơ quan Phát triển Quốc tế Mỹ (USAID) vừa khởi động hai dự án mới nhằm giúp Việt Nam có những hành động tích cực về khí hậu để góp phần giải quyết khủng hoảng.',
    );
    expect(t).toBe('Cơ quan Phát triển Quốc tế Mỹ (USAID) vừa khởi động hai dự án mới');
    expect(t.length).toBeLessThanOrEqual(120);
  });

  it("drops the outlet's tag and a clause that is only a date or a place", () => {
    expect(
      titleFromSentence(
        '(ABC) - Sáng nay, 9-10, tại Nhà hát Lớn, hai bộ trưởng ký thỏa thuận hợp tác giáo dục.',
      ),
    ).toBe('Hai bộ trưởng ký thỏa thuận hợp tác giáo dục');
  });

  it('keeps a short sentence whole, without its full stop', () => {
    expect(titleFromSentence('Hai nước ký hiệp định thương mại.')).toBe(
      'Hai nước ký hiệp định thương mại',
    );
  });
});

describe("the outlet's bracketed tag", () => {
  it('is no part of a headline or a title made from the lead', () => {
    expect(withoutOutletTag('(TTV) Phát triển hạ tầng giao thông nông thôn')).toBe(
      'Phát triển hạ tầng giao thông nông thôn',
    );
    expect(
      titleFromSentence(
        '(BTV) Chiều 29/10, Đoàn công tác của Tổ chức Điều hành Doanh nghiệp vì An ninh Quốc gia (Hoa Kỳ) đã đến thăm Bắc Ninh.',
      ),
    ).toBe(
      'Đoàn công tác của Tổ chức Điều hành Doanh nghiệp vì An ninh Quốc gia (Hoa Kỳ) đã đến thăm Bắc Ninh',
    );
    // a bracketed word that is no outlet's abbreviation stays
    expect(withoutOutletTag('(Hoa Kỳ) Đoàn công tác')).toBe('(Hoa Kỳ) Đoàn công tác');
    // an online edition's tag without brackets goes too; an organisation's name before a dash stays
    expect(
      titleFromSentence('NLĐO - Tàu tuần duyên Mỹ đã cập cảng Tiên Sa, mở đầu chuyến thăm.'),
    ).toBe('Tàu tuần duyên Mỹ đã cập cảng Tiên Sa, mở đầu chuyến thăm');
    expect(withoutOutletTag('VOV.VN - Chiều 3/4, Đại sứ')).toBe('Chiều 3/4, Đại sứ');
    expect(withoutOutletTag('ASEAN - Hoa Kỳ: quan hệ đối tác')).toBe(
      'ASEAN - Hoa Kỳ: quan hệ đối tác',
    );
  });

  it('does not hide that a text opens with its lead', () => {
    expect(opensLikeLead(tokens('( BTV ) Chiều 29/10 , Đoàn công_tác của Tổ_chức'))).toBe(true);
    expect(opensLikeLead(tokens('(Baonghean.vn) - Sáng 15/6, Đoàn công tác'))).toBe(true);
    expect(opensLikeLead(tokens('( BTV ) Bắc_Ninh đón đoàn công_tác Hoa_Kỳ'))).toBe(false);
  });
});
