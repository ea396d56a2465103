import { describe, expect, it } from 'vitest';
import { findOfficeHolders, OFFICE_HOLDERS, officeConstraint } from './office-holders';

const names = (sentences: string[]): string[] => [
  ...new Set(findOfficeHolders(sentences).map((m) => m.holder.name)),
];

describe('OFFICE_HOLDERS', () => {
  it('a person titled as a deputy is outside the offices the table gives them ("Thứ trưởng Bộ Công an Tô Lâm")', () => {
    const c = officeConstraint([
      'Bà Sherman gặp Phó Thủ tướng Vũ Đức Đam và Thứ trưởng Bộ Công an Tô Lâm.',
    ]);
    // Vũ Đức Đam was Deputy Prime Minister from 2013; Tô Lâm was Minister of Public Security from April 2016.
    expect(c?.intervals).toEqual([{ from: '2013-11-13', to: '2016-04-08' }]);
    // Told with a year, the title is history and excludes nothing.
    const told = officeConstraint([
      'Năm 2014, Phó Thủ tướng Vũ Đức Đam và Thứ trưởng Bộ Công an Tô Lâm tiếp bà Sherman.',
    ]);
    expect(told?.intervals.at(-1)?.to).not.toBe('2016-04-08');
  });

  it('has well-formed, ordered terms', () => {
    for (const holder of OFFICE_HOLDERS) {
      for (const term of holder.terms) {
        expect(term.from, holder.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (term.to) expect(term.to > term.from, `${holder.name} ${term.office}`).toBe(true);
      }
    }
  });

  it('knows the terms a reader knows', () => {
    const term = (name: string) => OFFICE_HOLDERS.find((h) => h.name === name)?.terms;
    expect(term('Rex Tillerson')).toEqual([
      { office: 'us-secretary-of-state', from: '2017-02-01', to: '2018-03-31' },
    ]);
    expect(term('Donald Trump')).toHaveLength(2);
    expect(term('Nguyễn Phú Trọng')?.map((t) => t.office)).toEqual([
      'vn-general-secretary',
      'vn-president',
      'vn-national-assembly-chair',
    ]);
  });
});

describe('findOfficeHolders', () => {
  it('finds full names, with the office the title names', () => {
    const found = findOfficeHolders([
      'Tổng thống Hoa Kỳ Joe Biden và Phó Tổng thống Kamala Harris tiếp đoàn.',
    ]);
    expect(found.map((m) => [m.holder.name, m.offices])).toEqual([
      ['Joe Biden', ['us-president']],
      ['Kamala Harris', ['us-vice-president']],
    ]);
  });

  it('finds title + short name: "Ngoại trưởng Blinken", "Bộ trưởng Sơn", "Đại tướng Lịch"', () => {
    expect(names(['Ngoại trưởng Blinken khẳng định Mỹ coi trọng quan hệ với Việt Nam.'])).toEqual([
      'Antony Blinken',
    ]);
    expect(names(['Bộ trưởng Sơn đề nghị Hoa Kỳ tiếp tục đóng vai trò tích cực.'])).toEqual([
      'Bùi Thanh Sơn',
    ]);
    expect(names(['Đại tướng Lịch cũng đánh giá cao sự hợp tác của Mỹ.'])).toEqual([
      'Ngô Xuân Lịch',
    ]);
    expect(names(['Thủ tướng Phúc đã gửi điện mừng.'])).toEqual(['Nguyễn Xuân Phúc']);
  });

  it('finds names with a middle initial and accents in another form', () => {
    expect(names(['Đại sứ Hoa Kỳ Marc E.Knapper cho biết.'])).toEqual(['Marc Knapper']);
    expect(names(['đại sứ Hoa Kỳ Daniel J. Kritenbrink đã trao chứng nhận.'])).toEqual([
      'Daniel Kritenbrink',
    ]);
  });

  it('reads a minister\'s title with or without "Bộ" before the ministry', () => {
    const offices = (s: string) => findOfficeHolders([s]).map((m) => [m.holder.name, m.offices]);
    expect(offices('Bộ trưởng Bộ Quốc phòng Phan Văn Giang tiếp đoàn.')).toEqual([
      ['Phan Văn Giang', ['vn-defence-minister']],
    ]);
    expect(offices('Bộ trưởng Bộ Quốc phòng Hoa Kỳ Lloyd Austin phát biểu.')).toEqual([
      ['Lloyd Austin', ['us-secretary-of-defense']],
    ]);
  });

  it('knows the cabinet beyond state and defence, and a given name written as an initial', () => {
    const offices = (s: string) => findOfficeHolders([s]).map((m) => [m.holder.name, m.offices]);
    expect(offices('Thủ tướng tiếp Bộ trưởng Y tế và Phúc lợi con người Hoa Kỳ T. Price.')).toEqual(
      [['Tom Price', ['us-health-secretary']]],
    );
    expect(offices('Bộ trưởng Tài chính Mỹ Janet Yellen thăm Hà Nội.')).toEqual([
      ['Janet Yellen', ['us-treasury-secretary']],
    ]);
    expect(offices('Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp đoàn.')).toEqual([
      ['Nguyễn Hồng Diên', ['vn-trade-minister']],
    ]);
  });

  it("knows a city's party secretary by the city the title names", () => {
    const offices = (s: string) => findOfficeHolders([s]).map((m) => [m.holder.name, m.offices]);
    // Nguyễn Thiện Nhân was a Deputy Prime Minister before he led the city: the title says which.
    expect(offices('Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân tiếp đoàn doanh nghiệp.')).toEqual([
      ['Nguyễn Thiện Nhân', ['vn-hcmc-party-secretary']],
    ]);
    expect(offices('Bí thư Thành ủy Hà Nội Đinh Tiến Dũng dự lễ.')).toEqual([
      ['Đinh Tiến Dũng', ['vn-hanoi-party-secretary']],
    ]);
    // Another city's secretary holds no office the table knows for the person.
    expect(offices('Bí thư Thành ủy Hải Phòng Trần Lưu Quang dự lễ.')).toEqual([
      ['Trần Lưu Quang', []],
    ]);
  });

  it('reads the office told after the name, set off by a comma, and "tân" before it', () => {
    const found = (s: string) =>
      findOfficeHolders([s]).map((m) => [m.holder.name, m.offices, m.newly ?? false]);
    expect(found('Đoàn do ông Nguyễn Văn Nên, Bí thư Thành ủy TPHCM, dẫn đầu.')).toEqual([
      ['Nguyễn Văn Nên', ['vn-hcmc-party-secretary'], false],
    ]);
    expect(found('Ông Lê Thành Ân, tân Tổng Lãnh sự Mỹ tại TP.HCM, phát biểu tại lễ.')).toEqual([
      ['Lê Thành Ân', ['us-consul-general-hcmc'], true],
    ]);
    expect(found('Ông Marc Knapper, Đại sứ Hoa Kỳ tại Việt Nam, cho biết.')).toEqual([
      ['Marc Knapper', ['us-ambassador-to-vietnam'], false],
    ]);
    // A title followed by a name is that name's: Biden is untitled here.
    expect(found('Ông Joe Biden, Tổng thống Barack Obama và các cố vấn họp.')).toEqual([
      ['Joe Biden', [], false],
      ['Barack Obama', ['us-president'], false],
    ]);
  });

  it('reads another office told after the name, so its known terms say nothing', () => {
    const other = (s: string) =>
      findOfficeHolders([s]).map((m) => [m.holder.name, m.otherOffice ?? false]);
    // Nguyễn Văn Nên led the Party's Central Office before he led Ho Chi Minh City.
    expect(other('Ông Nguyễn Văn Nên, Chánh Văn phòng Trung ương Đảng, tiếp đoàn.')).toEqual([
      ['Nguyễn Văn Nên', true],
    ]);
    expect(other('Ông Đinh Tiến Dũng, Bộ trưởng Bộ Tài chính, dự lễ.')).toEqual([
      ['Đinh Tiến Dũng', true],
    ]);
    expect(other('Bà Bùi Thị Minh Hoài, Bí thư Tỉnh ủy Hà Nam, cho biết.')).toEqual([
      ['Bùi Thị Minh Hoài', true],
    ]);
    expect(
      officeConstraint(['Ông Nguyễn Văn Nên, Chánh Văn phòng Trung ương Đảng, tiếp đoàn.']),
    ).toMatchObject({ intervals: [], ignored: ['Nguyễn Văn Nên'] });
    // The title is the next person's: Biden stays an untitled holder.
    expect(other('Ông Joe Biden, Tổng thống Barack Obama và các cố vấn họp.')).toEqual([
      ['Joe Biden', false],
      ['Barack Obama', false],
    ]);
    // The person's own title, followed by the body it heads, is no other office.
    expect(other('Ông Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương Đảng, phát biểu.')).toEqual([
      ['Lê Hoài Trung', false],
    ]);
    // A chain of titles goes on to the next name: all of them are that person's.
    expect(
      other(
        'Tiếp ông Daniel Kritenbrink, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung nói.',
      ),
    ).toEqual([
      ['Daniel Kritenbrink', false],
      ['Lê Hoài Trung', false],
    ]);
    // A headline cut after the title tells no office of the person's.
    expect(other('Tiếp ông Daniel Kritenbrink, Bí thư Trung ương Đảng')).toEqual([
      ['Daniel Kritenbrink', false],
    ]);
    // A title followed by a full Vietnamese name is that person's, known or not.
    expect(other('Ông Nguyễn Văn Nên, Bí thư Hoàng Văn Khánh và đoàn dự lễ.')).toEqual([
      ['Nguyễn Văn Nên', false],
    ]);
  });

  it('dates a new consul general to the first months of the term', () => {
    const c = officeConstraint([
      'Phát biểu tại lễ có ông Lê Thành Ân, tân Tổng Lãnh sự Hoa Kỳ tại Thành phố Hồ Chí Minh.',
    ]);
    // Lê Thành Ân took up the office in August 2010
    expect(c?.intervals).toEqual([{ from: '2010-05-18', to: '2010-12-04' }]);
  });

  it('bounds the year by a consul general the article names with the city', () => {
    const c = officeConstraint([
      'Tổng Lãnh sự Mỹ tại TP.HCM Marie C. Damour thăm một trường đại học ở Cần Thơ.',
    ]);
    expect(c?.intervals).toEqual([{ from: '2019-07-01', to: '2022-08-31' }]);
  });

  it('does not take a bare Vietnamese given name, a place or a longer title for a person', () => {
    expect(names(['Ông Sơn cho biết, sơn nước đã khô.'])).toEqual([]);
    expect(names(['Ông Nguyễn Đức Chính, Chủ tịch Quảng Trị bày tỏ vui mừng.'])).toEqual([]);
    expect(names(['Thủ tướng Chính phủ đã chỉ đạo các bộ.'])).toEqual([]);
    expect(names(['Phó Thủ tướng Khái tiếp Đại sứ.'])).toEqual(['Lê Minh Khái']);
    expect(names(['cố nhạc sĩ Trịnh Công Sơn'])).toEqual([]);
  });

  it('marks "cựu", "nguyên", "tân", "đắc cử" and "khi đó" as not in office now', () => {
    const qualified = (s: string) => findOfficeHolders([s]).map((m) => m.qualified);
    expect(qualified('Tổng thống đắc cử Mỹ Donald Trump phát biểu.')).toEqual([true]);
    expect(qualified('cựu Ngoại trưởng John Kerry thăm Hà Nội.')).toEqual([true]);
    expect(qualified('nguyên Thủ tướng Nguyễn Tấn Dũng dự lễ.')).toEqual([true]);
    expect(qualified('Phó Tổng thống Joe Biden khi đó đã tới thăm.')).toEqual([true]);
    expect(qualified('ông Donald Trump được bầu làm tổng thống Mỹ.')).toEqual([true]);
    expect(qualified('Thủ tướng Nguyễn Tấn Dũng dự lễ.')).toEqual([false]);
    // Re-elected is still in office.
    expect(qualified('chúc mừng Tổng Bí thư Tô Lâm nhân dịp được bầu lại làm Tổng Bí thư')).toEqual(
      [false],
    );
  });
  it('marks a holder whose death the text tells as not in office now', () => {
    const qualified = (s: string) => findOfficeHolders([s]).map((m) => m.qualified);
    expect(qualified('Đoàn đến viếng Tổng Bí thư Nguyễn Phú Trọng.')).toEqual([true]);
    expect(qualified('Lời chia buồn trước sự ra đi của Tổng Bí thư Nguyễn Phú Trọng.')).toEqual([
      true,
    ]);
    expect(qualified('Thư chia buồn sau khi Tổng Bí thư Nguyễn Phú Trọng từ trần.')).toEqual([
      true,
    ]);
    expect(qualified('Tổng Bí thư Nguyễn Phú Trọng có cuộc gặp với Đại sứ.')).toEqual([false]);
    expect(qualified('Lễ tưởng niệm cố Thủ tướng Võ Văn Kiệt.')).toEqual([true]);
    expect(qualified('Cố vấn An ninh Quốc gia Jake Sullivan tiếp đoàn.')).toEqual([false]);
    // Tones tell the words apart: "tuần qua có đến" is no "quá cố".
    expect(qualified('Bộ trưởng Esper tuần qua có đến Thái Lan dự hội nghị.')).toEqual([false]);
  });
});

describe('officeConstraint', () => {
  it('intersects the terms of everyone named: Mattis and Lịch → 2017-01-20..2018-12-31', () => {
    const c = officeConstraint([
      'Bộ trưởng Quốc phòng Việt Nam Ngô Xuân Lịch và người đồng cấp Mỹ James Mattis gặp nhau.',
    ]);
    expect(c?.intervals).toEqual([{ from: '2017-01-20', to: '2018-12-31' }]);
    expect(c?.years).toEqual({ from: 2017, to: 2018 });
  });

  it('a president-elect dates the article between the election and the inauguration', () => {
    const c = officeConstraint([
      'Tổng thống đắc cử Mỹ Donald Trump.',
      'Chủ tịch nước Trần Đại Quang và Thủ tướng Chính phủ Nguyễn Xuân Phúc đã gửi điện mừng ông Donald Trump.',
    ]);
    expect(c?.people).toEqual(['Donald Trump', 'Trần Đại Quang', 'Nguyễn Xuân Phúc']);
    expect(c?.intervals).toEqual([{ from: '2016-11-01', to: '2017-01-20' }]);
  });

  it('reads "X được bầu là Tổng thống" as a president-elect', () => {
    const c = officeConstraint(['Việt Nam chúc mừng ông Donald Trump được bầu là Tổng thống Mỹ.']);
    // Trump was elected twice: between each election and inauguration.
    expect(c?.intervals).toEqual([
      { from: '2016-11-01', to: '2017-01-20' },
      { from: '2024-11-01', to: '2025-01-20' },
    ]);
  });

  it('leaves out a winner named without the "Tổng thống đắc cử" title', () => {
    const c = officeConstraint([
      'Ông Barack Obama đắc cử năm 2008.',
      'Thủ tướng Nguyễn Xuân Phúc tiếp đoàn.',
    ]);
    expect(c?.ignored).toContain('Barack Obama');
  });

  it('an office the table does not know the person held counts for nothing', () => {
    // Bùi Thanh Sơn is in the table as foreign minister and deputy prime minister, never as minister of industry
    const c = officeConstraint(['Bộ trưởng Công Thương Bùi Thanh Sơn tiếp Đại sứ Marc Knapper.']);
    expect(c?.ignored).toContain('Bùi Thanh Sơn');
    expect(c?.people).toEqual(['Marc Knapper']);
    // Nor a city's party chief: Vương Đình Huệ led Hà Nội between the terms the table holds
    const hue = officeConstraint([
      'Chiều 6/7, Ủy viên Bộ Chính trị, Bí thư Thành ủy Vương Đình Huệ tiếp Đại sứ Daniel Kritenbrink.',
    ]);
    expect(hue?.ignored).toContain('Vương Đình Huệ');
    expect(hue?.people).toEqual(['Daniel Kritenbrink']);
    // A rank goes with any office
    const thanh = officeConstraint(['Đại tướng Phùng Quang Thanh tiếp Bộ trưởng Robert Gates.']);
    expect(thanh?.people).toContain('Phùng Quang Thanh');
  });

  it('knows the military chiefs: the General Staff, the Pacific Fleet, the Pacific Command', () => {
    const fleet = officeConstraint([
      'Tổng Tham mưu trưởng Đỗ Bá Tỵ đón Đô đốc Harry Harris, Tư lệnh Hạm đội Thái Bình Dương Mỹ, tại sân bay.',
    ]);
    expect(fleet?.intervals).toEqual([{ from: '2013-10-16', to: '2015-05-26' }]);
    const command = officeConstraint([
      'Đô đốc Philip Davidson, Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương, thăm Đà Nẵng.',
    ]);
    expect(command?.intervals).toEqual([{ from: '2018-05-30', to: '2021-04-29' }]);
    // The rank the table reads as the defence minister's title is only a rank here: the chief of
    // staff's term still counts.
    const ranked = officeConstraint([
      'Đô đốc Scott Swift gặp Đại tướng Đỗ Bá Tỵ để bàn về hải quân.',
    ]);
    expect([...(ranked?.people ?? [])].sort()).toEqual(['Scott Swift', 'Đỗ Bá Tỵ'].sort());
    expect(ranked?.intervals).toEqual([{ from: '2015-05-27', to: '2016-05-20' }]);
  });

  it("knows Việt Nam's agriculture ministers, under the ministry's old and new names", () => {
    const duy = officeConstraint([
      'Bộ trưởng Nông nghiệp và Môi trường Đỗ Đức Duy làm việc tại Ohio.',
    ]);
    expect(duy?.intervals[0]?.from).toBe('2025-03-01');
    const hoan = officeConstraint([
      'Bộ trưởng Nông nghiệp và Phát triển nông thôn Lê Minh Hoan tiếp Đại sứ Marc Knapper.',
    ]);
    expect(hoan?.intervals).toEqual([{ from: '2022-01-01', to: '2025-02-19' }]);
  });

  it('a new holder ("tân") is around the start of the term', () => {
    const c = officeConstraint(['Đại sứ quán chúc mừng tân Chủ tịch nước Nguyễn Phú Trọng.']);
    expect(c?.intervals).toEqual([{ from: '2018-08-04', to: '2019-02-20' }]);
    // So is one Việt Nam's National Assembly elects; not one re-elected
    const elected = officeConstraint([
      'Đại sứ quán chúc mừng ông Nguyễn Phú Trọng được bầu làm Chủ tịch nước.',
    ]);
    expect(elected?.intervals).toEqual([{ from: '2018-08-04', to: '2019-02-20' }]);
    // "vừa được Quốc hội bầu làm": just elected, the electing body named between
    const justElected = officeConstraint([
      'Thượng nghị sĩ chúc mừng Chủ tịch nước Nguyễn Phú Trọng vừa được Quốc hội bầu làm Chủ tịch nước.',
    ]);
    expect(justElected?.intervals).toEqual([{ from: '2018-08-04', to: '2019-02-20' }]);
    const again = officeConstraint(['Tổng Bí thư Tô Lâm được bầu lại làm Tổng Bí thư.']);
    expect(again?.intervals[0]?.from).toBe('2024-08-03');
  });

  it('knows the Speakers of the House', () => {
    expect(
      officeConstraint(['Chủ tịch Hạ viện Nancy Pelosi và Bộ trưởng Quốc phòng Robert Gates.'])
        ?.intervals,
    ).toEqual([{ from: '2007-01-04', to: '2011-01-03' }]);
  });

  it("a deputy minister named with the ministry is not yet in the minister's term", () => {
    expect(
      officeConstraint([
        'Đoàn Việt Nam do Thứ trưởng Bộ Ngoại giao Việt Nam Phạm Bình Minh làm trưởng đoàn.',
      ])?.intervals,
    ).toEqual([]);
  });

  it('a first deputy minister ("Thứ trưởng Thường trực") is not in the minister\'s term either', () => {
    const mentions = findOfficeHolders([
      'Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn tiếp Trợ lý Ngoại trưởng.',
      'Thứ trưởng Thường trực Bùi Thanh Sơn cảm ơn phía Hoa Kỳ.',
    ]);
    expect(mentions.map((m) => [m.holder.name, m.deputy])).toEqual([
      ['Bùi Thanh Sơn', true],
      ['Bùi Thanh Sơn', true],
    ]);
  });

  it('an acting holder is in the first months of the term', () => {
    const c = officeConstraint([
      'Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ Marc Knapper.',
    ]);
    expect(c?.intervals).toEqual([{ from: '2025-08-29', to: '2026-02-28' }]);
    // "chính quyền Tổng thống Joe Biden" is the administration, not an acting president
    const biden = officeConstraint([
      'Ông là quan chức đầu tiên trong chính quyền Tổng thống Joe Biden.',
    ]);
    expect(biden?.intervals).toEqual([{ from: '2021-01-20', to: '2025-01-19' }]);
  });

  it('one person with two titles held them at once', () => {
    const c = officeConstraint([
      'Phó Thủ tướng Phạm Bình Minh tiếp đoàn.',
      'Bộ trưởng Ngoại giao Phạm Bình Minh phát biểu.',
    ]);
    expect(c?.intervals).toEqual([{ from: '2013-11-13', to: '2021-07-27' }]);
  });

  it('does not count a mention dated in the past by its own sentence', () => {
    const c = officeConstraint([
      'Quan hệ được bình thường hóa năm 1995 dưới thời Tổng thống Bill Clinton.',
      'Ngoại trưởng Antony Blinken tiếp Bộ trưởng Bùi Thanh Sơn.',
    ]);
    expect(c?.people).toEqual(['Antony Blinken', 'Bùi Thanh Sơn']);
  });

  it('leaves the handover day to the successor, so the outgoing holder does not meet them', () => {
    const c = officeConstraint([
      'Thủ tướng Nguyễn Xuân Phúc điện đàm với Tổng thống Donald Trump.',
      'Dự án từng được Barack Obama nhắc đến trong bài phát biểu tại Hà Nội.',
    ]);
    expect(c?.intervals).toEqual([{ from: '2017-01-20', to: '2021-01-19' }]);
  });

  it('lets the majority win when someone named is out of step', () => {
    const c = officeConstraint([
      'Ngoại trưởng Antony Blinken và Cố vấn An ninh Quốc gia Jake Sullivan tiếp đoàn.',
      'Đoàn trao đổi trực tuyến với đặc phái viên về khí hậu John Kerry.',
    ]);
    expect(c?.intervals).toEqual([{ from: '2021-01-26', to: '2025-01-19' }]);
    expect(c?.ignored).toEqual(['John Kerry']);
  });
});
