import { describe, expect, it } from 'vitest';
import {
  dateFromUrl,
  extractMetadata,
  monthFromUrl,
  parseMetadataDate,
  yearFromUrl,
} from './metadata';

describe('extractMetadata', () => {
  it('reads YAML front matter', () => {
    const { meta, body, warnings } = extractMetadata(
      '---\nlayout: post\ntitle: " [Tô Lâm] Lãnh đạo Lào chúc mừng"\ndate: Sat, 03 Aug 2024 11:00:00 +0700\ncategories: entries VN\n---\nThân bài.',
    );
    expect(meta).toEqual({
      kind: 'front-matter',
      title: '[Tô Lâm] Lãnh đạo Lào chúc mừng',
      date: '2024-08-03',
      categories: ['entries', 'VN'],
    });
    expect(body).toBe('Thân bài.');
    expect(warnings).toEqual([]);
  });

  it('reads list values and single quotes', () => {
    const { meta } = extractMetadata(
      "---\ntitle: 'Mỹ và Việt Nam'\ntags:\n  - ngoại giao\n  - kinh tế\n---\nx",
    );
    expect(meta.title).toBe('Mỹ và Việt Nam');
    expect(meta.categories).toEqual(['ngoại giao', 'kinh tế']);
  });

  it('reads the rest of a file whose front matter is never closed, with a warning', () => {
    const { meta, body, warnings } = extractMetadata(
      '---\ntitle: Tin mới\nNgày 25/3, hai bộ trưởng gặp nhau.',
    );
    expect(meta.title).toBe('Tin mới');
    expect(body).toBe('Ngày 25/3, hai bộ trưởng gặp nhau.');
    expect(warnings[0]).toMatch(/not terminated/);
  });

  it('starts the article at its first sentence when the closing --- comes after it', () => {
    const { meta, body, warnings } = extractMetadata(
      '---\ntitle: Tin mới\ndate: 2024-03-25\nHai bộ trưởng đã gặp nhau tại Hà Nội.\nCâu thứ hai.\n---\nCâu thứ ba.',
    );
    expect(meta.title).toBe('Tin mới');
    expect(meta.date).toBe('2024-03-25');
    expect(body).toBe('Hai bộ trưởng đã gặp nhau tại Hà Nội.\nCâu thứ hai.\n---\nCâu thứ ba.');
    expect(warnings[0]).toMatch(/comes after article text/);
  });

  it('keeps a broken line inside front matter as metadata when keys follow it', () => {
    const { meta, body } = extractMetadata(
      '---\ntitle: Tin mới\nmột dòng hỏng không phải khóa\ndate: 2024-03-25\n---\nThân bài.',
    );
    expect(meta.date).toBe('2024-03-25');
    expect(body).toBe('Thân bài.');
  });

  it('warns about lines it cannot parse', () => {
    const { meta, warnings } = extractMetadata('---\ntitle: A\n!!! ???\n---\nb');
    expect(meta.title).toBe('A');
    expect(warnings[0]).toMatch(/not understood/);
  });

  it('reads "# key = value" header lines', () => {
    const { meta, body } = extractMetadata(
      '# doc_id = news_1\n# url = https://dantri.com.vn/the-gioi/a-1.htm\n# date = 20210427\nMột dự án mới.',
    );
    expect(meta).toEqual({
      kind: 'header-lines',
      url: 'https://dantri.com.vn/the-gioi/a-1.htm',
      date: '2021-04-27',
    });
    expect(body).toBe('Một dự án mới.');
  });

  it('leaves a file without metadata alone', () => {
    expect(extractMetadata('Mỹ coi trọng quan hệ')).toEqual({
      meta: { kind: 'none' },
      body: 'Mỹ coi trọng quan hệ',
      warnings: [],
    });
  });
});

describe('parseMetadataDate', () => {
  it('reads the date as written, whatever the format', () => {
    expect(parseMetadataDate('Sun, 22 Sep 2024 23:30:00 +0700')).toBe('2024-09-22');
    expect(parseMetadataDate('2024-03-25T10:00:00Z')).toBe('2024-03-25');
    expect(parseMetadataDate('20201101')).toBe('2020-11-01');
    expect(parseMetadataDate('01/02/2024')).toBe('2024-02-01');
    expect(parseMetadataDate('March 25, 2024')).toBe('2024-03-25');
  });

  it('reads a date that gives only the month as the month, which still tells the year', () => {
    expect(parseMetadataDate('2023-09')).toBe('2023-09');
    expect(parseMetadataDate('09/2023')).toBe('2023-09');
    expect(parseMetadataDate('2023-13')).toBeUndefined();
  });

  it('refuses impossible dates', () => {
    expect(parseMetadataDate('20240231')).toBeUndefined();
    expect(parseMetadataDate('hôm qua')).toBeUndefined();
  });
});

describe('dateFromUrl', () => {
  it("reads the publication date a news address carries, never an id's digits", () => {
    expect(dateFromUrl('https://dantri.com.vn/the-gioi/tau-my-cam-ranh-2017080817212485.htm')).toBe(
      '2017-08-08',
    );
    expect(dateFromUrl('https://example.vn/tin/20210826/bai-viet.html')).toBe('2021-08-26');
    expect(dateFromUrl('https://example.vn/bai-viet-196250702220620884.htm')).toBeUndefined();
    expect(dateFromUrl('https://example.vn/post-20171234.html')).toBeUndefined();
    expect(dateFromUrl('https://vnexpress.net/ong-x-4567890.html')).toBeUndefined();
    expect(dateFromUrl('not a url')).toBeUndefined();
    // A date followed by the page's id, and year/month/day folders.
    expect(dateFromUrl('https://vietgiaitri.com/cuu-binh-my-tra-mu-coi-20140116i1165352')).toBe(
      '2014-01-16',
    );
    expect(dateFromUrl('https://example.com/news/2016/05/24/obama-hanoi')).toBe('2016-05-24');
    expect(dateFromUrl('https://example.com/news/2016/05/obama-hanoi')).toBeUndefined();
    expect(dateFromUrl('https://www.example.com/a/a-7-2009-06-09-voa3-12345678/100200.html')).toBe(
      '2009-06-09',
    );
    expect(dateFromUrl('https://example.com/news/2016/05-24/x')).toBeUndefined();
    expect(dateFromUrl('https://example.com/so-2009-13-09-x')).toBeUndefined();
  });
});

describe('monthFromUrl', () => {
  it('reads a month folder, never an id', () => {
    expect(monthFromUrl('http://baogialai.com.vn/channel/8205/201812/chu-tich-5611178/')).toBe(
      '2018-12',
    );
    expect(monthFromUrl('https://vov.gov.vn/tang-cuong-ket-noi-dtnew-449646')).toBeUndefined();
    expect(monthFromUrl('http://example.vn/channel/8205/201813/x/')).toBeUndefined();
    expect(
      monthFromUrl('https://www.bbc.com/vietnamese/multimedia/2013/04/130422_uss_chung_hoon'),
    ).toBe('2013-04');
  });
});

describe('yearFromUrl', () => {
  it('reads a year folder, never the digits of an id or a slug', () => {
    expect(yearFromUrl('https://example.vn/tin/-/2018/12345/tau-ghe-cang.aspx')).toBe('2018');
    expect(yearFromUrl('https://example.vn/tin-tuc/bao-cao-2018-49589.html')).toBeUndefined();
    expect(yearFromUrl('https://example.vn/channel/8205/201812/x/')).toBeUndefined();
  });
});
