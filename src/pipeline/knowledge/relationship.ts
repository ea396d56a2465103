/**
 * General knowledge of the Việt Nam – United States relationship a reader brings to an article:
 * relations were normalised in 1995 (diplomatic relations established on 12 July), a Comprehensive
 * Partnership was set up in July 2013 and upgraded to a Comprehensive Strategic Partnership in
 * September 2023, during President Biden's visit to Hà Nội; the few visits of sitting US presidents
 * and vice presidents to Việt Nam are remembered by anyone who follows it. Complete public facts,
 * like the office-holders' terms, never chosen from the articles at hand.
 */

export type RelationshipStep = 'relations' | 'comprehensive' | 'comprehensive-strategic';

/** The year each step of the Việt Nam – US relationship was taken. */
export const US_RELATIONSHIP: Record<RelationshipStep, number> = {
  relations: 1995,
  comprehensive: 2013,
  'comprehensive-strategic': 2023,
};

/** The year each step of the relationship was taken, per partner (ISO code). */
export const RELATIONSHIP_YEARS: Record<string, Partial<Record<RelationshipStep, number>>> = {
  US: US_RELATIONSHIP,
};

/** The day (MM-DD) US diplomatic relations were established, 12 July 1995: their anniversary's day. */
export const US_RELATIONS_DAY = '07-12';

/** The month of an upgrade a reader knows, per partner and year: the US upgrade of September 2023. */
export const UPGRADE_MONTHS: Record<string, Record<number, number>> = { US: { 2023: 9 } };

/** The year a step of the relationship with `partner` was taken, when general knowledge has it. */
export function relationshipYear(partner: string, step: string): number | undefined {
  return RELATIONSHIP_YEARS[partner]?.[step as RelationshipStep];
}

/**
 * Words that make a step of the relationship a plan, not a fact, in the clause before it: "sẽ nâng
 * cấp", "hướng tới nâng cấp", "đề xuất nâng cấp", "thảo luận khả năng nâng cấp".
 */
export const PLANNED_STEP =
  /(?<![\p{L}])(?:sẽ|dự kiến|hướng tới|tiến tới|có thể|đề xuất|đề nghị|mong muốn|mong|cân nhắc|xem xét|khả năng|kế hoạch|chuẩn bị|sớm|nhằm|để|nếu|chưa|thảo luận|bàn)(?![\p{L}])/iu;

/**
 * Visits to Việt Nam by sitting US presidents and vice presidents, first to last day: rare, widely
 * remembered facts of the relationship ("Tổng thống Biden thăm Hà Nội tháng 9/2023"). Keyed by the
 * holder's name as in the office-holders table. A reader who sees "chiều 11/9, … hội kiến Tổng thống
 * Joe Biden" knows the year from them.
 */
export const US_LEADER_VISITS: Record<string, ReadonlyArray<{ from: string; to: string }>> = {
  'Bill Clinton': [{ from: '2000-11-16', to: '2000-11-19' }],
  'George W. Bush': [{ from: '2006-11-17', to: '2006-11-20' }],
  'Barack Obama': [{ from: '2016-05-22', to: '2016-05-25' }],
  'Donald Trump': [
    { from: '2017-11-10', to: '2017-11-12' },
    { from: '2019-02-26', to: '2019-02-28' },
  ],
  'Joe Biden': [{ from: '2023-09-10', to: '2023-09-11' }],
  'Kamala Harris': [{ from: '2021-08-24', to: '2021-08-26' }],
};

/**
 * The special summits of ASEAN leaders with the US president, first to last day (US time): Sunnylands
 * in February 2016 and Washington in May 2022. A reader who sees "Ngày 13/5 (giờ địa phương), nhân
 * dịp dự Hội nghị Cấp cao đặc biệt ASEAN - Mỹ" knows which one.
 */
export const ASEAN_US_SPECIAL_SUMMITS: ReadonlyArray<{ from: string; to: string }> = [
  { from: '2016-02-15', to: '2016-02-16' },
  { from: '2022-05-12', to: '2022-05-13' },
];
