import { describe, expect, it } from 'vitest';
import { buildDataset, type Stages } from './build-dataset';
import type { CandidateEvent, ParsedArticle, SourceFile } from './types';

const encoder = new TextEncoder();
const source = (file: string, text: string): SourceFile => ({ file, bytes: encoder.encode(text) });

/** Stand-in stages: the first line is the title, "ngày D/M/YYYY gặp A và B" gives one meeting. */
const stages: Stages = {
  read(file) {
    const text = new TextDecoder().decode(file.bytes);
    if (text.includes('\u0000')) throw new Error('binary content');
    if (!text.trim()) return { status: 'skipped', reason: 'empty file' };
    const [title = '', ...rest] = text.split('\n');
    const body = rest.join(' ').trim();
    const article: ParsedArticle = {
      id: file.file.replace(/\.\w+$/, '').replace(/[^a-z0-9]+/g, '-'),
      file: file.file,
      format: 'plain',
      title,
      paragraphs: [body],
      captions: [],
      sentences: [body],
      text: body,
      ...(body.includes('http') ? { url: body.slice(body.indexOf('http')).split(' ')[0] } : {}),
    };
    return { status: 'ok', article, warnings: [] };
  },
  extract(article) {
    const match = /ngày (\d+)\/(\d+)\/(\d{4}) (.+?) gặp (.+?) và (.+?)\./i.exec(article.text);
    if (!match) return { events: [], warnings: [] };
    const [, d, m, y, place, a, b] = match as unknown as string[];
    const event: CandidateEvent = {
      articleId: article.id,
      title: article.title,
      kind: 'meeting',
      start: `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`,
      location: place,
      countries: ['VN', 'US'],
      participants: [
        { name: a!, country: 'VN' },
        { name: b!, country: 'US' },
      ],
      topics: ['politics', 'not-a-topic'],
      summary: match[0],
      evidence: match[0],
    };
    return { events: [event], warnings: [] };
  },
};

const FILES = [
  source(
    'b.txt',
    'Bộ trưởng Sơn gặp Ngoại trưởng Blinken\nNgày 25/3/2024 Washington gặp Bùi Thanh Sơn và Antony Blinken.',
  ),
  source(
    'a.txt',
    'Đối thoại Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ\nNgày 25/3/2024 Washington gặp Sơn và Blinken.',
  ),
  source('c.txt', 'Giá vàng hôm nay\nGiá vàng tăng nhẹ.'),
  source('d.txt', '\u0000\u0001binary'),
  source('e.txt', '   \n  '),
];

describe('buildDataset', () => {
  it('gives the same bytes whatever the order of the input files', () => {
    const one = JSON.stringify(buildDataset(FILES, stages));
    const two = JSON.stringify(buildDataset([...FILES].reverse(), stages));
    expect(two).toBe(one);
  });

  it('reports a file that throws as an error and still builds the others', () => {
    const { dataset, report } = buildDataset(FILES, stages);
    expect(report.map((r) => [r.file, r.status])).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'ok'],
      ['c.txt', 'ok'],
      ['d.txt', 'error'],
      ['e.txt', 'skipped'],
    ]);
    expect(report.find((r) => r.file === 'd.txt')!.warnings).toEqual(['binary content']);
    expect(report.find((r) => r.file === 'c.txt')!.warnings.join(' ')).toMatch(
      /no Vietnam–US event/,
    );
    expect(dataset.articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('merges the two reports of one meeting and lists the event under both files', () => {
    const { dataset, report } = buildDataset(FILES, stages);
    expect(dataset.events).toHaveLength(1);
    const [event] = dataset.events;
    expect(event!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(event!.participants.map((p) => p.name)).toEqual(['Bùi Thanh Sơn', 'Antony Blinken']);
    expect(event!.topics).toEqual(['politics']);
    expect(report.find((r) => r.file === 'a.txt')!.events).toEqual([event!.id]);
    expect(report.find((r) => r.file === 'b.txt')!.events).toEqual([event!.id]);
    expect(dataset.topics.map((t) => t.id)).toContain('war-legacy');
  });

  it('notes a copied article in the report', () => {
    const copy = source('z/copy.txt', new TextDecoder().decode(FILES[0]!.bytes));
    const { report } = buildDataset([...FILES, copy], stages);
    expect(report.find((r) => r.file === 'z/copy.txt')!.warnings).toContain(
      'near-duplicate of b.txt',
    );
  });

  it('drops a malformed URL with a warning instead of failing the build', () => {
    const file = source('u.txt', 'Tin có đường dẫn hỏng\nXem http//khong-hop-le nhé.');
    const { dataset, report } = buildDataset([...FILES, file], stages);
    expect(dataset.articles.find((a) => a.file === 'u.txt')!.url).toBeUndefined();
    expect(report.find((r) => r.file === 'u.txt')!.warnings.join(' ')).toMatch(/url .* malformed/);
  });
});

describe('buildDataset: an act told with no date, in an article with no publication date', () => {
  const call = source(
    'call.txt',
    'Bộ trưởng Quốc phòng Việt Nam - Hoa Kỳ điện đàm\nĐại tướng Phan Văn Giang chúc mừng ông Pete Hegseth nhận chức người đứng đầu Lầu Năm Góc và nói Việt Nam coi trọng quan hệ với Hoa Kỳ.\nÔng đánh giá cao kết quả chuyến thăm chính thức Hoa Kỳ của Bộ trưởng Bộ Quốc phòng Việt Nam vào tháng 9/2024.\nBộ trưởng Phan Văn Giang điện đàm với Bộ trưởng Quốc phòng Hoa Kỳ Pete Hegseth.\n',
  );
  const datedCall = source(
    'dated.txt',
    '# date = 20250301\nBộ trưởng Quốc phòng Việt Nam điện đàm với Bộ trưởng Quốc phòng Hoa Kỳ\nTối 28/2, Đại tướng Phan Văn Giang đã điện đàm với Bộ trưởng Quốc phòng Hoa Kỳ Pete Hegseth.\n',
  );

  it('stands as an event of the one year its office-holders allow', () => {
    const { dataset, report } = buildDataset([call]);
    expect(dataset.events.map((e) => [e.kind, e.start])).toEqual([['call', '2025']]);
    expect(dataset.events[0]!.participants.map((p) => p.name).sort()).toEqual([
      'Pete Hegseth',
      'Phan Văn Giang',
    ]);
    expect(report[0]!.warnings.join(' ')).toContain('dated to its year only');
  });

  it('finds the act in the first sentences after the lead when the headline tells none', () => {
    const reception = source(
      'seattle.txt',
      '# url = https://example.vn/chu-tich-nuoc-toi-seattle.html\nĐón Chủ tịch nước và Phu nhân tại sân bay có Phó thống đốc bang Washington Denny Heck.\nVề phía Việt Nam có Đại sứ Việt Nam tại Mỹ Nguyễn Quốc Dũng.\nTại Seattle, Chủ tịch nước Lương Cường đã tiếp Phó thống đốc bang Washington Denny Heck.\nChủ tịch nước cho biết chuyến đi trùng với dịp Liên Hợp Quốc tròn 80 năm thành lập, cũng là năm Việt Nam - Mỹ kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1995-2025).\n',
    );
    const act = buildDataset([reception]).dataset.events.find((e) => e.kind !== 'milestone');
    expect(act).toMatchObject({ start: '2025', location: 'Seattle' });
    expect(act!.participants.map((p) => p.name).sort()).toEqual(['Denny Heck', 'Lương Cường']);
  });

  it('joins the call another article dates instead, though its lead reads as a letter', () => {
    const { dataset } = buildDataset([call, datedCall]);
    expect(dataset.events.map((e) => [e.start, e.sources.length])).toEqual([['2025-02-28', 2]]);
  });
});

describe('a leader’s visit told as background', () => {
  it('is one milestone, at the month one article gives, citing every article that tells it', () => {
    const deputy = source(
      'deputy.txt',
      '# date = 20230315\nThứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Đại sứ Hoa Kỳ\nChiều 14/3, Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Đại sứ Hoa Kỳ Marc Knapper tại Hà Nội.\nHai bên nhắc lại chuyến thăm Việt Nam của Tổng thống George W. Bush năm 2006.\n',
    );
    const reception = source(
      'reception.txt',
      '# date = 20240601\nBộ trưởng Công Thương tiếp Đại sứ Hoa Kỳ\nSáng 31/5, Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp Đại sứ Hoa Kỳ Marc Knapper tại Hà Nội.\nTháng 11/2006, Tổng thống George W. Bush thăm Việt Nam và dự Hội nghị APEC.\n',
    );
    const { dataset } = buildDataset([deputy, reception]);
    const milestones = dataset.events.filter((e) => e.kind === 'milestone');
    expect(milestones.map((e) => [e.start, e.title, e.sources.length])).toEqual([
      ['2006-11', 'Tổng thống Hoa Kỳ George W. Bush thăm Việt Nam', 2],
    ]);
    expect(dataset.events.filter((e) => e.kind !== 'milestone')).toHaveLength(2);
  });
});
