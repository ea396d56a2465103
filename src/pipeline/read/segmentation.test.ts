import { describe, expect, it } from 'vitest';
import { isSegmented, splitGluedWords, tidyPunctuation, unsegment } from './segmentation';

describe('unsegment', () => {
  it('turns underscores into spaces and attaches punctuation', () => {
    expect(unsegment('Bộ_trưởng Bùi_Thanh_Sơn , Việt_Nam ; ngày 25/3 .')).toBe(
      'Bộ trưởng Bùi Thanh Sơn, Việt Nam; ngày 25/3.',
    );
  });

  it('hugs brackets and quotes', () => {
    expect(unsegment('Như_Tâm ( Theo TTXVN )')).toBe('Như Tâm (Theo TTXVN)');
    expect(unsegment('trong " Năm kỷ_niệm 10 năm " , tăng_cường')).toBe(
      'trong "Năm kỷ niệm 10 năm", tăng cường',
    );
    expect(unsegment('cho_biết : " Chủ_tịch nước đã gửi điện mừng " .')).toBe(
      'cho biết: "Chủ tịch nước đã gửi điện mừng".',
    );
    expect(unsegment("là ' thương_vụ phức_tạp '")).toBe("là 'thương vụ phức tạp'");
    expect(unsegment('“ Tôi rất ấn_tượng ” , ông nói')).toBe('“Tôi rất ấn tượng”, ông nói');
  });

  it('keeps a quote closed on the next line closed', () => {
    expect(unsegment('đối_tác chặt_chẽ " .')).toBe('đối tác chặt chẽ".');
  });

  it('keeps numbers, hyphens and initials', () => {
    expect(
      unsegment('tăng 11 % , đạt 11,4 tỷ USD , 123.000 người , Việt - Mỹ , Wayne_E._Meyer'),
    ).toBe('tăng 11%, đạt 11,4 tỷ USD, 123.000 người, Việt - Mỹ, Wayne E. Meyer');
  });
});

describe('tidyPunctuation', () => {
  it('closes a date typed with a space after each slash, and nothing else', () => {
    expect(tidyPunctuation('Ngày 16/ 11/ 2011, Bộ trưởng đến thăm')).toBe(
      'Ngày 16/11/2011, Bộ trưởng đến thăm',
    );
    expect(tidyPunctuation('tỷ lệ 3/ 4 số phiếu')).toBe('tỷ lệ 3/ 4 số phiếu');
  });

  it('separates sentences glued at a full stop and drops a doubled stop', () => {
    expect(tidyPunctuation('lớn nhất tại ASEAN.Đầu tư tăng')).toBe(
      'lớn nhất tại ASEAN. Đầu tư tăng',
    );
    expect(tidyPunctuation('tới Hoa Kỳ..')).toBe('tới Hoa Kỳ.');
    expect(tidyPunctuation('TP.HCM và Marc E.Knapper')).toBe('TP.HCM và Marc E.Knapper');
  });
});

describe('isSegmented', () => {
  it('recognises segmented text and not ordinary text', () => {
    expect(
      isSegmented(
        'Bộ_trưởng Ngoại_giao Bùi_Thanh_Sơn và Ngoại_trưởng Antony Blinken gặp nhau tại Washington .',
      ),
    ).toBe(true);
    expect(
      isSegmented('Bộ trưởng Ngoại giao Bùi Thanh Sơn, file TTXVN_2603.jpeg, gặp Blinken.'),
    ).toBe(false);
  });
});

describe('splitGluedWords', () => {
  it('splits Vietnamese words glued by a lost tag', () => {
    expect(splitGluedWords('Chính trịĐối ngoại')).toBe('Chính trị Đối ngoại');
    expect(splitGluedWords('Dự ánQuản lý rừng')).toBe('Dự án Quản lý rừng');
  });

  it('leaves brand names and capitals alone', () => {
    expect(splitGluedWords('VnExpress, iPhone, McCain, HẠNH PHÚC')).toBe(
      'VnExpress, iPhone, McCain, HẠNH PHÚC',
    );
  });
});
