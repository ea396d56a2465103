/**
 * A deterministic synthetic dataset for benchmarks and development, valid against `datasetSchema`:
 * Vietnamese titles, participants, topics, kinds and countries spread over 1995–2026, with some
 * date ranges, some month-precision dates and about one article per three events.
 *
 *   npx tsx bench/make-synthetic-dataset.ts --events 10000 --out /tmp/timeline.json [--seed 42]
 *
 * Never commit its output into public/: the app's real dataset comes from `npm run data`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ARTICLE_FORMATS,
  datasetSchema,
  type Article,
  type Dataset,
  type EventKind,
  type Participant,
  type TimelineEvent,
} from '../src/shared/schema';
import { slugify } from '../src/shared/text';
import { TOPICS, type TopicId } from '../src/shared/topics';
import { seededRandom } from './seeded-random';

interface Person extends Participant {
  country: string;
  /** The short form articles use: "Ngoại trưởng Blinken". */
  short: string;
}

function person(name: string, title: string, country: string): Person {
  // The last word: the given name of a Vietnamese ("Bộ trưởng Sơn"), the surname of an American
  // ("Ngoại trưởng Blinken").
  const shortName = name.split(' ').pop() ?? name;
  return { name, title, country, short: `${title} ${shortName}` };
}

const VN_PEOPLE: Person[] = [
  person('Nguyễn Phú Trọng', 'Tổng Bí thư', 'VN'),
  person('Tô Lâm', 'Tổng Bí thư', 'VN'),
  person('Võ Văn Thưởng', 'Chủ tịch nước', 'VN'),
  person('Lương Cường', 'Chủ tịch nước', 'VN'),
  person('Phạm Minh Chính', 'Thủ tướng', 'VN'),
  person('Nguyễn Xuân Phúc', 'Thủ tướng', 'VN'),
  person('Phan Văn Khải', 'Thủ tướng', 'VN'),
  person('Nguyễn Tấn Dũng', 'Thủ tướng', 'VN'),
  person('Lê Minh Khái', 'Phó Thủ tướng', 'VN'),
  person('Trần Lưu Quang', 'Phó Thủ tướng', 'VN'),
  person('Bùi Thanh Sơn', 'Bộ trưởng Ngoại giao', 'VN'),
  person('Phạm Bình Minh', 'Bộ trưởng Ngoại giao', 'VN'),
  person('Nguyễn Mạnh Cầm', 'Bộ trưởng Ngoại giao', 'VN'),
  person('Phan Văn Giang', 'Bộ trưởng Quốc phòng', 'VN'),
  person('Ngô Xuân Lịch', 'Bộ trưởng Quốc phòng', 'VN'),
  person('Lê Hoài Trung', 'Trưởng Ban Đối ngoại Trung ương', 'VN'),
  person('Nguyễn Hồng Diên', 'Bộ trưởng Công Thương', 'VN'),
  person('Nguyễn Quốc Dũng', 'Đại sứ Việt Nam tại Hoa Kỳ', 'VN'),
  person('Hà Kim Ngọc', 'Thứ trưởng Ngoại giao', 'VN'),
  person('Vương Đình Huệ', 'Chủ tịch Quốc hội', 'VN'),
  person('Trần Thanh Mẫn', 'Chủ tịch Quốc hội', 'VN'),
  person('Đỗ Hùng Việt', 'Thứ trưởng Ngoại giao', 'VN'),
];

const US_PEOPLE: Person[] = [
  person('Joe Biden', 'Tổng thống', 'US'),
  person('Barack Obama', 'Tổng thống', 'US'),
  person('Bill Clinton', 'Tổng thống', 'US'),
  person('Donald Trump', 'Tổng thống', 'US'),
  person('Kamala Harris', 'Phó Tổng thống', 'US'),
  person('Antony Blinken', 'Ngoại trưởng', 'US'),
  person('John Kerry', 'Ngoại trưởng', 'US'),
  person('Hillary Clinton', 'Ngoại trưởng', 'US'),
  person('Mike Pompeo', 'Ngoại trưởng', 'US'),
  person('Lloyd Austin', 'Bộ trưởng Quốc phòng', 'US'),
  person('Jim Mattis', 'Bộ trưởng Quốc phòng', 'US'),
  person('Jake Sullivan', 'Cố vấn An ninh Quốc gia', 'US'),
  person('Marc E. Knapper', 'Đại sứ Hoa Kỳ tại Việt Nam', 'US'),
  person('Daniel Kritenbrink', 'Trợ lý Ngoại trưởng', 'US'),
  person('Gina Raimondo', 'Bộ trưởng Thương mại', 'US'),
  person('Katherine Tai', 'Đại diện Thương mại', 'US'),
  person('Janet Yellen', 'Bộ trưởng Tài chính', 'US'),
  person('Pete Peterson', 'Đại sứ Hoa Kỳ tại Việt Nam', 'US'),
];

const OTHER_PEOPLE: Person[] = [
  person('Kishida Fumio', 'Thủ tướng', 'JP'),
  person('Anthony Albanese', 'Thủ tướng', 'AU'),
  person('Yoon Suk Yeol', 'Tổng thống', 'KR'),
  person('Vương Nghị', 'Ngoại trưởng', 'CN'),
  person('Emmanuel Macron', 'Tổng thống', 'FR'),
  person('Narendra Modi', 'Thủ tướng', 'IN'),
  person('Lý Hiển Long', 'Thủ tướng', 'SG'),
  person('Retno Marsudi', 'Ngoại trưởng', 'ID'),
];

const COUNTRY_NAMES: Record<string, string> = {
  VN: 'Việt Nam',
  US: 'Hoa Kỳ',
  JP: 'Nhật Bản',
  AU: 'Australia',
  KR: 'Hàn Quốc',
  CN: 'Trung Quốc',
  FR: 'Pháp',
  IN: 'Ấn Độ',
  SG: 'Singapore',
  ID: 'Indonesia',
};

const VN_CITIES = [
  'Hà Nội',
  'TP Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Cần Thơ',
  'Huế',
  'Quảng Ninh',
];
const US_CITIES = ['Washington', 'New York', 'San Francisco', 'Honolulu', 'Los Angeles', 'Boston'];
const OTHER_CITIES = [
  'Jakarta',
  'Tokyo',
  'Singapore',
  'Bangkok',
  'Vientiane',
  'Phnom Penh',
  'Lima',
];

const CONFERENCES = [
  'Hội nghị Cấp cao ASEAN',
  'Hội nghị Cấp cao APEC',
  'Hội nghị Bộ trưởng Ngoại giao ASEAN',
  'Đối thoại Shangri-La',
  'Đại hội đồng Liên hợp quốc',
  'Hội nghị G7 mở rộng',
  'Hội nghị Cấp cao Đông Á',
];

const DIALOGUES: { name: string; topics: TopicId[] }[] = [
  { name: 'Đối thoại cấp Bộ trưởng Ngoại giao', topics: ['politics'] },
  { name: 'Đối thoại Nhân quyền', topics: ['human-rights'] },
  { name: 'Đối thoại Chính sách Quốc phòng', topics: ['defense'] },
  { name: 'Đối thoại Chính trị – An ninh – Quốc phòng', topics: ['defense', 'politics'] },
  { name: 'Đối thoại Năng lượng', topics: ['climate-health', 'economy'] },
  { name: 'Đối thoại Kinh tế', topics: ['economy'] },
  { name: 'Đối thoại Đổi mới sáng tạo', topics: ['technology'] },
];

const AGREEMENTS: { name: string; topics: TopicId[] }[] = [
  { name: 'Hiệp định Thương mại song phương', topics: ['economy'] },
  { name: 'Bản ghi nhớ hợp tác về chuỗi cung ứng chất bán dẫn', topics: ['technology', 'economy'] },
  {
    name: 'Bản ghi nhớ về xử lý dioxin tại sân bay Biên Hòa',
    topics: ['war-legacy', 'climate-health'],
  },
  { name: 'Thỏa thuận hợp tác giáo dục Fulbright', topics: ['education'] },
  { name: 'Tuyên bố tầm nhìn chung về quan hệ quốc phòng', topics: ['defense'] },
  { name: 'Bản ghi nhớ hợp tác ứng phó biến đổi khí hậu', topics: ['climate-health'] },
  { name: 'Thỏa thuận hợp tác tìm kiếm quân nhân mất tích', topics: ['war-legacy'] },
  { name: 'Bản ghi nhớ hợp tác du lịch và giao lưu nhân dân', topics: ['culture'] },
  { name: 'Thỏa thuận hợp tác y tế dự phòng', topics: ['climate-health'] },
];

const OCCASIONS = [
  'Quốc khánh',
  'Ngày Độc lập',
  'kỷ niệm quan hệ ngoại giao',
  'năm mới',
  'Tết Nguyên đán',
];

const OUTLETS = [
  'VnExpress',
  'Tuổi Trẻ',
  'Thanh Niên',
  'TTXVN',
  'VietnamPlus',
  'Nhân Dân',
  'Báo Quốc tế',
];
const AUTHORS = [
  'Như Tâm',
  'Vũ Anh',
  'Thanh Hà',
  'Minh Châu',
  'Đức Trung',
  'Hồng Nhung',
  'Quang Huy',
];

const PHRASES: Record<TopicId, string> = {
  politics: 'tăng cường tin cậy chính trị và trao đổi đoàn các cấp',
  economy: 'mở rộng thương mại, đầu tư và chuỗi cung ứng',
  technology: 'hợp tác khoa học, công nghệ và bán dẫn',
  education: 'mở rộng hợp tác giáo dục và đào tạo',
  'climate-health': 'ứng phó biến đổi khí hậu, chuyển đổi năng lượng và y tế',
  'war-legacy': 'khắc phục hậu quả chiến tranh, tẩy độc dioxin và rà phá bom mìn',
  culture: 'thúc đẩy giao lưu nhân dân, văn hóa và du lịch',
  defense: 'hợp tác quốc phòng – an ninh và an ninh hàng hải',
  'human-rights': 'trao đổi thẳng thắn về các vấn đề nhân quyền',
  regional: 'các vấn đề khu vực như Biển Đông, ASEAN và tiểu vùng Mekong',
};

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** Days since 1970-01-01 → "YYYY-MM-DD" (UTC, so the machine's time zone never shifts it). */
function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** "2024-03-25" → "25/3/2024", "2023-09" → "tháng 9/2023", "1995" → "năm 1995". */
function vnDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return `năm ${y}`;
  if (!d) return `tháng ${Number(m)}/${y}`;
  return `${Number(d)}/${Number(m)}/${y}`;
}

interface Draft {
  title: string;
  kind: EventKind;
  start: string;
  end?: string;
  location?: string;
  participants: Person[];
  topics: TopicId[];
  summary: string[];
  evidence: string;
}

/** A synthetic dataset of `n` events; the same `n` and `seed` always give the same dataset. */
export function makeSyntheticDataset(n: number, seed = 1): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const pickTopics = (base: TopicId[]): TopicId[] => {
    const topics = new Set<TopicId>(base);
    const extra = Math.floor(random() * 3);
    for (let i = 0; i < extra; i++) topics.add(pick(TOPICS).id);
    return [...topics];
  };

  // More news in recent years: a year's weight grows with its distance from 1990.
  const years: number[] = [];
  for (let y = 1995; y <= 2026; y++) for (let w = 0; w < y - 1990; w++) years.push(y);
  const randomDay = (): string => {
    const year = pick(years);
    const first = dayOf(`${year}-01-01`);
    const last = dayOf(`${year}-12-31`);
    return isoDay(first + Math.floor(random() * (last - first + 1)));
  };

  const drafts: Draft[] = [];
  for (let i = 0; i < n; i++) drafts.push(makeDraft());

  function makeDraft(): Draft {
    const roll = random();
    const kind: EventKind =
      roll < 0.02
        ? 'milestone'
        : pick([
            'visit',
            'visit',
            'meeting',
            'meeting',
            'talks',
            'call',
            'dialogue',
            'signing',
            'ceremony',
            'statement',
            'letter',
            'other',
          ] as const);
    const day = randomDay();
    const vn = pick(VN_PEOPLE);
    const us = pick(US_PEOPLE);
    const year = day.slice(0, 4);
    let start = day;
    let end: string | undefined;
    let title: string;
    let location: string | undefined;
    let participants: Person[] = [vn, us];
    let topics: TopicId[];

    switch (kind) {
      case 'milestone': {
        start = chance(0.5) ? year : day.slice(0, 7);
        const n = Number(year) - 1995;
        title =
          n <= 0
            ? 'Việt Nam và Hoa Kỳ bình thường hóa quan hệ ngoại giao'
            : pick([
                `Kỷ niệm ${n} năm thiết lập quan hệ ngoại giao Việt Nam – Hoa Kỳ`,
                'Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
                'Việt Nam – Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
                'Hiệp định Thương mại song phương Việt Nam – Hoa Kỳ có hiệu lực',
              ]);
        participants = [];
        topics = pickTopics(['politics']);
        break;
      }
      case 'visit': {
        const guest = chance(0.5) ? vn : us;
        const host = guest === vn ? 'US' : 'VN';
        const flavour = pick([
          'thăm chính thức',
          'thăm cấp Nhà nước',
          'thăm và làm việc tại',
          'dẫn đầu đoàn đại biểu thăm',
        ]);
        title = `${guest.title} ${guest.name} ${flavour} ${COUNTRY_NAMES[host]}`;
        location = pick(host === 'VN' ? VN_CITIES : US_CITIES);
        if (chance(0.5)) end = isoDay(dayOf(day) + 1 + Math.floor(random() * 5));
        topics = pickTopics(['politics']);
        break;
      }
      case 'meeting': {
        if (chance(0.3)) {
          const other = pick(OTHER_PEOPLE);
          const conference = pick(CONFERENCES);
          title = `${vn.title} ${vn.name} gặp ${other.title} ${COUNTRY_NAMES[other.country]} ${other.name} bên lề ${conference}`;
          participants = [vn, other];
          location = pick(OTHER_CITIES);
          topics = pickTopics(['regional']);
        } else {
          title = `${vn.title} ${vn.name} tiếp ${us.title} ${us.name}`;
          location = pick(VN_CITIES);
          topics = pickTopics(['politics']);
        }
        break;
      }
      case 'talks':
        title = `Hội đàm giữa ${vn.title} ${vn.name} và ${us.title} ${us.name}`;
        location = pick(chance(0.5) ? VN_CITIES : US_CITIES);
        topics = pickTopics(['politics', 'economy']);
        break;
      case 'call':
        title = `Điện đàm giữa ${vn.title} ${vn.name} và ${us.title} ${us.name}`;
        topics = pickTopics(['politics']);
        break;
      case 'dialogue': {
        const dialogue = pick(DIALOGUES);
        title = `${dialogue.name} Việt Nam – Hoa Kỳ lần thứ ${pick(ORDINALS)}`;
        location = pick(chance(0.5) ? VN_CITIES : US_CITIES);
        if (chance(0.25)) end = isoDay(dayOf(day) + 1);
        topics = pickTopics(dialogue.topics);
        break;
      }
      case 'signing': {
        const agreement = pick(AGREEMENTS);
        title = `Việt Nam và Hoa Kỳ ký ${agreement.name}`;
        location = pick(chance(0.6) ? VN_CITIES : US_CITIES);
        topics = pickTopics(agreement.topics);
        break;
      }
      case 'ceremony': {
        const city = pick(VN_CITIES);
        const usCity = pick(US_CITIES);
        title = pick([
          `Lễ bàn giao hài cốt quân nhân Hoa Kỳ mất tích tại ${city}`,
          `Lễ khởi công dự án xử lý dioxin tại ${city}`,
          `Lễ kỷ niệm quan hệ ngoại giao Việt Nam – Hoa Kỳ tại ${usCity}`,
          `Lễ khai trương Trung tâm Đổi mới sáng tạo Việt Nam – Hoa Kỳ tại ${city}`,
        ]);
        location = title.endsWith(usCity) ? usCity : city;
        topics = pickTopics(
          title.includes('hài cốt') || title.includes('dioxin') ? ['war-legacy'] : ['culture'],
        );
        break;
      }
      case 'statement':
        if (chance(0.5)) start = day.slice(0, 7);
        title = pick([
          `Tuyên bố chung Việt Nam – Hoa Kỳ về ${PHRASES[pick(TOPICS).id]}`,
          `Bộ Ngoại giao ra thông cáo về quan hệ Việt Nam – Hoa Kỳ`,
          `Nhà Trắng ra tuyên bố về chuyến thăm của ${vn.title} ${vn.name}`,
        ]);
        participants = chance(0.5) ? [vn] : [us];
        topics = pickTopics(['politics']);
        break;
      case 'letter': {
        const occasion = pick(OCCASIONS);
        const [from, to] = chance(0.5) ? [vn, us] : [us, vn];
        title = `${from.title} ${from.name} gửi thư chúc mừng ${to.title} ${to.name} nhân dịp ${occasion}`;
        topics = pickTopics(['politics']);
        break;
      }
      default: {
        if (chance(0.4)) start = day.slice(0, 7);
        const variant = Math.floor(random() * 3);
        location =
          variant === 0
            ? pick(VN_CITIES)
            : variant === 1
              ? pick(['Đà Nẵng', 'Hải Phòng', 'Khánh Hòa'])
              : pick(US_CITIES);
        title = [
          `Hội thảo về ${PHRASES[pick(TOPICS).id]} tại ${location}`,
          `Tàu Hải quân Hoa Kỳ thăm ${location}`,
          `Diễn đàn Doanh nghiệp Việt Nam – Hoa Kỳ tại ${location}`,
        ][variant] as string;
        participants = chance(0.5) ? [vn] : [vn, us];
        topics = pickTopics(['economy']);
      }
    }

    const who = participants.map((p) => `${p.title} ${p.name}`).join(' và ');
    const where = location ? ` tại ${location}` : '';
    const when = end ? `Từ ngày ${vnDate(start)} đến ${vnDate(end)}` : `Ngày ${vnDate(start)}`;
    const evidence =
      kind === 'milestone'
        ? `Vào ${vnDate(start)}, sự kiện "${title}" đánh dấu bước phát triển của quan hệ hai nước.`
        : `${when}, ${who || 'hai bên'} đã có ${kindNoun(kind)}${where}.`;
    const summary = [evidence];
    if (participants[0] && chance(0.8))
      summary.push(
        `${participants[0].short} nhấn mạnh mong muốn ${PHRASES[topics[0] ?? 'politics']}.`,
      );
    if (participants[1] && chance(0.5))
      summary.push(
        `${participants[1].short} khẳng định ủng hộ một Việt Nam mạnh, độc lập, tự cường và thịnh vượng.`,
      );
    return { title, kind, start, end, location, participants, topics, summary, evidence };
  }

  // Chronological order, so that articles group events close in time, as the news does.
  const order = drafts
    .map((d, i) => ({ d, i, key: d.start }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.i - b.i);

  const usedIds = new Set<string>();
  const events: TimelineEvent[] = [];
  const articles: Article[] = [];
  let cursor = 0;
  while (cursor < order.length) {
    const size = 1 + Math.floor(random() * 5); // 1–5 events, about 3 per article
    const chunk = order.slice(cursor, cursor + size);
    cursor += size;
    const articleIndex = articles.length + 1;
    const articleId = `syn-${String(articleIndex).padStart(5, '0')}`;
    const lastStart = chunk[chunk.length - 1]!.d;
    const lastDay = lastStart.end ?? lastStart.start;
    const publishedDay =
      lastDay.length === 10
        ? isoDay(dayOf(lastDay) + Math.floor(random() * 3))
        : lastDay.length === 7
          ? `${lastDay}-15`
          : `${lastDay}-12-31`;
    const publishedAt = publishedDay > '2026-12-31' ? '2026-12-31' : publishedDay;
    const headline = chunk[0]!.d.title;
    const lead = chunk[0]!.d.summary[0] ?? '';
    const paragraphs = chunk.map(({ d }) => d.summary.join(' '));
    paragraphs.push(
      `Hai bên nhất trí tiếp tục làm sâu sắc quan hệ Đối tác Chiến lược Toàn diện, vì hòa bình, hợp tác và phát triển bền vững ở khu vực và trên thế giới.`,
    );
    const outlet = pick(OUTLETS);
    articles.push({
      id: articleId,
      file: `synthetic/${articleId}.txt`,
      title: headline,
      format: pick(ARTICLE_FORMATS),
      publishedAt,
      outlet,
      ...(chance(0.7) ? { author: pick(AUTHORS) } : {}),
      url: `https://example.vn/${slugify(outlet)}/${slugify(headline, 60)}-${articleIndex}.html`,
      lead,
      text: paragraphs.join('\n\n'),
    });

    for (const { d } of chunk) {
      const base = `${d.start}-${slugify(d.title, 60)}`;
      let id = base;
      for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
      usedIds.add(id);
      const sources = [{ articleId, evidence: d.evidence }];
      // Some events are reported by a second article (as merged events are in the real data).
      if (articles.length > 1 && chance(0.15))
        sources.push({ articleId: articles[articles.length - 2]!.id, evidence: d.evidence });
      events.push({
        id,
        title: d.title,
        kind: d.kind,
        start: d.start,
        ...(d.end ? { end: d.end } : {}),
        ...(d.location ? { location: d.location } : {}),
        countries: [...new Set(d.participants.map((p) => p.country))].sort(),
        participants: d.participants.map(({ name, title, country }) => ({ name, title, country })),
        topics: d.topics,
        summary: d.summary.join(' '),
        sources,
      });
    }
  }

  return datasetSchema.parse({
    version: 1,
    articles,
    events,
    topics: TOPICS.map(({ id, label, labelEn }) => ({ id, label, labelEn })),
  });
}

function kindNoun(kind: EventKind): string {
  const nouns: Record<EventKind, string> = {
    visit: 'chuyến thăm',
    meeting: 'cuộc gặp',
    talks: 'cuộc hội đàm',
    call: 'cuộc điện đàm',
    dialogue: 'phiên đối thoại',
    signing: 'lễ ký kết',
    ceremony: 'buổi lễ',
    statement: 'tuyên bố',
    letter: 'thư chúc mừng',
    milestone: 'dấu mốc',
    other: 'hoạt động',
  };
  return nouns[kind];
}

function parseArgs(argv: string[]): { events: number; out: string; seed: number } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const events = Number(value('--events') ?? 10_000);
  const out = value('--out');
  const seed = Number(value('--seed') ?? 1);
  if (!out || !Number.isInteger(events) || events < 0 || !Number.isFinite(seed)) {
    throw new Error('usage: tsx bench/make-synthetic-dataset.ts --events N --out FILE [--seed N]');
  }
  return { events, out, seed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { events, out, seed } = parseArgs(process.argv.slice(2));
    const dataset = makeSyntheticDataset(events, seed);
    const file = resolve(out);
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(dataset)}\n`);
    renameSync(tmp, file);
    console.log(
      `wrote ${dataset.events.length} events, ${dataset.articles.length} articles → ${out}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
