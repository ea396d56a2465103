import { describe, expect, it } from 'vitest';
import { findMilestones, milestoneTitle } from './milestones';

const facts = (sentences: string[], ctx = {}) =>
  findMilestones(sentences, ctx).map((m) => `${m.date} ${m.title}`);

describe('findMilestones', () => {
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
      facts(['sau khi hai nước nâng cấp lên quan hệ Đối tác chiến lược toàn diện với Mỹ.'], {
        eventMonth: '2024-01',
        eventSentences: new Set([0]),
      }),
    ).toEqual([]);
  });

  it('builds one title per fact', () => {
    expect(milestoneTitle('diplomatic', 'FR', 45)).toBe(
      'Kỷ niệm 45 năm Việt Nam – Pháp thiết lập quan hệ ngoại giao',
    );
  });
});
