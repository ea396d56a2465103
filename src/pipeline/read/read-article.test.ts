import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../types';
import { readArticle } from './read-article';

const SEEDS = new URL('../../../data/articles', import.meta.url).pathname;
const CORPUS = new URL('../../../data/corpus', import.meta.url).pathname;
const CHROME = [
  'Cùng chủ đề',
  'Cùng tác giả',
  'Cùng chuyên mục',
  'Back To Top',
  'Hội Báo xuân',
  'Tin khác',
  'Tin nổi bật',
  'Bình luận',
  'Powered by',
  'Lượt xem',
  '.jpeg',
];

function read(dir: string, file: string): ParsedArticle {
  const result = readArticle({ file, bytes: readFileSync(`${dir}/${file}`) });
  if (result.status !== 'ok') throw new Error(`${file}: ${result.reason}`);
  return result.article;
}

function expectClean(a: ParsedArticle): void {
  expect(a.text).not.toContain('_');
  for (const marker of CHROME) expect(a.text, marker).not.toContain(marker);
  for (const s of a.sentences) expect(a.text.includes(s), s).toBe(true);
  for (const c of a.captions) expect(a.text).not.toContain(c);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readArticle on real files, one per layout', () => {
  it('segmented one-line (seed 000): headline repeated in the lead, caption, byline', () => {
    const a = read(SEEDS, '000_491b2d7d351ea24c.txt');
    expect(a).toMatchObject({
      id: '000-491b2d7d351ea24c',
      format: 'segmented-one-line',
      title: 'Mỹ coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam',
      author: 'Huyền Lê',
    });
    expect(a.lead).toMatch(/^Ngoại trưởng Blinken khẳng định Mỹ coi trọng/);
    expect(a.captions).toEqual([
      'Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Mỹ Antony Blinken tại thủ đô Washington, Mỹ ngày 25/3. Ảnh: BNG',
    ]);
    expect(a.text).toContain('Hai Bộ trưởng điểm lại những bước tiến');
    expect(a.text).not.toContain('Huyền Lê');
    expectClean(a);
  });

  it('segmented one-line (seeds 002, 003): headline without repetition, byline with credit or glued', () => {
    const b = read(SEEDS, '002_0b764b035eb77470.txt');
    expect(b).toMatchObject({
      title: 'Lưỡng đảng Mỹ ủng hộ quan hệ với Việt Nam',
      author: 'Như Tâm',
      outlet: 'TTXVN',
    });
    expect(b.text).toContain('lớn nhất tại ASEAN. Đầu tư trực tiếp');
    expectClean(b);
    const c = read(SEEDS, '003_c4ac93c96be44596.txt');
    expect(c).toMatchObject({
      title: 'Tuyên bố chung về quan hệ Đối tác Chiến lược Toàn diện Việt - Mỹ',
      author: 'Ngọc Ánh',
    });
    expect(c.text).not.toMatch(/Bấm vào hình|Xem toàn văn|Nhà Trắng Hai/);
    expectClean(c);
  });

  it('scraped page (seed 001): chrome, captions and unrelated headlines removed, credit read', () => {
    const a = read(SEEDS, '001_0e18f43b955e1d56.txt');
    expect(a).toMatchObject({
      format: 'scraped-page',
      title: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam-Hoa Kỳ lần thứ nhất',
      author: 'TB',
      outlet: 'TTXVN',
    });
    expect(a.lead).toMatch(/^Nhận lời mời của Ngoại trưởng Hoa Kỳ Antony Blinken/);
    expect(a.captions).toHaveLength(3);
    expect(a.text).not.toMatch(/Nguồn|ở Bình Dương|Kiều Trang|Minh Hòa/);
    expect(a.sentences.some((s) => s.includes('Marc') || s.includes('Geneve'))).toBe(false);
    expect(a.sentences[a.sentences.length - 1]).toMatch(/hiệu quả, thực chất\.$/);
    expectClean(a);
  });

  it('scraped page (seed 004): timestamp gives the date, "Theo HNM" the outlet', () => {
    const a = read(SEEDS, '004_792055a8c38b5bf0.txt');
    expect(a).toMatchObject({
      format: 'scraped-page',
      title: 'Phó Thủ tướng Chính phủ Lê Minh Khái tiếp Đại sứ Hoa Kỳ tại Việt Nam',
      publishedAt: '2024-02-01',
      outlet: 'Hà Nội Mới',
    });
    expect(a.author).toBeUndefined();
    expect(a.lead).toMatch(/^Chiều 31-1, tiếp Đại sứ Hoa Kỳ tại Việt Nam Marc E\. Knapper/);
    expect(a.sentences).toContain(
      'Chiều 31-1, tiếp Đại sứ Hoa Kỳ tại Việt Nam Marc E. Knapper, Bí thư Trung ương Đảng, Phó Thủ tướng Chính phủ Lê Minh Khái đã trao đổi một số nội dung liên quan đến việc triển khai thỏa thuận của lãnh đạo cấp cao sau khi hai nước nâng cấp lên quan hệ Đối tác chiến lược toàn diện.',
    );
    expect(a.text).not.toMatch(/Theo HNM|Ảnh VGP|07:53/);
    expectClean(a);
  });

  it('segmented multi-line: captions at the end and inside the body set apart', () => {
    const a = read(CORPUS, 'vn-us-2018-carl-vinson-danang-2.txt');
    expect(a).toMatchObject({
      format: 'segmented-multi-line',
      title: 'Mỹ ủng hộ Việt Nam vững mạnh, thịnh vượng và độc lập',
    });
    expect(a.lead).toBe(
      'Khẳng định chuyến thăm của tàu sân bay USS Carl Vinson là lần đầu tiên trong vòng 40 năm qua, phía Hoa Kỳ nhấn mạnh sự ủng hộ cho một Việt Nam "vững mạnh, thịnh vượng và độc lập".',
    );
    expect(a.captions).toHaveLength(4);
    expect(a.text).not.toContain('Ảnh:');
    expectClean(a);
    const b = read(CORPUS, 'vn-us-2016-trump-election-congratulations.txt');
    expect(b.author).toBe('Phương Vũ');
    expect(b.text).not.toMatch(/Xem thêm|thương vụ phức tạp|bàng hoàng/);
  });

  it('segmented sentence lines: title first, related links dropped', () => {
    const a = read(CORPUS, 'vn-us-2005-agent-orange-lawsuit-hearing.txt');
    expect(a).toMatchObject({
      format: 'segmented-sentence-lines',
      title: 'Báo Mỹ viết về phiên tranh tụng vụ kiện dioxin',
    });
    expect(a.text).not.toMatch(/\d{2}\/\d{2}\/2005/);
    expectClean(a);
  });

  it('Markdown with front matter: cleaned title completed from the URL, snippet and teasers dropped', () => {
    const a = read(CORPUS, 'vn-jp-2024-le-minh-khai-future-of-asia.md');
    expect(a).toMatchObject({
      format: 'front-matter',
      title: 'Phó Thủ tướng Lê Minh Khái sắp tham dự Hội nghị Tương lai châu Á và thăm Nhật Bản',
      publishedAt: '2024-05-20',
      url: 'https://baoquocte.vn/pho-thu-tuong-le-minh-khai-sap-tham-du-hoi-nghi-tuong-lai-chau-a-va-tham-nhat-ban-271994.html',
      outlet: 'Báo Quốc tế',
      lead: 'Phó Thủ tướng Lê Minh Khái sẽ tham dự Hội nghị Tương lai châu Á lần thứ 29 và thăm làm việc tại Nhật Bản.',
    });
    expect(a.text).not.toContain('...');
    expectClean(a);
    const b = read(CORPUS, 'vn-la-kh-2024-to-lam-general-secretary-congratulations-1.md');
    expect(b).toMatchObject({
      title: 'Lãnh đạo Lào, Campuchia chúc mừng Tổng Bí thư Tô Lâm',
      publishedAt: '2024-08-03',
      outlet: 'VnExpress',
      author: 'Như Tâm',
    });
    expect(b.paragraphs[0]).not.toBe(b.lead);
    expect(b.text).not.toMatch(/Hoàng Phong|🔥|\[/);
  });

  it('header lines: date and URL from the header, no headline → title from the lead', () => {
    const a = read(CORPUS, 'vn-us-2021-usaid-forest-projects.txt');
    expect(a).toMatchObject({
      format: 'header-lines',
      publishedAt: '2021-04-27',
      url: 'https://dantri.com.vn/the-gioi/my-ho-tro-2-du-an-giup-viet-nam-bao-ton-hon-950000-hecta-rung-20210427174118172.htm',
      outlet: 'Dân trí',
      author: 'Thành Đạt',
      title: 'Cơ quan Phát triển Quốc tế Mỹ (USAID) vừa khởi động hai dự án mới',
    });
    expect(a.captions).toEqual([
      'Một dự án do Cơ quan Phát triển Quốc tế Mỹ (USAID) hỗ trợ tại Việt Nam (Ảnh: USAID).',
    ]);
    expect(a.lead).toMatch(/^Theo thông cáo báo chí/);
    expectClean(a);
    const b = read(CORPUS, 'local-2020-nghe-an-flood.txt');
    expect(b.title).toBe('"Khi về đến nhà thì tất cả đã bị nước lũ cuốn trôi"');
    expect(b.lead).toMatch(/^Lũ lên quá nhanh/);
  });
});

describe('readArticle on an unseen scraped page', () => {
  it('keeps only the article: menus, share buttons, markup, inline links, tags and related lists go', () => {
    const page = [
      'Trang chủ Thời sự Thế giới Kinh tế Thể thao',
      'Thế giớiNgoại giao',
      'Mỹ và Việt Nam ký thỏa thuận hợp tác giáo dục',
      'Thứ Hai, 25/03/2024 - 10:30 (GMT+7)',
      'Chia sẻ',
      'Sáng 25/3, tại Hà Nội, Bộ trưởng Giáo dục hai nước đã ký thỏa thuận hợp tác giáo dục.',
      '<div class="ad"><script>var x = "<b>quảng cáo</b>";</script></div>',
      'Hai bộ trưởng tại lễ ký. (Ảnh: Minh Anh/TTXVN)',
      'Thỏa thuận mở rộng trao đổi sinh viên và giảng viên giữa hai nước.',
      'Xem thêm: Mỹ cấp học bổng cho sinh viên Việt Nam',
      'Theo thỏa thuận, hai bên sẽ lập nhóm công tác chung trong năm 2024.',
      'Minh Anh',
      'Từ khóa: giáo dục, Mỹ',
      'Tin liên quan',
      'Giá vàng hôm nay tăng mạnh',
      'Giá vàng trong nước sáng nay tăng thêm 500.000 đồng mỗi lượng...',
    ].join('\n');
    const r = readArticle({ file: 'page.txt', bytes: utf8(page) });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.article).toMatchObject({
      format: 'scraped-page',
      title: 'Mỹ và Việt Nam ký thỏa thuận hợp tác giáo dục',
      publishedAt: '2024-03-25',
      author: 'Minh Anh',
      captions: ['Hai bộ trưởng tại lễ ký. (Ảnh: Minh Anh/TTXVN)'],
      text: [
        'Sáng 25/3, tại Hà Nội, Bộ trưởng Giáo dục hai nước đã ký thỏa thuận hợp tác giáo dục.',
        'Thỏa thuận mở rộng trao đổi sinh viên và giảng viên giữa hai nước.',
        'Theo thỏa thuận, hai bên sẽ lập nhóm công tác chung trong năm 2024.',
      ].join('\n\n'),
    });
  });
});

describe('readArticle on a page misread as Windows-1258', () => {
  it('reads the restored letters and says it restored them', () => {
    // "Trợ lý", "đã", "thì", "hòa" as a forum copy garbles them
    const page = [
      'Trợ lư Ngoại trưởng Hoa Kỳ thăm Hà Nội',
      '',
      'Trợ lư Ngoại trưởng Hoa Kỳ đă đến Hà Nội hôm 5/6 và th\u0301 được Bộ Ngoại giao nước Cộng h\u0323a Xă hội chủ nghĩa Việt Nam đón tiếp.',
    ].join('\n');
    const r = readArticle({ file: 'forum.txt', bytes: utf8(page) });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.article.title).toBe('Trợ lý Ngoại trưởng Hoa Kỳ thăm Hà Nội');
    expect(r.article.text).toContain(
      'đã đến Hà Nội hôm 5/6 và thì được Bộ Ngoại giao nước Cộng hòa Xã hội',
    );
    expect(r.warnings.join('\n')).toMatch(/Windows-1258/);
  });
});

describe('readArticle on bad input', () => {
  const skipped = (bytes: Uint8Array) => readArticle({ file: 'x.txt', bytes });

  it('skips empty, binary, Latin-1 and oversized files with a reason', () => {
    expect(skipped(utf8('  \n '))).toEqual({ status: 'skipped', reason: 'empty file' });
    expect(skipped(new Uint8Array([0, 1, 2, 3]))).toEqual({
      status: 'skipped',
      reason: 'binary file',
    });
    expect(skipped(new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]))).toEqual({
      status: 'skipped',
      reason: 'not valid UTF-8 (looks like Latin-1/Windows-1252)',
    });
    expect(skipped(new Uint8Array(6 * 1024 * 1024))).toEqual({
      status: 'skipped',
      reason: 'file too large (6.0 MB > 5 MB)',
    });
  });

  it('skips a file with no readable sentence', () => {
    expect(skipped(utf8('Powered by Techcity\n\nBình luận\n\nTin khác'))).toEqual({
      status: 'skipped',
      reason: 'no article text',
    });
  });

  it('reads UTF-16 with a warning', () => {
    const text = 'Hai nước ký hiệp định\n\nChiều 31-1, hai bên ký hiệp định thương mại tại Hà Nội.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = readArticle({ file: 'utf16.txt', bytes });
    expect(r.status).toBe('ok');
    if (r.status === 'ok') {
      expect(r.article.title).toBe('Hai nước ký hiệp định');
      expect(r.warnings).toContain('decoded as UTF-16');
    }
  });

  it('reads a file with broken front matter, with a warning', () => {
    const r = readArticle({
      file: 'b.md',
      bytes: utf8(
        '---\ntitle: "Hai nước ký hiệp định"\nChiều 31-1, hai bên ký hiệp định tại Hà Nội.',
      ),
    });
    expect(r.status).toBe('ok');
    if (r.status === 'ok') {
      expect(r.article.title).toBe('Hai nước ký hiệp định');
      expect(r.article.text).toBe('Chiều 31-1, hai bên ký hiệp định tại Hà Nội.');
      expect(r.warnings.join(' ')).toMatch(/front matter not terminated/);
    }
  });

  it('removes markup and normalises BOM, CRLF, NFD and tone placement', () => {
    const raw =
      '\uFEFFHoà bình cho khu vực\r\n\r\n<script>alert(1)</script>Chiều 31-1, hai bên ký thoả thuận <b>hoà</b> bình.<img src=x onerror=alert(1)>\r\nHai bên cam kết &amp; hợp tác.';
    const r = readArticle({ file: 'sub/Bài Viết 01.txt', bytes: utf8(raw.normalize('NFD')) });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    const a = r.article;
    expect(a.id).toBe('sub-bai-viet-01');
    expect(a.title).toBe('Hòa bình cho khu vực');
    expect(a.text).toBe(
      'Chiều 31-1, hai bên ký thỏa thuận hòa bình.\n\nHai bên cam kết & hợp tác.',
    );
    expect(a.text).toBe(a.text.normalize('NFC'));
    expect(a.format).toBe('scraped-page');
  });
});

describe('readArticle: a header date that gives only the month', () => {
  const file = (date: string, body: string[]) =>
    readArticle({
      file: 'x.txt',
      bytes: utf8(
        [`# url = https://example.vn/bai-viet.html`, `# date = ${date}`, ...body].join('\n'),
      ),
    });
  const reception =
    'Chiều 26/11, đoàn công tác Đại sứ quán Hoa Kỳ tại Việt Nam có cuộc làm việc với lãnh đạo tỉnh.';

  it('keeps the month as the publication date, with no warning', () => {
    const r = file('2021-11', [reception]);
    if (r.status !== 'ok') throw new Error(r.reason);
    expect(r.article.publishedAt).toBe('2021-11');
    expect(r.warnings.join(' ')).not.toContain('not understood');
  });

  it("yields to the day the page's own timestamp line gives in that month", () => {
    const r = file('2024-02', [
      '07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021 In bài viết',
      reception,
    ]);
    if (r.status !== 'ok') throw new Error(r.reason);
    expect(r.article.publishedAt).toBe('2024-02-01');
  });
});

describe('readArticle: an address with only a year folder', () => {
  it('gives the publication year when the file says nothing else, and no warning', () => {
    const r = readArticle({
      file: 'x.txt',
      bytes: utf8(
        [
          '# url = https://example.vn/tin/-/2018/12345/tau-ghe-cang.aspx',
          'Một tàu tuần duyên Hoa Kỳ sẽ ghé cảng Tiên Sa ngày 5/3.',
        ].join('\n'),
      ),
    });
    if (r.status !== 'ok') throw new Error(r.reason);
    expect(r.article.publishedAt).toBe('2018');
    expect(r.warnings).not.toContain('no publication date');
  });
});
