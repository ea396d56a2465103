import { describe, expect, it } from 'vitest';
import { countValue, findMilestones, milestoneTitle } from './milestones';

const facts = (sentences: string[], ctx = {}) =>
  findMilestones(sentences, ctx).map((m) => `${m.date} ${m.title}`);

describe('findMilestones', () => {
  it('reads a partnership announced ("công bố") in a month as the act that made it', () => {
    expect(
      facts(
        [
          'Tháng 9/2023, lãnh đạo hai nước công bố khuôn khổ Đối tác Chiến lược Toàn diện, mở ra một giai đoạn mới.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual(['2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện']);
  });

  it('reads a count joined to another anniversary by "và" as an anniversary', () => {
    expect(
      facts(
        [
          'Sự kiện diễn ra trong bối cảnh hướng đến các hoạt động kỷ niệm 50 năm giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025) và 30 năm thiết lập quan hệ ngoại giao (12/7/1995 - 12/7/2025).',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '2025 Kỷ niệm 30 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
  });

  it('reads a count listed after another anniversary with a comma as an anniversary', () => {
    expect(
      facts(
        [
          'Sự kiện do Hội hữu nghị Việt - Mỹ TP Hà Nội tổ chức nhân dịp hai nước kỷ niệm 28 năm thiết lập quan hệ ngoại giao, 10 năm thiết lập quan hệ Đối tác toàn diện.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '2023 Kỷ niệm 10 năm Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
      '2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
    ]);
  });

  it('reads a name in quotes that opens with the count ("triển lãm “20 năm quan hệ …”") as an anniversary', () => {
    expect(
      facts(
        [
          'Bảo tàng khai mạc triển lãm ảnh “20 năm thiết lập quan hệ ngoại giao Việt Nam – Hoa Kỳ”.',
        ],
        {
          mainPartner: 'US',
          eventYear: 2015,
        },
      ),
    ).toEqual([
      '2015 Kỷ niệm 20 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    // a count in quotes that is no relationship's age stays a count
    expect(facts(['Ông đọc bài thơ “20 năm xa quê” tại buổi lễ.'], { eventYear: 2015 })).toEqual(
      [],
    );
  });

  it('reads the relationship\'s age: "kỷ niệm 30 năm quan hệ Mỹ - Việt Nam", "sau 30 năm thiết lập …"', () => {
    expect(
      facts(['Bà Brown nhấn mạnh ý nghĩa của năm nay khi kỷ niệm 30 năm quan hệ Mỹ - Việt Nam.'], {
        mainPartner: 'US',
      }),
    ).toEqual([
      '2025 Kỷ niệm 30 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    // "quan hệ song phương" is the relationship too, when an anniversary counts it
    expect(
      facts(['Nhiều chương trình giao lưu được tổ chức để kỷ niệm 25 năm quan hệ song phương.'], {
        mainPartner: 'US',
        eventYear: 2020,
      }),
    ).toEqual([
      '2020 Kỷ niệm 25 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts(
        [
          'Hai bên đánh giá quan hệ song phương sau 30 năm thiết lập quan hệ ngoại giao và 2 năm triển khai quan hệ Đối tác Chiến lược Toàn diện.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
    ]);
  });

  it('counts a partnership\'s age from the normalisation: "kỷ niệm 25 năm quan hệ đối tác"', () => {
    expect(
      facts(['Năm nay Hoa Kỳ và Việt Nam kỷ niệm 25 năm quan hệ đối tác.'], {
        mainPartner: 'US',
        eventYear: 2020,
      }),
    ).toEqual([
      '2020 Kỷ niệm 25 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    // The comprehensive partnership is its own step, and its round anniversary a year of its own.
    expect(
      facts(['Hai nước kỷ niệm 10 năm quan hệ đối tác toàn diện.'], {
        mainPartner: 'US',
        eventYear: 2023,
      }),
    ).toEqual([
      '2023 Kỷ niệm 10 năm Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
      '2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
    ]);
  });

  it('reads the relationship\'s age told after it ("… trong suốt 25 năm qua") when it is the age a reader knows', () => {
    const sentence =
      'Với nền tảng quan hệ Việt Nam - Mỹ đã được xây dựng và không ngừng phát triển trong suốt 25 năm qua, quan hệ hai nước sẽ tiếp tục phát triển.';
    expect(facts([sentence], { mainPartner: 'US', eventYear: 2021 })).toEqual([
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    // Another count is another stretch of the relationship; "hơn 30 năm" counts roughly.
    expect(
      facts([sentence.replace('25 năm', '10 năm')], { mainPartner: 'US', eventYear: 2021 }),
    ).toEqual([]);
    expect(
      facts(['Hai bên cần phát huy nền tảng quan hệ đã được xây dựng trong hơn 30 năm qua.'], {
        mainPartner: 'US',
        eventYear: 2026,
      }),
    ).toEqual([]);
  });

  it('reads relationship facts stated with a year, with canonical titles', () => {
    expect(
      facts(
        [
          'Quan hệ Việt - Mỹ được bình thường hóa từ năm 1995.',
          'Hai nước xác lập quan hệ đối tác toàn diện năm 2013.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
    ]);
    expect(
      facts(['kể từ khi hai nước xác lập quan hệ Đối tác Chiến lược Toàn diện vào tháng 9/2023.'], {
        mainPartner: 'US',
      }),
    ).toEqual(['2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện']);
  });

  it('reads anniversaries and derives the year they count from', () => {
    expect(
      facts(
        [
          'nhất trí tổ chức các hoạt động kỷ niệm 30 năm hai nước bình thường hóa quan hệ trong năm 2025.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '2025 Kỷ niệm 30 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    // Two anniversaries in one celebration: each count belongs to its own fact.
    expect(
      facts(
        [
          'có mặt tại lễ kỷ niệm 239 năm Ngày Độc lập của Mỹ và 20 năm thiết lập quan hệ ngoại giao Việt - Mỹ tối 2.7.',
        ],
        { mainPartner: 'US', eventYear: 2015 },
      ),
    ).toEqual([
      '2015 Kỷ niệm 20 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
  });

  it('pairs "lần lượt" lists of countries and years', () => {
    expect(
      facts([
        'Ngoài Mỹ, Việt Nam đã có quan hệ Đối tác Chiến lược Toàn diện với Trung Quốc, Nga, Ấn Độ và Hàn Quốc, được thiết lập lần lượt vào năm 2008, 2012, 2016 và 2022.',
      ]),
    ).toHaveLength(4);
  });

  it('leaves out mere mentions, other pairs and unrelated years', () => {
    expect(
      facts(['Việt Nam sẽ tiếp tục cùng Mỹ triển khai quan hệ Đối tác Chiến lược Toàn diện.'], {
        mainPartner: 'US',
      }),
    ).toEqual([]);
    expect(
      facts(['Mỹ ủng hộ quan hệ đối tác chiến lược toàn diện ASEAN - Mỹ được thiết lập năm 2022.']),
    ).toEqual([]);
    expect(
      facts(['Thương mại song phương đạt 123 tỷ USD năm 2022, tăng 11% so với năm 2021.'], {
        mainPartner: 'US',
      }),
    ).toEqual([]);
  });

  it('dates an upgrade the event itself makes with the event month', () => {
    const sentences = [
      'Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam - Ấn Độ lên Đối tác chiến lược toàn diện.',
    ];
    expect(facts(sentences, { eventMonth: '2016-09', eventSentences: new Set([0]) })).toEqual([
      '2016-09 Việt Nam – Ấn Độ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
    ]);
    expect(
      facts(['sau khi hai nước nâng cấp lên quan hệ Đối tác chiến lược toàn diện với Ấn Độ.'], {
        eventMonth: '2024-01',
        eventSentences: new Set([0]),
      }),
    ).toEqual([]);
  });

  it('dates an upgrade told without its year when a reader knows it, never a planned one', () => {
    const ctx = { mainPartner: 'US', eventYear: 2024, eventMonth: '2024-01' };
    const upgrade = ['2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện'];
    expect(
      facts(['khi 2 nước chính thức nâng cấp quan hệ lên Đối tác chiến lược toàn diện.'], ctx),
    ).toEqual(upgrade);
    expect(
      facts(
        [
          'kể từ khi quan hệ giữa Washington và Hà Nội được nâng lên mức cao nhất, thành đối tác chiến lược toàn diện.',
        ],
        ctx,
      ),
    ).toEqual(upgrade);
    // A plan, or an article from before the upgrade.
    expect(
      facts(['Hai bên nhất trí sẽ nâng cấp quan hệ lên Đối tác chiến lược toàn diện.'], ctx),
    ).toEqual([]);
    expect(
      facts(['Hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện.'], {
        mainPartner: 'US',
        eventYear: 2023,
        eventMonth: '2023-07',
      }),
    ).toEqual([]);
    // A mere mention is no act; a sentence that gives a year is the one cited.
    expect(
      facts(
        ['Quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ không ngừng phát triển.'],
        ctx,
      ),
    ).toEqual([]);
    const cited = findMilestones(
      [
        'sau khi hai nước nâng cấp lên quan hệ Đối tác chiến lược toàn diện.',
        'Tháng 9/2023, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện.',
      ],
      ctx,
    );
    expect(cited.map((m) => m.sentence)).toEqual([
      'Tháng 9/2023, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện.',
    ]);
  });

  it('counts a step a reader knows however roughly it is counted, and "đánh dấu" anniversaries', () => {
    const ctx = { mainPartner: 'US', eventYear: 2026 };
    expect(
      facts(
        [
          'sau 30 năm bình thường hóa và hơn 2 năm triển khai Đối tác Chiến lược toàn diện, quan hệ hai nước đã phát triển.',
        ],
        ctx,
      ),
    ).toContain('2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện');
    expect(
      facts(
        [
          'Năm 2025 cũng đánh dấu 30 năm bình thường hoá quan hệ ngoại giao (1995-2025) và 2 năm thiết lập khuôn khổ Đối tác Chiến lược Toàn diện (2023-2025).',
        ],
        ctx,
      ),
    ).toEqual([
      '2025 Kỷ niệm 30 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
    ]);
  });

  it('builds one title per fact', () => {
    expect(milestoneTitle('relations', 'US', 30)).toBe(
      'Kỷ niệm 30 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    );
  });

  it('reads normalisation, establishing and restoring relations as one fact', () => {
    const ctx = { mainPartner: 'US' };
    const one = '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ';
    expect(
      facts(['Từ khi hai nước thiết lập quan hệ ngoại giao năm 1995, thương mại tăng mạnh.'], ctx),
    ).toEqual([one]);
    expect(facts(['Năm 1995, Việt Nam và Mỹ khôi phục quan hệ ngoại giao.'], ctx)).toEqual([one]);
    expect(facts(['Hai nước bình thường hóa quan hệ vào năm 1995.'], ctx)).toEqual([one]);
  });

  it('dates partnerships to the year and an upgrade to the month it is given', () => {
    const ctx = { mainPartner: 'US' };
    expect(
      facts(
        [
          'Quan hệ Đối tác toàn diện được thiết lập trong chuyến thăm của Chủ tịch nước tháng 7/2013.',
        ],
        ctx,
      ),
    ).toEqual(['2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện']);
    expect(
      facts(
        ['kể từ khi hai nước nâng cấp quan hệ lên Đối tác Chiến lược toàn diện năm 2023.'],
        ctx,
      ),
    ).toEqual(['2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện']);
    // The month of the US upgrade is general knowledge; another partner's stays at the year told.
    expect(
      facts(['Hai nước nâng cấp quan hệ lên Đối tác Chiến lược toàn diện năm 2023.'], {
        mainPartner: 'JP',
      }),
    ).toEqual(['2023 Việt Nam – Nhật Bản nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện']);
    // "đạt đến … Đối tác Chiến lược toàn diện" reaches the partnership as "nâng cấp" does.
    expect(
      facts(
        [
          'Chuyến thăm của Tổng thống Joe Biden tới Việt Nam vào tháng 9/2023 đưa quan hệ hai nước đạt đến tầm mức cao nhất là quan hệ Đối tác Chiến lược toàn diện.',
        ],
        ctx,
      ),
    ).toEqual(['2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện']);
  });

  it('reads "bang giao" as diplomatic relations', () => {
    expect(
      facts(['Quan hệ đã cải thiện kể từ sau khi hai nước thiết lập bang giao năm 1995.'], {
        mainPartner: 'US',
      }),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
  });

  it('counts an anniversary of the US relationship from the year a reader knows', () => {
    // No year in the text and no event year: 1995 + 30.
    expect(
      facts(
        [
          'Hai bên có nhiều hoạt động thiết thực kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Hoa Kỳ.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '2025 Kỷ niệm 30 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
  });

  it('gives an anniversary to the fact right after it, not to another partnership named', () => {
    expect(
      facts(
        [
          'Cuộc gặp diễn ra khi hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1995 - 2025), tạo thêm động lực cho quan hệ Đối tác Chiến lược toàn diện.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '2025 Kỷ niệm 30 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts(
        [
          'Hai bộ trưởng khẳng định quan hệ đối tác toàn diện khi chúng ta kỷ niệm 25 năm quan hệ ngoại giao Mỹ – Việt Nam trong năm 2020.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual([
      '2020 Kỷ niệm 25 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
  });

  it('the relationship named alone is the fact when the sentence sets it up ("được thiết lập")', () => {
    const ctx = { mainPartner: 'US' };
    expect(
      facts(['Quan hệ ngoại giao giữa hai nước được chính thức thiết lập năm 1995.'], ctx),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    expect(
      facts(['Vào năm 1995, quan hệ ngoại giao của hai bên được bình thường hóa.'], ctx),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    expect(
      facts(
        ['Năm 1995, quan hệ ngoại giao giữa Hà Nội và Washington được phục hồi sau hai thập kỷ.'],
        ctx,
      ),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    // Mentioned only: no fact.
    expect(facts(['Năm 1995, quan hệ ngoại giao hai nước bước sang trang mới.'], ctx)).toEqual([]);
  });

  it('"nhân (dịp) N năm" is an anniversary; "nhân dân … N năm" is not', () => {
    const ctx = { mainPartner: 'US', eventYear: 2020 };
    expect(
      facts(
        ['Hội thảo diễn ra nhân dịp 25 năm Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.'],
        ctx,
      ),
    ).toEqual([
      '2020 Kỷ niệm 25 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts(['Nhân dân hai nước đã hợp tác 25 năm kể từ khi thiết lập quan hệ ngoại giao.'], ctx),
    ).not.toContain('2020 Kỷ niệm 25 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ');
  });

  it('reads more anniversary forms; each fifth year from the 10th is a milestone', () => {
    const ctx = { mainPartner: 'US', eventYear: 2015 };
    // A count that is not a round anniversary only gives the year it counts from.
    expect(
      facts(['Hai nước kỷ niệm 22 năm bình thường hóa quan hệ.'], { ...ctx, eventYear: 2017 }),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    expect(
      facts(['Tròn 20 năm Việt Nam – Hoa Kỳ thiết lập quan hệ ngoại giao song phương.'], ctx),
    ).toEqual([
      '2015 Kỷ niệm 20 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts(['Năm ngoái Việt Nam và Mỹ đã kỷ niệm 20 năm ngày bình thường hóa quan hệ.'], {
        ...ctx,
        eventYear: 2016,
      }),
    ).toEqual([
      '2015 Kỷ niệm 20 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts(['trong năm 2015 – năm kỷ niệm 20 năm khôi phục quan hệ ngoại giao giữa hai nước.'], {
        mainPartner: 'US',
      }),
    ).toEqual([
      '2015 Kỷ niệm 20 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts([
        'Lễ kỷ niệm trực tuyến 25 năm thiết lập quan hệ ngoại giao Việt Nam - Mỹ (1995-2020) diễn ra chiều 28/7.',
      ]),
    ).toEqual([
      '2020 Kỷ niệm 25 năm Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts(
        [
          'Trong vòng 10 năm sau khi hai nước thiết lập quan hệ ngoại giao, Mỹ trở thành bạn hàng lớn.',
        ],
        { mainPartner: 'US', eventYear: 2005 },
      ),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    // A step a reader knows is dated without the event's year (an undated report).
    expect(
      facts([
        'Hai bên vui mừng trước quan hệ Việt Nam - Hoa Kỳ sau 20 năm kể từ khi hai nước thiết lập quan hệ ngoại giao.',
      ]),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    expect(
      facts(
        [
          '10 năm quan hệ Đối tác toàn diện được xác lập, hai nước kỷ niệm 10 năm quan hệ Đối tác toàn diện.',
        ],
        { mainPartner: 'US', eventYear: 2023 },
      ),
    ).toEqual([
      '2023 Kỷ niệm 10 năm Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
      '2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
    ]);
  });

  it('counts "sau N năm" back to a step of the relationship', () => {
    expect(
      facts([
        'Lần đầu sau 20 năm hai nước bình thường hóa quan hệ, một đoàn nghệ sĩ Mỹ sang biểu diễn.',
      ]),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    expect(
      facts(['Sau hai mươi năm hai nước bình thường hóa quan hệ, lãnh đạo Mỹ lần đầu sang thăm.']),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    // a comma ends the count's reach: "sau 3 năm" here is no age of the relationship
    expect(
      facts(['Sau 3 năm, hai nước thiết lập quan hệ ngoại giao với Nhật Bản.'], {
        eventYear: 2010,
      }),
    ).toEqual([]);
  });

  it('reads a count of years in words: "hai mươi lăm năm sau khi …"', () => {
    expect(
      facts(
        ['Hai mươi lăm năm sau khi hai nước thiết lập quan hệ ngoại giao, thương mại tăng mạnh.'],
        {
          mainPartner: 'US',
        },
      ),
    ).toEqual(['1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ']);
    // with a partner the reader has no year for, the count dates it from the event's year
    expect(
      facts(
        ['Mười hai năm sau khi thiết lập quan hệ ngoại giao với Nhật Bản, hai bên ký hiệp định.'],
        {
          eventYear: 2015,
        },
      ),
    ).toEqual(['2003 Việt Nam – Nhật Bản bình thường hóa quan hệ']);
    expect([
      countValue('mười hai'),
      countValue('hai mươi lăm'),
      countValue('ba mươi'),
      countValue('7'),
    ]).toEqual([12, 25, 30, 7]);
  });

  it('reads a joint statement on a partnership, made by the event, as its act', () => {
    expect(
      facts(
        [
          'Kết thúc hội đàm, hai nhà lãnh đạo thông qua Tuyên bố chung về quan hệ Đối tác toàn diện Việt Nam - Mỹ.',
        ],
        {
          eventMonth: '2013-07',
          eventYear: 2013,
          eventSentences: new Set([0]),
        },
      ),
    ).toEqual(['2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện']);
    // cited years later, the statement is only named
    expect(
      facts(
        ['Hai bên tiếp tục thực hiện Tuyên bố chung về quan hệ đối tác toàn diện Việt Nam - Mỹ.'],
        {
          eventMonth: '2016-05',
          eventYear: 2016,
          eventSentences: new Set([0]),
        },
      ),
    ).toEqual([]);
  });

  it('dates a partnership the event leaders decide with the event date', () => {
    expect(
      facts(
        [
          'Trên cơ sở đó, hai nhà lãnh đạo đã quyết định xác lập quan hệ Đối tác toàn diện Việt Nam - Mỹ.',
        ],
        {
          eventMonth: '2013-07',
          eventYear: 2013,
          eventSentences: new Set([5]),
        },
      ),
    ).toEqual(['2013 Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện']);
  });

  it('leaves out approximate counts and decisions made at another occasion', () => {
    const ctx = { mainPartner: 'US', eventYear: 2024, eventMonth: '2024-01' };
    expect(
      facts(['Trong hơn 20 năm kể từ khi hai nước bình thường hóa quan hệ, thương mại tăng.'], ctx),
    ).toEqual([]);
    // A rough count is no anniversary; the step it counts from, which a reader knows, stands.
    expect(facts(['Hai nước vừa kỷ niệm gần 30 năm bình thường hóa quan hệ.'], ctx)).toEqual([
      '1995 Việt Nam – Hoa Kỳ bình thường hóa quan hệ',
    ]);
    expect(
      facts(
        [
          'Trong chuyến thăm của Tổng thống Ấn Độ, hai bên đã nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện.',
        ],
        ctx,
      ),
    ).toEqual([]);
  });

  it('takes the year of the visit a "chuyến thăm này" sentence refers back to', () => {
    expect(
      facts(
        [
          'Đại sứ cho biết năm 2023 là năm trọng đại với chuyến thăm của Tổng thống Mỹ tới Việt Nam.',
          'Trong chuyến thăm này, lãnh đạo cấp cao hai nước đã thống nhất nâng cấp lên quan hệ Đối tác chiến lược toàn diện.',
        ],
        { mainPartner: 'US' },
      ),
    ).toEqual(['2023-09 Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện']);
  });
});
