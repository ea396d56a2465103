import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks, ellipses', () => {
    expect(
      splitSentences(
        'Hai bên gặp nhau. Ông nói gì? Thật tuyệt! Số du học sinh tăng… Các lĩnh vực mới.',
      ),
    ).toEqual([
      'Hai bên gặp nhau.',
      'Ông nói gì?',
      'Thật tuyệt!',
      'Số du học sinh tăng…',
      'Các lĩnh vực mới.',
    ]);
  });

  it('keeps initials, dotted abbreviations and numbers whole', () => {
    const p =
      'Đại sứ Marc E. Knapper tới Washington D.C. để họp. Th.S. Nguyễn Văn A cho biết đạt 11,4 tỷ USD, 123.000 người. TP. Hồ Chí Minh tăng 5.';
    expect(splitSentences(p)).toEqual([
      'Đại sứ Marc E. Knapper tới Washington D.C. để họp.',
      'Th.S. Nguyễn Văn A cho biết đạt 11,4 tỷ USD, 123.000 người.',
      'TP. Hồ Chí Minh tăng 5.',
    ]);
  });

  it('keeps a closing quote with its sentence and splits before an opening one', () => {
    expect(
      splitSentences('Ông nói: "Chúng tôi sẵn sàng." "Đây là dịp quan trọng", ông nói thêm.'),
    ).toEqual(['Ông nói: "Chúng tôi sẵn sàng."', '"Đây là dịp quan trọng", ông nói thêm.']);
  });

  it('returns substrings of the paragraph', () => {
    const p = 'Chiều 31-1, Phó Thủ tướng tiếp Đại sứ. Hai bên trao đổi   về thương mại.';
    for (const s of splitSentences(p)) expect(p.includes(s)).toBe(true);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('Tại Washington D.C. ngày 25/3 hai bên gặp nhau.')).toHaveLength(1);
  });
});
