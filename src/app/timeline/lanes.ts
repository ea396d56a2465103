/**
 * The timeline's lanes: the level of who took part first (heads of state, government, party or
 * parliament → "Cấp cao", whatever the kind), then milestones, then the rest by kind.
 */
import { foldAccents } from '../../shared/text';
import type { TimelineEvent } from '../../shared/schema';
import type { UiLang } from '../i18n/messages';

export const LANES = ['milestones', 'leaders', 'ministers', 'calls', 'other'] as const;
export type LaneId = (typeof LANES)[number];

export const LANE_LABELS: Record<UiLang, Record<LaneId, string>> = {
  vi: {
    milestones: 'Mốc quan hệ',
    leaders: 'Cấp cao',
    ministers: 'Thăm, hội đàm & đối thoại',
    calls: 'Điện đàm, thư & tuyên bố',
    other: 'Ký kết & sự kiện khác',
  },
  en: {
    milestones: 'Milestones',
    leaders: 'Leaders',
    ministers: 'Visits, talks & dialogues',
    calls: 'Calls, letters & statements',
    other: 'Signings & other events',
  },
};

/** Shorter lane labels for narrow screens, where the label column must leave room for the axis. */
export const LANE_SHORT_LABELS: Record<UiLang, Record<LaneId, string>> = {
  vi: {
    milestones: 'Mốc quan hệ',
    leaders: 'Cấp cao',
    ministers: 'Thăm, hội đàm',
    calls: 'Điện đàm, thư',
    other: 'Ký kết, khác',
  },
  en: {
    milestones: 'Milestones',
    leaders: 'Leaders',
    ministers: 'Visits, talks',
    calls: 'Calls, letters',
    other: 'Signings, other',
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

// A dataset repeats a few dozen titles thousands of times: each is folded and judged once.
const leaderTitles = new Map<string, boolean>();

/** True when a participant's title is a head-of-state/government/party/parliament office. */
export function isLeaderTitle(title: string | undefined): boolean {
  if (!title) return false;
  let leader = leaderTitles.get(title);
  if (leader === undefined) {
    const folded = foldAccents(title);
    leader = !DEPUTY.test(folded) && LEADER_TITLES.some((office) => folded.includes(office));
    leaderTitles.set(title, leader);
  }
  return leader;
}

// Every filter change and zoom level asks for the lanes of the same event objects again.
const lanes = new WeakMap<TimelineEvent, LaneId>();

/**
 * The lane an event sits in. Level first: a head of state, government, party or parliament among
 * the participants puts it in "Cấp cao" whatever its kind (a joint statement by Nguyễn Phú Trọng
 * and Joe Biden is a summit); then milestones; then the kind.
 */
export function laneOf(event: TimelineEvent): LaneId {
  let lane = lanes.get(event);
  if (lane === undefined) {
    lane = computeLane(event);
    lanes.set(event, lane);
  }
  return lane;
}

function computeLane(event: TimelineEvent): LaneId {
  if (event.participants.some((p) => isLeaderTitle(p.title))) return 'leaders';
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
      return 'ministers';
    default:
      return 'other';
  }
}
