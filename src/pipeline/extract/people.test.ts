import { describe, expect, it } from 'vitest';
import {
  findPeople,
  isVietnameseName,
  PeopleIndex,
  sameFullName,
  tokenize,
  tokenizeByRegex,
} from './people';

const people = (s: string) =>
  findPeople(s).map((p) => ({ name: p.name, title: p.title, country: p.country }));

describe('findPeople', () => {
  it('reads the armed service a rank is held in as part of the title', () => {
    expect(people('Khi đó Chuẩn đô đốc Cảnh sát biển Hoa Kỳ Laura Grant đã ký')).toEqual([
      { name: 'Laura Grant', title: 'Chuẩn Đô đốc', country: 'US' },
    ]);
    expect(people('Thiếu tướng Thủy quân lục chiến Mỹ Daniel Ortiz thăm đơn vị')).toEqual([
      { name: 'Daniel Ortiz', title: 'Thiếu tướng', country: 'US' },
    ]);
    for (const service of [
      'Hải quân',
      'Lục quân',
      'Không quân',
      'Tuần duyên',
      'Thuỷ quân lục chiến',
      'Biên phòng',
    ])
      expect(people(`Đại tá ${service} Hoa Kỳ Daniel Ortiz thăm đơn vị`), service).toEqual([
        { name: 'Daniel Ortiz', title: 'Đại tá', country: 'US' },
      ]);
  });

  it("reads a known office-holder's full name with no title, and no other bare name", () => {
    expect(people('Chiều 12/5, John Kerry đã gặp các sinh viên ở Hà Nội')).toEqual([
      { name: 'John Kerry' },
    ]);
    // a misprinted title is no title, but the name after it is still the office-holder's
    expect(people('Bộ trửơng Chuck Hagel và Bộ trưởng Quốc phòng Phùng Quang Thanh')).toEqual([
      { name: 'Chuck Hagel' },
      { name: 'Phùng Quang Thanh', title: 'Bộ trưởng Quốc phòng', country: 'VN' },
    ]);
    expect(people('Chiều 12/5, Jane Doe đã gặp các sinh viên ở Hà Nội')).toEqual([]);
  });

  it('reads a committee named for its fields, with commas and "và", as part of the title', () => {
    expect(people('Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục Nguyễn Thị Mai tiếp đoàn')).toEqual([
      { name: 'Nguyễn Thị Mai', title: 'Phó Chủ nhiệm', country: 'VN' },
    ]);
    expect(
      people('Chủ nhiệm Uỷ ban Tài chính, Ngân sách và Kiểm toán Trần Văn Bình phát biểu'),
    ).toEqual([{ name: 'Trần Văn Bình', title: 'Chủ nhiệm', country: 'VN' }]);
    // a title after "và" is another person's
    expect(people('Chủ nhiệm Ủy ban Kinh tế và Bộ trưởng Bộ Tài chính Hồ Đức Phớc dự họp')).toEqual(
      [{ name: 'Hồ Đức Phớc', title: 'Bộ trưởng Tài chính', country: 'VN' }],
    );
  });

  it('reads the titles of envoys and advisers for one question, and the bureau they serve', () => {
    expect(people('Phía Việt Nam tiếp Đại diện Đặc biệt về Biển Mark Kowalski chiều nay')).toEqual([
      { name: 'Mark Kowalski', title: 'Đại diện Đặc biệt', country: undefined },
    ]);
    expect(people('Cố vấn Cấp cao Paul Sanders phát biểu tại hội thảo')).toEqual([
      { name: 'Paul Sanders', title: 'Cố vấn Cấp cao', country: undefined },
    ]);
    expect(people('Ông gặp Quan chức cấp cao của Cục Hàng hải Anna Lopez tại Hà Nội')).toEqual([
      { name: 'Anna Lopez', title: 'Quan chức cấp cao', country: undefined },
    ]);
    expect(
      people('Ông tiếp Chủ tịch Ủy ban Ngân sách của Hạ viện bang Mark Kowalski hôm qua'),
    ).toEqual([{ name: 'Mark Kowalski', title: 'Chủ tịch', country: undefined }]);
    // "của" before a person, not a bureau, still ends the title: the aide is not the president.
    expect(people('Ông gặp cố vấn của Tổng thống Anna Lopez').map((p) => p.title)).toEqual([
      'Tổng thống',
    ]);
  });

  it("reads an office's own capitalised words up to the foreign name they run on to", () => {
    expect(
      people('Đoàn có Đặc phái viên Biến đổi Khí hậu Toàn cầu Jonathan Pershing tham dự'),
    ).toEqual([{ name: 'Jonathan Pershing', title: 'Đặc phái viên', country: undefined }]);
    // A short name stays one when a verb stands between it and the next foreign name.
    expect(people('Bộ trưởng Sơn đã gặp ông Martin Walsh').map((p) => p.name)).toEqual([
      'Sơn',
      'Martin Walsh',
    ]);
  });

  it('keeps a double-barrelled surname whole, and a dash between names apart', () => {
    expect(people('Trợ lý Ngoại trưởng Mỹ Sarah Whitman-Cole đã tiếp đoàn')).toEqual([
      { name: 'Sarah Whitman-Cole', title: 'Trợ lý Ngoại trưởng', country: 'US' },
    ]);
    expect(people('bà Anna Kowalski-Reed cho biết')[0]?.name).toBe('Anna Kowalski-Reed');
    expect(people('Tổng thống Bill Clinton - năm 2000 - thăm Việt Nam')[0]?.name).toBe(
      'Bill Clinton',
    );
  });
  it('reads through a pair of states inside a title, and the abbreviation TLS', () => {
    expect(people('Chủ tịch Hội Việt – Mỹ Nguyễn Tâm Chiến đã tiếp đoàn')).toEqual([
      { name: 'Nguyễn Tâm Chiến', title: 'Chủ tịch', country: 'VN' },
    ]);
    expect(people('Chủ tịch Hội hữu nghị Việt Nam - Hoa Kỳ Nguyễn Tâm Chiến đã tiếp đoàn')).toEqual(
      [{ name: 'Nguyễn Tâm Chiến', title: 'Chủ tịch', country: 'VN' }],
    );
    expect(people('Phái đoàn do ông TLS Lê Thành Ân dẫn đầu')).toEqual([
      { name: 'Lê Thành Ân', title: 'Tổng Lãnh sự' },
    ]);
  });

  it("gives the head of an agency's mission the agency's state, not the country it works in", () => {
    expect(people('Giám đốc USAID Việt Nam John Roe phát biểu tại buổi lễ')).toEqual([
      { name: 'John Roe', title: 'Giám đốc USAID', country: 'US' },
    ]);
  });

  it('reads a name transliterated syllable by syllable', () => {
    expect(people('Trợ lý Bộ trưởng Ngoại giao Hoa Kỳ Lon Cờ-rên-nơ đã thăm Việt Nam')).toEqual([
      { name: 'Lon Cờ-rên-nơ', title: 'Trợ lý Bộ trưởng', country: 'US' },
    ]);
  });

  it('reads a transliteration as the first word, and the honouree of an inauguration', () => {
    expect(
      people('Chủ tịch nước Trương Tấn Sang gửi điện chúc mừng Ngài Ba-rắc Ô-ba-ma được bầu lại'),
    ).toEqual([
      { name: 'Trương Tấn Sang', title: 'Chủ tịch nước', country: 'VN' },
      { name: 'Ba-rắc Ô-ba-ma', title: undefined, country: undefined },
    ]);
    const honoured = findPeople(
      'Thông cáo cho biết, nhân dịp Ngài Joseph R. Biden Jr. nhậm chức Tổng thống, Tổng Bí thư Nguyễn Phú Trọng đã gửi điện chúc mừng.',
    );
    expect(honoured.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Joseph R. Biden Jr', false],
      ['Nguyễn Phú Trọng', false],
    ]);
  });

  it('reads through a second office between the title and the name', () => {
    expect(
      people(
        'Bộ trưởng Bộ Công Thương, Trưởng đoàn đàm phán Chính phủ Nguyễn Hồng Diên đã điện đàm.',
      ),
    ).toEqual([{ name: 'Nguyễn Hồng Diên', title: 'Bộ trưởng Công Thương', country: 'VN' }]);
    expect(people('Bộ trưởng Bộ Công Thương, Hà Nội và Đà Nẵng đã ký kết.')).toEqual([]);
  });

  it('reads a title followed by a name, with the country between', () => {
    expect(
      people('Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Mỹ Antony Blinken đồng chủ trì'),
    ).toEqual([
      { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', country: 'VN' },
      { name: 'Antony Blinken', title: 'Ngoại trưởng', country: 'US' },
    ]);
  });

  it('keeps initials and skips "tại Việt Nam" after an ambassador', () => {
    expect(people('tiếp Đại sứ Hoa Kỳ tại Việt Nam Marc E. Knapper, Phó Thủ tướng')).toEqual([
      { name: 'Marc E. Knapper', title: 'Đại sứ', country: 'US' },
    ]);
    expect(people('Đại sứ Hoa Kỳ Marc E.Knapper cho biết')[0]?.name).toBe('Marc E. Knapper');
  });

  it('skips the city an office sits in, though its name begins like a Vietnamese name', () => {
    expect(people('Đại sứ Mỹ tại Hà Nội Marc Knapper phát biểu')).toEqual([
      { name: 'Marc Knapper', title: 'Đại sứ', country: 'US' },
    ]);
    expect(people('Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh Susan Burns')).toEqual([
      { name: 'Susan Burns', title: 'Tổng Lãnh sự', country: 'US' },
    ]);
  });

  it("reads legislators' and governors' titles, their abbreviations, and a US state's officials", () => {
    expect(people('TNS Ben Cardin (DC-Maryland), HNS Steve Chabot và Nghị sĩ John McCain')).toEqual(
      [
        { name: 'Ben Cardin', title: 'Thượng nghị sĩ', country: undefined },
        { name: 'Steve Chabot', title: 'Hạ nghị sĩ', country: undefined },
        { name: 'John McCain', title: 'Nghị sĩ', country: undefined },
      ],
    );
    expect(
      people('Thống đốc bang Ohio Mike DeWine tiếp Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng'),
    ).toEqual([
      { name: 'Mike DeWine', title: 'Thống đốc', country: 'US' },
      { name: 'Nguyễn Thị Hồng', title: 'Thống đốc Ngân hàng Nhà nước', country: 'VN' },
    ]);
    // A surname printed in capitals, as translated releases do, is written as other names are
    expect(people('Vụ trưởng PHẠM Hải Anh dẫn đầu đoàn')).toEqual([
      { name: 'Phạm Hải Anh', title: 'Vụ trưởng', country: 'VN' },
    ]);
    // The Central Highlands peoples' names
    expect(people('Chiều 11-3, Bí thư Tỉnh ủy Êban Y Phu đã tiếp Đại sứ')).toEqual([
      { name: 'Êban Y Phu', title: 'Bí thư Tỉnh ủy', country: 'VN' },
    ]);
    // A province's foreign-affairs department
    expect(
      people('Giám đốc Sở Ngoại vụ Thành phố Hồ Chí Minh Trần Quang Dũng chủ trì buổi gặp'),
    ).toEqual([{ name: 'Trần Quang Dũng', title: 'Giám đốc Sở Ngoại vụ', country: 'VN' }]);
    // The place after "tại" is where an office abroad sits, not its state.
    expect(people('Đại sứ tại Hà Nội Marc Knapper')[0]?.country).toBeUndefined();
  });

  it("flags a person named only as the one whose aides or spouse act ('trợ lý của Tổng thống Trump')", () => {
    expect(
      findPeople('phái đoàn làm việc với các trợ lý của Tổng thống Trump')[0]?.background,
    ).toBe(true);
    expect(findPeople('Phu nhân Tổng thống Joe Biden thăm trường')[0]?.background).toBe(true);
    expect(
      findPeople('cựu binh trao trả chiếc mũ cối cho gia đình ông Bùi Đức Hưng')[0]?.background,
    ).toBe(true);
    expect(findPeople('chuyến thăm của Tổng thống Joe Biden')[0]?.background).toBeFalsy();
    expect(findPeople('Cố vấn An ninh Quốc gia Jake Sullivan gặp')[0]?.background).toBeFalsy();
  });

  it('reads a ministry whose name holds "và" as part of the title', () => {
    expect(
      findPeople(
        'Thứ trưởng Bộ Y tế và Dịch vụ Nhân sinh Hoa Kỳ Andrea Palm đã có mặt tại Việt Nam',
      ).map((p) => [p.name, p.country]),
    ).toEqual([['Andrea Palm', 'US']]);
    expect(findPeople('Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt tiếp')[0]?.name).toBe(
      'Huỳnh Thành Đạt',
    );
  });

  it('gives a name the title right before it, not an earlier one across a verb', () => {
    const found = findPeople(
      'Ngoại trưởng Mỹ mời Bộ trưởng Ngoại giao kiêm phó Thủ tướng Phạm Bình Minh tới thăm nước này.',
    );
    expect(found.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Phạm Bình Minh', 'Phó Thủ tướng', 'VN'],
    ]);
    expect(findPeople('Ngoại trưởng Mỹ mời Phó Thủ tướng Phạm Bình Minh thăm Mỹ')[0]?.title).toBe(
      'Phó Thủ tướng',
    );
  });

  it('reads the spouse and child named after "Phu nhân và con gái Tổng thống …," as themselves', () => {
    const found = findPeople(
      'Chiều 18/11, Phu nhân và con gái Tổng thống Hoa Kỳ, bà Hillary Clinton và cô Chelsea Clinton, đã đến thăm Bảo tàng Lịch sử Việt Nam.',
    );
    expect(found.map((p) => [p.name, p.title, p.background])).toEqual([
      ['Hillary Clinton', undefined, undefined],
      ['Chelsea Clinton', undefined, undefined],
    ]);
  });

  it('keeps a deputy a deputy: "Phó Ngoại trưởng", "Phó Bộ trưởng Quốc phòng"', () => {
    expect(people('Phó Ngoại trưởng Mỹ Thomas Shannon đã tiếp đoàn')).toEqual([
      { name: 'Thomas Shannon', title: 'Phó Ngoại trưởng', country: 'US' },
    ]);
    expect(people('Phó Bộ trưởng Quốc phòng Mỹ Kathleen Hicks')[0]?.title).toBe(
      'Phó Bộ trưởng Quốc phòng',
    );
  });

  it("reads a province's or city's leaders with their place", () => {
    expect(people('Bí thư Thành ủy TPHCM Lê Thanh Hải gặp Đại sứ Mỹ')).toEqual([
      { name: 'Lê Thanh Hải', title: 'Bí thư Thành ủy', country: 'VN' },
    ]);
    expect(people('Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh tiếp đoàn')).toEqual([
      { name: 'Lê Trí Thanh', title: 'Chủ tịch UBND', country: 'VN' },
    ]);
    expect(people('Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội Nguyễn Mạnh Quyền')).toEqual([
      { name: 'Nguyễn Mạnh Quyền', title: 'Phó Chủ tịch UBND', country: 'VN' },
    ]);
    expect(people('Bí thư Tỉnh uỷ Điện Biên Trần Tiến Dũng')[0]?.title).toBe('Bí thư Tỉnh ủy');
    expect(people('Tổng Bí thư Tô Lâm')[0]?.title).toBe('Tổng Bí thư');
  });

  it('reads qualifiers between the title and the name', () => {
    expect(
      people(
        'Thứ trưởng Ngoại giao Mỹ đặc trách kiểm soát vũ khí và an ninh quốc tế Rose Gottemoeller có chuyến thăm',
      ),
    ).toEqual([{ name: 'Rose Gottemoeller', title: 'Thứ trưởng Ngoại giao', country: 'US' }]);
    const ryder = findPeople(
      'làm việc với Phó tổng thư ký Liên Hợp Quốc phụ trách chính sách Guy Ryder',
    )[0];
    expect(ryder).toMatchObject({ name: 'Guy Ryder', international: true });
    expect(ryder?.country).toBeUndefined();
  });

  it('reads a second title after the first, an agency for no name, and a bracketed short form', () => {
    expect(
      people('Bộ trưởng Chủ nhiệm Cơ quan Bảo vệ Môi trường Hoa Kỳ (EPA) Jane Roe thăm Hà Nội'),
    ).toEqual([{ name: 'Jane Roe', title: 'Chủ nhiệm', country: 'US' }]);
    expect(people('gặp Bộ trưởng Bộ Tài nguyên và Môi trường (Bộ TN&MT) Trần Văn Minh')).toEqual([
      { name: 'Trần Văn Minh', title: 'Bộ trưởng Tài nguyên và Môi trường', country: 'VN' },
    ]);
  });

  it("reads an institution's own name after its noun as no person's", () => {
    expect(people('Chủ tịch Đại học Harvard Lawrence Bacow phát biểu')).toEqual([
      { name: 'Lawrence Bacow', title: 'Chủ tịch', country: undefined },
    ]);
    expect(people('Chủ tịch Đại học Quốc gia Hà Nội Lê Quân phát biểu')).toEqual([
      { name: 'Lê Quân', title: 'Chủ tịch', country: 'VN' },
    ]);
    // The title ends at "và ông": the next person keeps no country of the first one's institution.
    expect(
      people(
        'cảm ơn Tiến sĩ Kim Bottomly, Chủ tịch Hội đồng Tín thác Đại học Fulbright Việt Nam và ông Tommy Vallely, Chủ tịch Quỹ Tín thác Sáng kiến Đại học Việt Nam.',
      ).map((p) => [p.name, p.country]),
    ).toEqual([
      ['Kim Bottomly', undefined],
      ['Tommy Vallely', undefined],
    ]);
  });

  it("gives the head of a government office after a minister's rank that office", () => {
    expect(people('Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn dự buổi tiếp')).toEqual([
      { name: 'Trần Văn Sơn', title: 'Chủ nhiệm Văn phòng Chính phủ', country: 'VN' },
    ]);
  });

  it("reads a department's name after its head's title as no person's, a region's included", () => {
    expect(people('Vụ trưởng Vụ Châu Mỹ Lê Văn Hòa trao đổi với phóng viên')).toEqual([
      { name: 'Lê Văn Hòa', title: 'Vụ trưởng', country: 'VN' },
    ]);
    // "Châu" begins names, and "Mỹ" is the US elsewhere: here both name the department.
    expect(people('buổi làm việc có Vụ trưởng Vụ Châu Mỹ, Bộ Ngoại giao.')).toEqual([]);
    expect(people('Cục trưởng Cục Lãnh sự Đỗ Minh Tâm cho biết')).toEqual([
      { name: 'Đỗ Minh Tâm', title: 'Cục trưởng', country: 'VN' },
    ]);
  });

  it('gives a counterpart ("người đồng cấp") the title of the first person', () => {
    expect(
      people('Bộ trưởng Quốc phòng Việt Nam Ngô Xuân Lịch và người đồng cấp Mỹ James Mattis'),
    ).toEqual([
      { name: 'Ngô Xuân Lịch', title: 'Bộ trưởng Quốc phòng', country: 'VN' },
      { name: 'James Mattis', title: 'Bộ trưởng Quốc phòng', country: 'US' },
    ]);
  });

  it('reads honorifics and appositions', () => {
    expect(people('khi gặp các ông Wilbur Ross và Robert Lighthizer').map((p) => p.name)).toEqual([
      'Wilbur Ross',
      'Robert Lighthizer',
    ]);
    expect(people('do Đại tướng Ngô Xuân Lịch - Bộ trưởng Quốc phòng dẫn đầu')[0]?.title).toBe(
      'Bộ trưởng Quốc phòng',
    );
    expect(people('Bộ trưởng Quốc phòng Mỹ, ông Ashton Carter sẽ thăm')[0]).toEqual({
      name: 'Ashton Carter',
      title: 'Bộ trưởng Quốc phòng',
      country: 'US',
    });
    expect(people('Thứ trưởng Quốc phòng Việt Nam - ông Nguyễn Chí Vịnh tiếp')[0]).toEqual({
      name: 'Nguyễn Chí Vịnh',
      title: 'Thứ trưởng Quốc phòng',
      country: 'VN',
    });
    expect(people('Thứ trưởng Thương mại Mỹ – ông Frank Lavin đã tới')[0]?.title).toBe(
      'Thứ trưởng Thương mại',
    );
    // A list of titled people is no apposition: each title goes with the name after it.
    expect(
      people('Cựu Tổng thống Bill Clinton, Phó thủ tướng Phạm Bình Minh, Đại sứ Ted Osius').map(
        (p) => [p.name, p.title],
      ),
    ).toEqual([
      ['Bill Clinton', undefined], // "Cựu": a former office is no title
      ['Phạm Bình Minh', 'Phó Thủ tướng'],
      ['Ted Osius', 'Đại sứ'],
    ]);
  });

  it('reads no one in a place whose name opens with an honorific’s word ("Bà Rịa")', () => {
    for (const place of ['tỉnh Bà Rịa-Vũng Tàu', 'thành phố Bà Rịa', 'tỉnh Bà Rịa - Vũng Tàu'])
      expect(people(`Lễ bàn giao diễn ra tại cảng ở ${place}.`)).toEqual([]);
    expect(people('Tiếp đoàn có bà Nguyễn Thị Bình.').map((p) => p.name)).toEqual([
      'Nguyễn Thị Bình',
    ]);
  });

  it('reads a list whose items put the name first, then the office, with no honorific', () => {
    expect(
      people(
        'Dự buổi tiếp có: Trần Quang Minh, Thứ trưởng Công Thương; Lê Thị Hà, Chủ tịch UBND tỉnh Nghệ An.',
      ),
    ).toEqual([
      { name: 'Trần Quang Minh', title: 'Thứ trưởng Công Thương', country: undefined },
      { name: 'Lê Thị Hà', title: 'Chủ tịch UBND', country: undefined },
    ]);
    // Mid-sentence, or a name that is no Vietnamese one, stays unread: a place or a firm, likely.
    expect(people('Đoàn đã đến thăm Nam Định, Chủ tịch tỉnh đón tiếp')).toEqual([]);
    expect(people('Boeing Vietnam, Giám đốc điều hành cho biết')).toEqual([]);
  });

  it('takes the office after the party posts and delegation role the press names first', () => {
    expect(
      people('Ông Lò Văn Tâm, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, chủ trì buổi gặp.'),
    ).toEqual([{ name: 'Lò Văn Tâm', title: 'Chủ tịch Quốc hội', country: undefined }]);
    expect(
      people(
        'Phía Việt Nam gồm: Sùng Thị Mai, Ủy viên Ban Thường vụ Thành uỷ, Chủ tịch UBND thành phố; Hoàng Văn Nam, Trưởng phái đoàn, Thứ trưởng Ngoại giao.',
      ),
    ).toEqual([
      { name: 'Sùng Thị Mai', title: 'Chủ tịch UBND', country: undefined },
      { name: 'Hoàng Văn Nam', title: 'Thứ trưởng Ngoại giao', country: undefined },
    ]);
  });

  it('does not take seas, places or a former office for people', () => {
    expect(people('tư lệnh hạm đội Thái Bình Dương Mỹ')).toEqual([]);
    expect(people('đền thờ Chủ tịch Hồ Chí Minh')).toEqual([]);
    expect(
      people('bà Charlene Barshefsky, cựu đại diện Thương mại Hoa Kỳ Stephen Censky')[1]?.title,
    ).toBeUndefined();
  });

  it('flags one-word mentions for resolving', () => {
    expect(findPeople('Ngoại trưởng Blinken khẳng định')[0]).toMatchObject({
      name: 'Blinken',
      short: true,
    });
  });
});

describe('PeopleIndex', () => {
  it('resolves short mentions to the full name found elsewhere', () => {
    const index = new PeopleIndex();
    index.addAll(findPeople('Ngoại trưởng Antony Blinken và Bộ trưởng Ngoại giao Bùi Thanh Sơn'));
    expect(index.resolve(findPeople('Ngoại trưởng Blinken nói')[0]!)?.name).toBe('Antony Blinken');
    expect(index.resolve(findPeople('Bộ trưởng Sơn đề nghị')[0]!)?.name).toBe('Bùi Thanh Sơn');
  });

  it('keeps the most telling title of a person', () => {
    const index = new PeopleIndex();
    index.addAll(findPeople('Đại tướng Ngô Xuân Lịch thăm Mỹ'));
    index.addAll(findPeople('Bộ trưởng Quốc phòng Ngô Xuân Lịch hội đàm'));
    expect(index.all()).toEqual([
      { name: 'Ngô Xuân Lịch', title: 'Bộ trưởng Quốc phòng', level: 'minister', country: 'VN' },
    ]);
  });

  it('takes a name cut short of its last syllable, same title, for the spelling used most', () => {
    const slip = new PeopleIndex();
    slip.addAll(findPeople('Bộ trưởng Bộ Y tế Nguyễn Thanh Long tiếp Đại sứ'));
    slip.addAll(findPeople('Bộ trưởng Bộ Y tế Nguyễn Thanh đã tiếp Đại sứ'));
    slip.addAll(findPeople('Bộ trưởng Bộ Y tế Nguyễn Thanh Long cảm ơn'));
    expect(slip.all().map((p) => p.name)).toEqual(['Nguyễn Thanh Long']);
    expect(slip.resolve(findPeople('Bộ trưởng Bộ Y tế Nguyễn Thanh đã tiếp')[0]!)?.name).toBe(
      'Nguyễn Thanh Long',
    );
    // A title-case headline's extra word is the rarer spelling
    const headline = new PeopleIndex();
    headline.addAll(findPeople('Thủ tướng Phan Văn Khải Hội Kiến Với Tổng Thống'));
    headline.addAll(findPeople('Thủ tướng Phan Văn Khải đã hội kiến'));
    headline.addAll(findPeople('Thủ tướng Phan Văn Khải nói'));
    expect(headline.all().map((p) => p.name)).toEqual(['Phan Văn Khải']);
  });
});

describe('isVietnameseName', () => {
  it('knows the shape of Vietnamese names', () => {
    expect(isVietnameseName('Lê Hoài Trung')).toBe(true);
    expect(isVietnameseName('Antony Blinken')).toBe(false);
  });
});

describe('background and untitled people', () => {
  it('reads a chargé d’affaires and an untitled Vietnamese counterpart after "và"', () => {
    expect(people('Đón ông có Đại biện lâm thời Mỹ tại Việt Nam John Carter')).toEqual([
      { name: 'John Carter', title: 'Đại biện', country: 'US' },
    ]);
    expect(
      people('Phó Tổng thống Mỹ Tom Walker và Trần Văn Hùng trong cuộc gặp').map((p) => p.name),
    ).toEqual(['Tom Walker', 'Trần Văn Hùng']);
  });

  it('flags people named only as background', () => {
    const flagged = (s: string) =>
      findPeople(s)
        .filter((p) => p.background)
        .map((p) => p.name);
    expect(
      flagged(
        'đề nghị hai bên chuẩn bị cho chuyến thăm Mỹ của Chủ tịch nước Lê Văn Bình thời gian tới',
      ),
    ).toEqual(['Lê Văn Bình']);
    expect(
      flagged(
        'có chuyến thăm của Tổng Bí thư Lê Văn Bình (5/2012) và của Tổng thống John Carter (8/2014)',
      ),
    ).toEqual(['Lê Văn Bình', 'John Carter']);
    expect(flagged('Thủ tướng Lê Văn Bình tiếp Đại sứ Mỹ John Carter')).toEqual([]);
  });

  it('takes a two-word East Asian name in either order as one person, never a Vietnamese one', () => {
    expect(sameFullName('Suga Yoshihide', 'Yoshihide Suga')).toBe(true);
    expect(sameFullName('Marc E. Knapper', 'Marc Knapper')).toBe(true);
    expect(sameFullName('Lê Hùng', 'Hùng Lê')).toBe(false);
    // A suffix aside, a given name and its short form: "Joe" for "Joseph"; never "Jill" for "Joe".
    expect(sameFullName('Joseph R. Biden Jr', 'Joe Biden')).toBe(true);
    expect(sameFullName('Jill Biden', 'Joe Biden')).toBe(false);
    const index = new PeopleIndex();
    index.addAll(findPeople('Thủ tướng Nhật Bản Suga Yoshihide'));
    index.addAll(findPeople('Thủ tướng Nhật Bản Yoshihide Suga'));
    expect(index.all().map((p) => p.name)).toEqual(['Suga Yoshihide']);
  });

  it('reads initials glued to a surname, and leaves out whom one acts for or a dated aside', () => {
    expect(findPeople('Tổng thống Hoa Kỳ G.W.Bush đến sân bay Nội Bài').map((p) => p.name)).toEqual(
      ['G. W. Bush'],
    );
    const aside = findPeople(
      'Đây là chuyến thăm thứ hai, sau chuyến thăm của Tổng thống Bill Clinton tháng 12/2001.',
    );
    expect(aside.map((p) => [p.name, p.background])).toEqual([['Bill Clinton', true]]);
    const eve = findPeople(
      'Buổi gặp gỡ được tổ chức trước thềm chuyến thăm chính thức Việt Nam của Tổng thống Mỹ Barack Obama.',
    );
    expect(eve.map((p) => [p.name, p.background])).toEqual([['Barack Obama', true]]);
    const dashed = findPeople('(sau Tổng thống Bill Clinton - năm 2001)');
    expect(dashed.map((p) => [p.name, p.background])).toEqual([['Bill Clinton', true]]);
    const sitting = findPeople(
      'Tham dự hội đàm, về phía Việt Nam có: Bộ trưởng Công Thương Lê Văn Hải, Đại sứ Trần Minh Đức.',
    );
    expect(sitting.map((p) => p.background)).toEqual([true, true]);
    expect(
      findPeople('Tham dự buổi lễ có Tổng Lãnh sự Hoa Kỳ Jane Doe.').map((p) => p.background),
    ).toEqual([undefined]);
    const behalf = findPeople(
      'Thay mặt Tổng thống Biden và nhân dân Hoa Kỳ, tôi xin gửi lời chúc mừng',
    );
    expect(behalf.every((p) => p.background)).toBe(true);
    expect(findPeople('Bộ trưởng Quốc phòng Han Min - koo cho biết').map((p) => p.name)).toEqual([
      'Han Min-koo',
    ]);
  });
  it('leaves out the one accompanied when the accompanying is only the time of the act', () => {
    const during = findPeople(
      'Sáng 13/5, trong thời gian tháp tùng Thủ tướng Chính phủ Phạm Minh Chính thăm Hoa Kỳ, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Ngoại trưởng Antony Blinken.',
    );
    expect(during.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Phạm Minh Chính', true],
      ['Bùi Thanh Sơn', false],
      ['Antony Blinken', false],
    ]);
  });

  it('leaves out the one a newcomer replaces and the one to be accompanied later', () => {
    const found = findPeople(
      'Sáng 12/1, Đại sứ Daniel Kritenbrink nhận nhiệm sở tại Hà Nội, thay thế ông Ted Osius, rồi nhận nhiệm vụ tháp tùng Tổng thống Mỹ Donald Trump sang Đà Nẵng.',
    );
    expect(found.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Daniel Kritenbrink', false],
      ['Ted Osius', true],
      ['Donald Trump', true],
    ]);
  });

  it('leaves out the one replaced ("thay ông X") and the one whose earlier words are recalled', () => {
    const found = findPeople(
      'Ngày 8/5, Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Marc Knapper, vừa sang thay ông Daniel Kritenbrink, và khẳng định lại các điều mà ông Antony Blinken đã cam kết.',
    );
    expect(found.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Bùi Thanh Sơn', false],
      ['Marc Knapper', false],
      ['Daniel Kritenbrink', true],
      ['Antony Blinken', true],
    ]);
    // "thay mặt" is on behalf of, not in place of
    const onBehalf = findPeople(
      'Thay mặt Bộ trưởng Bùi Thanh Sơn, Thứ trưởng Hà Kim Ngọc đã tiếp Đại sứ Marc Knapper.',
    );
    expect(onBehalf.find((p) => p.name === 'Hà Kim Ngọc')?.background).toBeFalsy();
  });

  it("leaves out the sender of what is handed over, the one invited, and others' occasions", () => {
    const handed = findPeople(
      'Trong buổi gặp, Cố vấn Hội đồng An ninh quốc gia Herbert Raymond McMaster đã chuyển thư của Tổng thống Donald Trump mời Thủ tướng Nguyễn Xuân Phúc sang Washington.',
    );
    expect(handed.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Herbert Raymond McMaster', false],
      ['Donald Trump', true],
      ['Nguyễn Xuân Phúc', true],
    ]);
    // The one the message is handed to is at the meeting.
    const handedTo = findPeople(
      'Ông chuyển lời chúc mừng của Tổng thống Donald Trump tới Tổng Bí thư Tô Lâm nhân dịp được bầu lại.',
    );
    expect(handedTo.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Donald Trump', true],
      ['Tô Lâm', false],
    ]);
    const others = findPeople(
      'Ông là vị ngoại trưởng thứ tư thăm Việt Nam sau các chuyến thăm của Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung Wha, Bộ trưởng Ngoại giao Vương quốc Anh Dominic Raab.',
    );
    expect(others.every((p) => p.background)).toBe(true);
    const setting = findPeople(
      'Bộ trưởng Ngoại giao Lê Hoài Trung hội đàm với Ngoại trưởng Mỹ Marco Rubio, nhân dịp tham gia đoàn đại biểu do Tổng Bí thư Tô Lâm dẫn đầu.',
    );
    expect(setting.filter((p) => !p.background).map((p) => p.name)).toEqual([
      'Lê Hoài Trung',
      'Marco Rubio',
    ]);
    // "Nhận lời mời của X": the host takes part.
    const host = findPeople(
      'Nhận lời mời của Tổng thống Mỹ Joe Biden, Chủ tịch nước Nguyễn Xuân Phúc đã phát biểu.',
    );
    expect(host.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Joe Biden', false],
      ['Nguyễn Xuân Phúc', false],
    ]);
  });

  it('reads the region a portfolio covers, dash included', () => {
    expect(
      people(
        'Bộ trưởng Lương Tam Quang đã tiếp Trợ lý Ngoại trưởng Hoa Kỳ phụ trách khu vực Đông Á - Thái Bình Dương Michael George DeSombre.',
      ).map((p) => [p.name, p.title]),
    ).toEqual([
      ['Lương Tam Quang', 'Bộ trưởng'],
      ['Michael George DeSombre', 'Trợ lý Ngoại trưởng'],
    ]);
  });

  it('reads a portfolio without "về" and a ministry after a title', () => {
    expect(
      people(
        'Đồng chủ trì có Quyền Trợ lý Ngoại trưởng Dân chủ, nhân quyền và lao động Lisa Peterson cùng Trợ lý Bộ trưởng Ngoại giao kiêm Vụ trưởng Lê Thị Tuyết Mai.',
      ).map((p) => p.name),
    ).toEqual(['Lisa Peterson', 'Lê Thị Tuyết Mai']);
  });

  it('reads a name after a portfolio that lists its fields', () => {
    expect(
      people(
        'Trợ lý Ngoại trưởng Hoa Kỳ về Dân chủ, Nhân quyền và Lao động Tom Malinowski sẽ dẫn đầu đoàn.',
      ).map((p) => [p.name, p.title, p.country]),
    ).toEqual([['Tom Malinowski', 'Trợ lý Ngoại trưởng', 'US']]);
  });

  it('leaves out those who authorise an act', () => {
    const signed = findPeople(
      'Được sự ủy quyền của Thủ tướng Nguyễn Tấn Dũng và Tổng thống Barack Obama, ngày 06-5-2014, Bộ trưởng Nguyễn Quân và Đại sứ Hoa Kỳ David Shear đã ký Hiệp định.',
    );
    expect(signed.map((p) => [p.name, Boolean(p.background)])).toEqual([
      ['Nguyễn Tấn Dũng', true],
      ['Barack Obama', true],
      ['Nguyễn Quân', false],
      ['David Shear', false],
    ]);
  });

  it('leaves out the dead: they are mourned, not met', () => {
    const mourned = (text: string) => findPeople(text).map((p) => [p.name, Boolean(p.background)]);
    expect(
      mourned('Ngoại trưởng Lê Văn An đến viếng Tổng Bí thư Trần Văn Bình tại Hà Nội.'),
    ).toEqual([
      ['Lê Văn An', false],
      ['Trần Văn Bình', true],
    ]);
    expect(mourned('Thư chia buồn sau khi Chủ tịch nước Trần Văn Bình từ trần.')).toEqual([
      ['Trần Văn Bình', true],
    ]);
    expect(mourned('Đoàn dự lễ tang cố Thủ tướng Trần Văn Bình.')).toEqual([
      ['Trần Văn Bình', true],
    ]);
    // A founder honoured in a speech is not there either.
    expect(
      mourned('Chúng ta cần tri ân Thượng nghị sĩ John Doe, người sáng lập chương trình.'),
    ).toEqual([['John Doe', true]]);
    // "Cố vấn" is a title, not "the late".
    expect(mourned('Cố vấn An ninh Quốc gia Jake Sullivan hội kiến Bộ trưởng Lê Văn An.')).toEqual([
      ['Jake Sullivan', false],
      ['Lê Văn An', false],
    ]);
  });
});

describe('tokenize', () => {
  it('reads the tokens TOKEN_RE gives: initials, apostrophes, marks, any whitespace', () => {
    for (const text of [
      'Ngoại trưởng Marc E. Knapper, W.J. Clinton và O’Brien (Mỹ) ngày 25/3.',
      "Đ. A.B. x.Y O'Neil d'Estaing 😀 rock'n'roll",
      'A.',
      ' \u00a0\tTổng thống Joe Biden\u2009—\u200bhôm nay',
    ])
      expect(tokenize(text)).toEqual(tokenizeByRegex(text));
  });
});
