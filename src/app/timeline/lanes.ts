/** The timeline's lanes: milestones apart, then meetings by level, then calls and letters, then the rest. */
import { foldAccents } from '../../shared/text';
import type { TimelineEvent } from '../../shared/schema';
import type { UiLang } from '../i18n/messages';

export const LANES = ['milestones', 'leaders', 'ministers', 'calls', 'other'] as const;
export type LaneId = (typeof LANES)[number];

export const LANE_LABELS: Record<UiLang, Record<LaneId, string>> = {
  vi: {
    milestones: 'Mốc quan hệ',
    leaders: 'Cấp cao',
    ministers: 'Bộ trưởng & ngoại giao',
    calls: 'Điện đàm, thư & tuyên bố',
    other: 'Ký kết & sự kiện khác',
  },
  en: {
    milestones: 'Milestones',
    leaders: 'Leaders',
    ministers: 'Ministers & diplomats',
    calls: 'Calls, letters & statements',
    other: 'Signings & other events',
  },
};

// Offices of heads of state, government, party and parliament, folded: "Tổng Bí thư" → "tong bi thu".
const LEADER_TITLES = [
  'tong bi thu',
  'chu tich nuoc',
  'chu tich quoc hoi',
  'thu tuong',
  'tong thong',
  'president',
  'prime minister',
  'general secretary',
];
// A deputy is not the head: "Phó Thủ tướng", "Phó Tổng thống", "Vice President".
const DEPUTY = /\b(pho|vice|deputy)\b/;

/** True when a participant's title is a head-of-state/government/party/parliament office. */
export function isLeaderTitle(title: string | undefined): boolean {
  if (!title) return false;
  const folded = foldAccents(title);
  if (DEPUTY.test(folded)) return false;
  return LEADER_TITLES.some((office) => folded.includes(office));
}

/** The lane an event sits in: by kind, and for meetings by the level of who took part. */
export function laneOf(event: TimelineEvent): LaneId {
  switch (event.kind) {
    case 'milestone':
      return 'milestones';
    case 'call':
    case 'letter':
    case 'statement':
      return 'calls';
    case 'visit':
    case 'meeting':
    case 'talks':
    case 'dialogue':
      return event.participants.some((p) => isLeaderTitle(p.title)) ? 'leaders' : 'ministers';
    default:
      return 'other';
  }
}
