import { describe, expect, it } from 'vitest';
import { eventTitle, headlineNamesEvent, normalisePairs, tidyTitle } from './titles';

const trong = { name: 'Nguyễn Phú Trọng', title: 'Tổng Bí thư', country: 'VN' };
const biden = { name: 'Joe Biden', title: 'Tổng thống', country: 'US' };
const base = { headline: '', sentence: '', singleEvent: true };

describe('eventTitle', () => {
  it('uses a headline that names the event, with one spelling of the country pair', () => {
    expect(
      eventTitle({
        ...base,
        headline: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam-Hoa Kỳ lần thứ nhất',
        kind: 'dialogue',
        participants: [],
      }),
    ).toBe('Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ lần thứ nhất');
    expect(
      eventTitle({
        ...base,
        headline: 'Phó Thủ tướng Chính phủ Lê Minh Khái tiếp Đại sứ Hoa Kỳ tại Việt Nam',
        kind: 'meeting',
        participants: [{ name: 'Lê Minh Khái', country: 'VN' }],
      }),
    ).toBe('Phó Thủ tướng Chính phủ Lê Minh Khái tiếp Đại sứ Hoa Kỳ tại Việt Nam');
  });

  it('titles a festival day by who attended it, without when it took place', () => {
    expect(
      eventTitle({
        ...base,
        headline: 'Hợp tác giáo dục góp phần kết nối nhân dân Việt - Mỹ',
        sentence:
          'Đại sứ Mỹ tại Việt Nam Marc Knapper cho biết như vậy tại Ngày hội Văn hóa hữu nghị Việt-Mỹ diễn ra sáng 15/7 tại Hà Nội.',
        kind: 'ceremony',
        participants: [{ name: 'Marc Knapper', title: 'Đại sứ', country: 'US' }],
      }),
    ).toBe('Đại sứ Mỹ Marc Knapper dự Ngày hội Văn hóa hữu nghị Việt Nam – Hoa Kỳ');
  });

  it('titles a speech told in the first person by its act, not by a person it thanks', () => {
    expect(
      eventTitle({
        ...base,
        sentence:
          'Tôi lấy làm vinh dự khi được phát biểu tại cuộc họp ngày hôm nay, cuộc họp lần đầu tiên.',
        kind: 'statement',
        participants: [{ name: 'Đàm Bích Thủy', title: 'Chủ tịch', country: 'VN' }],
      }),
    ).toBe('Phát biểu tại cuộc họp');
  });

  it('puts the speaker before an answer that opens the sentence, in lower case', () => {
    expect(
      eventTitle({
        ...base,
        sentence:
          'Trả lời phỏng vấn báo chí sáng 3/4, Thứ trưởng Ngoại giao Đỗ Hùng Việt cho biết hai bên sẽ họp tiếp.',
        kind: 'statement',
        participants: [{ name: 'Đỗ Hùng Việt', title: 'Thứ trưởng Ngoại giao', country: 'VN' }],
      }),
    ).toBe('Thứ trưởng Ngoại giao Đỗ Hùng Việt trả lời phỏng vấn báo chí');
  });

  it('never uses an opinion or a quote as the title', () => {
    expect(
      headlineNamesEvent(
        'Mỹ coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam',
        'dialogue',
        [],
      ),
    ).toBe(false);
    expect(
      headlineNamesEvent('Tổng thống Macron: Pháp luôn sát cánh với Việt Nam', 'talks', []),
    ).toBe(false);
  });

  it("a meeting headline names a visit only when everyone it names is among the visit's people", () => {
    const visit = [
      { name: 'Trần Lưu Quang', title: 'Phó Thủ tướng', country: 'VN' },
      { name: 'Gina Raimondo', title: 'Bộ trưởng Thương mại', country: 'US' },
    ];
    expect(
      headlineNamesEvent(
        'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo',
        'visit',
        visit,
      ),
    ).toBe(false);
    expect(
      headlineNamesEvent(
        'Phó Thủ tướng Trần Lưu Quang gặp Bộ trưởng Gina Raimondo',
        'visit',
        visit,
      ),
    ).toBe(true);
  });

  it('titles a statement no person issued by the clause naming the body, without its date', () => {
    expect(
      eventTitle({
        ...base,
        headline: '',
        kind: 'statement',
        participants: [],
        sentence: 'Bộ Ngoại giao ngày 2/3 đã ra thông cáo cho biết Ngoại trưởng sẽ thăm Việt Nam.',
      }),
    ).toBe('Bộ Ngoại giao ra thông cáo');
  });

  it('composes "{title} {name} {verb} {title} {name}"', () => {
    expect(
      eventTitle({
        ...base,
        headline: 'Hợp tác tăng cường',
        kind: 'talks',
        participants: [trong, biden],
      }),
    ).toBe('Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Joe Biden');
    const lich = { name: 'Ngô Xuân Lịch', title: 'Bộ trưởng Quốc phòng', country: 'VN' };
    const mattis = { name: 'James Mattis', title: 'Bộ trưởng Quốc phòng', country: 'US' };
    expect(eventTitle({ ...base, kind: 'meeting', participants: [lich, mattis] })).toBe(
      'Bộ trưởng Quốc phòng Ngô Xuân Lịch gặp Bộ trưởng Quốc phòng Mỹ James Mattis',
    );
  });

  it('titles a visit by its visitor and destination', () => {
    const trung = {
      name: 'Lê Hoài Trung',
      title: 'Trưởng Ban Đối ngoại Trung ương',
      country: 'VN',
    };
    expect(
      eventTitle({
        ...base,
        headline: 'Lưỡng đảng Mỹ ủng hộ quan hệ với Việt Nam',
        kind: 'visit',
        participants: [trung],
        destination: 'US',
      }),
    ).toBe('Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung thăm Hoa Kỳ');
    expect(
      eventTitle({
        ...base,
        kind: 'visit',
        participants: [],
        sentence: 'tàu sân bay USS Carl Vinson sẽ thăm Đà Nẵng',
        destination: 'VN',
        location: 'Đà Nẵng',
      }),
    ).toBe('Tàu sân bay USS Carl Vinson thăm Đà Nẵng');
  });

  it('takes a named dialogue or joint statement from the sentence', () => {
    expect(
      eventTitle({
        ...base,
        headline: 'Mỹ coi trọng quan hệ',
        kind: 'dialogue',
        participants: [],
        sentence:
          'ngày 25/3 đồng chủ trì Đối thoại cấp Bộ trưởng Ngoại giao Việt - Mỹ tại Washington.',
      }),
    ).toBe('Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ');
  });

  it('normalises country pairs', () => {
    expect(normalisePairs('quan hệ Việt - Mỹ')).toBe('quan hệ Việt Nam – Hoa Kỳ');
  });
});

describe('tidyTitle', () => {
  it('drops the time and tense words a sentence gives, as an editor would', () => {
    expect(tidyTitle('Hôm nay (12/7), Ngoại trưởng Hoa Kỳ thăm Việt Nam')).toBe(
      'Ngoại trưởng Hoa Kỳ thăm Việt Nam',
    );
    expect(
      tidyTitle(
        'Hoa Kỳ và Việt Nam tổ chức Đối thoại nhân quyền lần thứ 22 tại Washington hôm 17/5/2018',
      ),
    ).toBe('Hoa Kỳ và Việt Nam tổ chức Đối thoại nhân quyền lần thứ 22 tại Washington');
    // The "ngày" after a count is its unit.
    expect(tidyTitle('Chuyến thăm của Bộ trưởng Esper kéo dài 3 ngày, từ 19-21/11')).toBe(
      'Chuyến thăm của Bộ trưởng Esper kéo dài 3 ngày',
    );
    expect(tidyTitle('Bộ trưởng Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Marco Rubio')).toBe(
      'Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Marco Rubio',
    );
    expect(tidyTitle('Bộ trưởng Phạm Bình Minh ký tắt sáng Thứ Năm')).toBe(
      'Bộ trưởng Phạm Bình Minh ký tắt',
    );
    expect(
      tidyTitle('rạng sáng 22-9 theo giờ Việt Nam), Thủ tướng tiếp Đặc phái viên John Kerry'),
    ).toBe('Thủ tướng tiếp Đặc phái viên John Kerry');
    // A title with nothing to drop is left as it is.
    expect(tidyTitle('Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ lần thứ nhất')).toBe(
      'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ lần thứ nhất',
    );
  });
});
