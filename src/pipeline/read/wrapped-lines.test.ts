import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from './wrapped-lines';

describe('joinWrappedLines', () => {
  it('joins a hard-wrapped file, names split across lines included', () => {
    const lines = [
      'Sáng 3/4 vừa qua, Thủ tướng Lê Văn An và Bộ trưởng Thương mại Hoa Kỳ Mary',
      'Smith đã có cuộc gặp ngắn.',
      'Bộ trưởng Mary Smith',
      'cảm ơn Việt Nam đã đón tiếp đoàn; mong muốn hai bên tiếp tục mở rộng hợp tác',
      'thương mại và đầu tư trong thời gian tới.',
      'Thủ tướng cảm ơn',
      'Bộ trưởng đã đến thăm và đề nghị Hoa Kỳ sớm công nhận quy chế kinh tế thị',
      'trường của Việt Nam.',
    ];
    expect(joinWrappedLines(lines)).toEqual([
      'Sáng 3/4 vừa qua, Thủ tướng Lê Văn An và Bộ trưởng Thương mại Hoa Kỳ Mary Smith đã có cuộc gặp ngắn.',
      'Bộ trưởng Mary Smith cảm ơn Việt Nam đã đón tiếp đoàn; mong muốn hai bên tiếp tục mở rộng hợp tác thương mại và đầu tư trong thời gian tới.',
      'Thủ tướng cảm ơn Bộ trưởng đã đến thăm và đề nghị Hoa Kỳ sớm công nhận quy chế kinh tế thị trường của Việt Nam.',
    ]);
  });

  it('keeps a headline above the lead and ends paragraphs at blank lines', () => {
    const lines = [
      'Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ',
      'Chiều 3/4, tại Hà Nội, Thủ tướng Lê Văn An đã tiếp Bộ trưởng Thương mại Hoa',
      'Kỳ Mary Smith đang ở thăm và làm việc tại Việt Nam. Hai bên trao đổi về hợp',
      'tác kinh tế.',
      '',
      'Trang chủ Thời sự',
      '',
      'Bộ trưởng Mary Smith khẳng định Hoa Kỳ coi trọng quan hệ với Việt Nam và mong',
      'muốn tăng cường hợp tác.',
    ];
    expect(joinWrappedLines(lines)).toEqual([
      'Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ',
      'Chiều 3/4, tại Hà Nội, Thủ tướng Lê Văn An đã tiếp Bộ trưởng Thương mại Hoa Kỳ Mary Smith đang ở thăm và làm việc tại Việt Nam. Hai bên trao đổi về hợp tác kinh tế.',
      '',
      'Trang chủ Thời sự',
      '',
      'Bộ trưởng Mary Smith khẳng định Hoa Kỳ coi trọng quan hệ với Việt Nam và mong muốn tăng cường hợp tác.',
    ]);
  });

  it('leaves lines alone when nothing is wrapped', () => {
    const lines = [
      'Thủ tướng tiếp Đại sứ Hoa Kỳ',
      'Sáng nay, Thủ tướng đã tiếp Đại sứ Hoa Kỳ.',
      'Tổng thống Mỹ và Thủ tướng tại Hà Nội',
      'Hai bên trao đổi về hợp tác.',
    ];
    expect(joinWrappedLines(lines)).toEqual(lines);
  });

  it('does not join list items, captions or timestamps', () => {
    const lines = [
      'Các nội dung chính gồm',
      '- hợp tác kinh tế',
      '- hợp tác giáo dục',
      'Thủ tướng tiếp Đại sứ. Ảnh: TTXVN',
      'sau đó hai bên ăn trưa.',
    ];
    expect(joinWrappedLines(lines)).toEqual(lines);
  });
});
