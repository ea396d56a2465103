import { describe, expect, it } from 'vitest';
import { ceremonyHeld, classifyKind, findKinds } from './kinds';

describe('kinds', () => {
  it('classifies the reporting words', () => {
    expect(classifyKind('Tổng Bí thư điện đàm với Tổng thống')).toBe('call');
    expect(classifyKind('hai Bộ trưởng đã tiến hành hội đàm')).toBe('talks');
    expect(classifyKind('đồng chủ trì Đối thoại cấp Bộ trưởng Ngoại giao Việt - Mỹ')).toBe(
      'dialogue',
    );
    expect(
      classifyKind('đồng chủ trì phiên Đối thoại chính trị, an ninh và quốc phòng lần thứ 10'),
    ).toBe('dialogue');
    expect(classifyKind('Phó Thủ tướng tiếp Đại sứ Hoa Kỳ')).toBe('meeting');
    // "ngài", the honorific for a foreign dignitary, names the guest as "ông" does.
    expect(classifyKind('Bộ trưởng đã tiếp ngài John Roe, Thứ trưởng Năng lượng Hoa Kỳ')).toBe(
      'meeting',
    );
    expect(
      classifyKind('đoàn Đại sứ quán Hoa Kỳ đã đến dâng hoa, dâng hương tại Tháp Trầm Hương'),
    ).toBe('ceremony');
    expect(classifyKind('hai Bộ trưởng đã trao đổi thư phê chuẩn Hiệp định Thương mại')).toBe(
      'signing',
    );
    expect(classifyKind('Hiệp định vừa được hai Ngoại trưởng ký tắt sáng Thứ Năm (10/10)')).toBe(
      'signing',
    );
    expect(classifyKind('dẫn đầu đoàn đại biểu Việt Nam thăm và làm việc tại Mỹ')).toBe('visit');
    expect(classifyKind('đoàn còn làm việc với Phó Tổng thư ký')).toBe('meeting');
    expect(classifyKind('sẽ thăm chính thức Việt Nam')).toBe('visit');
    expect(classifyKind('chứng kiến lễ ký kết các văn bản')).toBe('signing');
    expect(classifyKind('lễ công bố hoàn thành dự án')).toBe('ceremony');
    // Opening a facility or a school year: "khai trương", "lễ khai giảng".
    expect(
      classifyKind('Đại sứ tham dự lễ khai trương Không gian Hoa Kỳ tại Đại học Thái Nguyên'),
    ).toBe('ceremony');
    expect(classifyKind('Đại sứ quán khai trương Góc Hoa Kỳ tại thư viện tỉnh')).toBe('ceremony');
    expect(classifyKind('Đại sứ dự lễ khai giảng năm học mới của trường')).toBe('ceremony');
    // A festival day attended or held: "tại Ngày hội Văn hóa hữu nghị Việt-Mỹ diễn ra sáng 15/7".
    expect(classifyKind('Đại sứ cho biết như vậy tại Ngày hội Văn hóa hữu nghị Việt-Mỹ')).toBe(
      'ceremony',
    );
    // A welcome speech is given at a ceremony: "phát biểu chào mừng 10 tình nguyện viên".
    expect(
      findKinds('Đại sứ Mỹ phát biểu chào mừng 10 tình nguyện viên trong sự kiện hôm 2/11').map(
        (k) => k.kind,
      ),
    ).toContain('ceremony');
    expect(classifyKind('ra Tuyên bố chung về nâng cấp quan hệ')).toBe('statement');
    expect(classifyKind('gửi điện mừng nhân dịp')).toBe('letter');
    // Awarding a contract binds both sides as signing it does: "USAID trao hợp đồng xử lý dioxin".
    expect(classifyKind('Ngày 27/7, USAID trao hợp đồng xử lý dioxin cho Công ty Tetra Tech')).toBe(
      'signing',
    );
  });

  it('reads attending a ceremony and opening a mission as a ceremony, not opening a market', () => {
    expect(classifyKind('Hôm qua, Bộ trưởng Phạm Minh Hòa đã dự lễ công nhận học sinh giỏi')).toBe(
      'ceremony',
    );
    expect(classifyKind('Ngày 3-5, Canada chính thức mở cửa Tổng lãnh sự quán tại Đà Nẵng')).toBe(
      'ceremony',
    );
    expect(classifyKind('Các đại biểu chứng kiến lễ mở cửa văn phòng mới')).toBe('ceremony');
    expect(classifyKind('Ngày 3-5, Việt Nam cam kết mở cửa thị trường dịch vụ')).toBeUndefined();
  });

  it('reads the signing an anniversary counts from as no signing', () => {
    expect(
      classifyKind('Sáng 9/7, hai hội tiếp các cựu binh nhân kỷ niệm 25 năm ký kết Hiệp định'),
    ).toBe('meeting');
    expect(classifyKind('Hai bên ký kết Hiệp định nhân kỷ niệm 25 năm quan hệ')).toBe('signing');
  });

  it('reads port calls as visits and "Tuyên bố của X" as a statement', () => {
    expect(classifyKind('Ngày 3/6, tàu tuần dương USS Denver đã cập cảng Tiên Sa')).toBe('visit');
    expect(classifyKind('hai tàu tham gia chương trình giao lưu hải quân lần thứ 5')).toBe('visit');
    expect(classifyKind('Tuyên bố của Ngoại trưởng Smith nhân dịp Quốc khánh')).toBe('statement');
    // An official who "đã có mặt tại Việt Nam" is on a visit; "có mặt tại buổi lễ" is no visit.
    expect(classifyKind('Thứ trưởng Andrea Palm đã có mặt tại Việt Nam để tái khẳng định')).toBe(
      'visit',
    );
    expect(classifyKind('Đại sứ đã có mặt tại buổi lễ')).not.toBe('visit');
    // An arrival told without "tại" is a visit too; arriving at an event or a decision is not.
    expect(classifyKind('Phái đoàn Quốc hội Mỹ đã tới Hà Nội chiều qua')).toBe('visit');
    expect(classifyKind('Ông vừa đến Việt Nam lần đầu')).toBe('visit');
    expect(classifyKind('Hai bên đã đến thống nhất')).not.toBe('visit');
    // The release a report cites is its source, not a statement made.
    expect(
      classifyKind(
        'Theo thông cáo của Văn phòng Người Phát ngôn, Bộ Ngoại giao Mỹ, hai bên nhất trí',
      ),
    ).toBeUndefined();
    // Signing a letter of intent, whatever the case of its name
    expect(classifyKind('Thống đốc Kate Brown đã ký Ý định thư với Bộ Ngoại giao')).toBe('signing');
    // A reception is held for an occasion
    expect(
      classifyKind('Tối 19/9, Đại sứ quán đã tổ chức chiêu đãi kỷ niệm 78 năm Quốc khánh'),
    ).toBe('ceremony');
  });

  it('reads credentials, an exchange by phone, and visits that are only referred to', () => {
    expect(classifyKind('Đại sứ Trần Văn Nam đã trình quốc thư lên Tổng thống')).toBe('ceremony');
    expect(classifyKind('Đại sứ trình Thư ủy nhiệm lên Quốc vương')).toBe('ceremony');
    // "cuộc trao đổi" is a call only with a phone or online cue; otherwise they met in person.
    expect(
      classifyKind(
        'Ngoại trưởng đã có cuộc trao đổi qua điện thoại với Bộ trưởng Ngoại giao Lê Văn Bình',
      ),
    ).toBe('call');
    expect(
      classifyKind('Bên lề hội nghị ở Jakarta, Thủ tướng đã có cuộc trao đổi với Tổng thống Mỹ'),
    ).toBe('meeting');
    // "chuẩn bị cho chuyến thăm", "trước chuyến thăm": a time reference, not a visit reported.
    expect(
      findKinds('đề nghị hai bên chuẩn bị cho chuyến thăm Hoa Kỳ của Chủ tịch nước').map(
        (k) => k.kind,
      ),
    ).toEqual([]);
    expect(findKinds('Phát biểu trước chuyến thăm, ông nói').map((k) => k.kind)).toEqual([
      'statement',
    ]);
    // A visit whose results are spoken of is past background, not the act reported.
    expect(
      findKinds('Ông vui mừng về kết quả chuyến thăm chính thức Hoa Kỳ của Bộ trưởng').map(
        (k) => k.kind,
      ),
    ).toEqual([]);
    expect(classifyKind('Tổng Bí thư Tô Lâm đã tiếp Trợ lý Ngoại trưởng Hoa Kỳ')).toBe('meeting');
    // Welcoming a leader is meeting them.
    expect(
      classifyKind('Tổng thống Obama đón chào Thủ tướng Nguyễn Tấn Dũng tại Hội nghị cấp cao'),
    ).toBe('meeting');
    expect(classifyKind('Người dân chào đón năm mới')).toBeUndefined();
    // What follows "trước khi" after the act reported only says when it happened.
    expect(
      classifyKind(
        'Ông đã trình Quốc thư tới Chủ tịch nước vào ngày 6/11, trước khi tháp tùng Tổng thống Mỹ đến dự Hội nghị APEC và thăm chính thức Việt Nam.',
      ),
    ).toBe('ceremony');
  });

  it('reads no visit in an envoy taking up the post or in visits counted', () => {
    expect(
      findKinds('Tháng 1/2022, ông Marc Knapper đã đến Hà Nội để chính thức nhận nhiệm sở.'),
    ).toEqual([]);
    expect(findKinds('Bà đã tới Hà Nội để bắt đầu nhiệm kỳ Đại sứ của mình.')).toEqual([]);
    expect(findKinds('Ông từng thăm Hà Nội hai lần khi còn là sinh viên.')).toEqual([]);
    expect(findKinds('Ông đã thăm Đà Nẵng nhiều lần.')).toEqual([]);
    expect(findKinds('Bà đã tới Huế 4 lần.')).toEqual([]);
    expect(classifyKind('Ông đã tới Hà Nội để dự hội nghị.')).toBe('visit');
  });

  it("reads a reception given in someone's honour as a ceremony, not a letter", () => {
    expect(
      classifyKind(
        'Tối 3/9, Đại sứ Hà Kim Ngọc đã tổ chức tiếp tân chúc mừng Quốc khánh Việt Nam.',
      ),
    ).toBe('ceremony');
    expect(classifyKind('Tại buổi tiếp tân, Đại sứ chúc mừng các khách mời.')).toBe('ceremony');
  });

  it('reads a greeting sent to a whole people as a statement', () => {
    expect(classifyKind('Tổng lãnh sự gửi lời chào đến toàn thể người dân thành phố.')).toBe(
      'statement',
    );
    expect(
      classifyKind(
        'Sáng 20/1, Đại sứ Marc Knapper đăng đoạn phim gửi lời chào tới nhân dân Việt Nam.',
      ),
    ).toBe('statement');
  });

  it('flags acts that are only planned', () => {
    const k = findKinds(
      'Ông sẽ chào xã giao Tổng Bí thư, Chủ tịch nước và hội kiến Chủ tịch Quốc hội',
    );
    expect(k.map((m) => [m.kind, m.future])).toEqual([
      ['meeting', true],
      ['meeting', true],
    ]);
    expect(findKinds('Ông đã hội kiến Chủ tịch Quốc hội')[0]?.future).toBeUndefined();
  });

  it('ignores the look-alikes', () => {
    expect(findKinds('chuyển lời thăm hỏi của Tổng Bí thư')).toEqual([]);
    expect(findKinds('tiếp tục thúc đẩy, tiếp cận thị trường')).toEqual([]);
    expect(findKinds('Bí thư Trung ương Đảng, thư ký, đăng ký')).toEqual([]);
    expect(findKinds('phát huy cơ chế Đối thoại cấp Bộ trưởng')).toEqual([]);
    // A match is played: "gặp đội thắng", "gặp đối thủ"; meeting a team's staff is still a meeting.
    expect(findKinds('Tại bán kết, U23 Việt Nam sẽ gặp đội thắng trong cặp đấu này')).toEqual([]);
    expect(findKinds('sẽ gặp đối thủ mạnh')).toEqual([]);
    expect(findKinds('Bộ trưởng gặp đội ngũ chuyên gia').map((k) => k.kind)).toEqual(['meeting']);
  });

  it('ranks a visit named as the setting below the act done during it', () => {
    expect(
      classifyKind(
        'Tối 27/7, trong chuyến thăm Việt Nam, Ngoại trưởng Mỹ đã chuyển lá thư chia buồn của Tổng thống.',
      ),
    ).toBe('letter');
    expect(classifyKind('Ngày 5/3, Bộ trưởng bắt đầu chuyến thăm và trao tặng quà')).toBe('visit');
  });

  it("reads a spokesperson's answer as a statement", () => {
    expect(
      classifyKind('Người phát ngôn Bộ Ngoại giao đã trả lời câu hỏi của phóng viên về việc này.'),
    ).toBe('statement');
    expect(
      classifyKind('Ngày 7/4, Đại sứ đã tổ chức buổi họp báo tại trụ sở Đại sứ quán Hoa Kỳ.'),
    ).toBe('statement');
    expect(classifyKind('Phóng viên dự họp báo thường kỳ của Bộ Ngoại giao.')).toBeUndefined();
  });

  it('reads a message sent on arrival as a statement and a named programme as a ceremony', () => {
    expect(
      classifyKind(
        'Ngay khi tới Hà Nội tối 15/12, tân Đại sứ Osius gửi thông điệp tới báo chí bằng tiếng Việt.',
      ),
    ).toBe('statement');
    expect(
      classifyKind(
        'Ngày 23-11, hai bên phối hợp tổ chức chương trình "Giao lưu hữu nghị Việt Nam - Mỹ".',
      ),
    ).toBe('ceremony');
    expect(classifyKind('Chương trình học bổng được mở rộng.')).toBeUndefined();
  });

  it('reads the award of an order as a ceremony', () => {
    expect(
      classifyKind(
        'Ngày 13/1, Bộ trưởng Ngoại giao Lê Hoài Trung đã trao Huân chương Hữu nghị tặng Đại sứ Marc Knapper.',
      ),
    ).toBe('ceremony');
    expect(classifyKind('Chủ tịch nước gắn Huân chương Hữu nghị cho Đại sứ')).toBe('ceremony');
  });

  it('reads a seminar held or attended as an event of its own, not one named in passing', () => {
    expect(
      classifyKind(
        'Tại Hội thảo "Việt Nam - Hoa Kỳ: chặng đường phía trước" diễn ra sáng 3-2 tại Hà Nội, Đại sứ nhấn mạnh …',
      ),
    ).toBe('other');
    expect(findKinds('Hai bên phối hợp chặt chẽ tại các diễn đàn quốc tế.')).toEqual([]);
    expect(findKinds('Hai bên đã tổ chức tọa đàm về giáo dục.').map((k) => k.kind)).toEqual([
      'other',
    ]);
  });

  it('reads the nomination of an envoy as an event, not any other nomination', () => {
    expect(
      classifyKind(
        'Ngày 15/4, Tổng thống Hoa Kỳ Biden đã công bố ý định đề cử 9 nhà ngoại giao và vị trí đại sứ tại các nước.',
      ),
    ).toBe('other');
    expect(findKinds('Bộ trưởng được đề cử vào ban chấp hành.')).toEqual([]);
  });

  it("reads an association's congress as an event, not the Party's", () => {
    expect(
      classifyKind(
        'Ngày 6/7 tại tỉnh Bình Định đã diễn ra Đại hội Hội hữu nghị Việt - Mỹ tỉnh Bình Định lần thứ I.',
      ),
    ).toBe('other');
    expect(findKinds('Sau Đại hội XIII của Đảng, quan hệ hai nước phát triển.')).toEqual([]);
  });

  it('reads a host welcoming an audience as a ceremony, not a meeting', () => {
    expect(classifyKind('Tôi rất hân hạnh được chào đón các quý vị tới đây tối nay.')).toBe(
      'ceremony',
    );
    expect(classifyKind('Thủ tướng chào đón các doanh nghiệp Hoa Kỳ.')).toBe('meeting');
  });

  it('uses the headline when the sentence has no event word', () => {
    expect(
      classifyKind('Hai bên trao đổi quan điểm.', 'Bộ trưởng Quốc phòng Việt và Mỹ gặp nhau'),
    ).toBe('meeting');
  });
});

describe('ceremonyHeld', () => {
  it('reads "Lễ … đã diễn ra" as a ceremony, not a festival ("Lễ hội")', () => {
    expect(ceremonyHeld('Sáng 8/7, Lễ bàn giao hài cốt đã diễn ra tại Đà Nẵng.')?.kind).toBe(
      'ceremony',
    );
    expect(ceremonyHeld('Lễ hội pháo hoa được tổ chức tại Đà Nẵng.')).toBeUndefined();
    expect(ceremonyHeld('Hai bên trao đổi về hợp tác.')).toBeUndefined();
  });
});
