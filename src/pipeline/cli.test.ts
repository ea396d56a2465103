import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Output } from './cli';

interface Run {
  code: number;
  log: string[];
  error: string[];
}

async function run(argv: string[]): Promise<Run> {
  const result: Run = { code: 0, log: [], error: [] };
  const output: Output = { log: (l) => result.log.push(l), error: (l) => result.error.push(l) };
  result.code = await main(argv, output);
  return result;
}

const SEED = path.resolve(__dirname, '../../data/articles/004_792055a8c38b5bf0.txt');

describe('npm run data', () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vn-us-cli-'));
    input = path.join(dir, 'articles');
    await mkdir(path.join(input, 'more'), { recursive: true });
    const put = (name: string, content: string | Uint8Array): Promise<void> =>
      writeFile(path.join(input, name), content);
    await put('empty.txt', '');
    await put('blank.txt', '  \n\t\n   ');
    await put(
      'binary.txt',
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256),
    );
    await put(
      'latin1.txt',
      Buffer.from('Th\xf4ng c\xe1o ng\xe0y 25/3/2024 t\xe1i Washington.\n', 'latin1'),
    );
    await put(
      'utf16.txt',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(
          'Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Antony Blinken ngày 25/3/2024 đồng chủ trì Đối thoại tại Washington.\n',
          'utf16le',
        ),
      ]),
    );
    await put('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'a'));
    await put(
      'broken.md',
      '---\ntitle: "Đối thoại [chưa đóng\ndate: : :\n\nBộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Antony Blinken.\n',
    );
    await put(
      'no-date.txt',
      'Quan hệ Việt - Mỹ\n\nHai nước tiếp tục thúc đẩy hợp tác kinh tế, thương mại và giáo dục.\n',
    );
    await put(
      'more/markup.txt',
      'Phó Thủ tướng tiếp Đại sứ\n\n<script>alert(1)</script><img src=x onerror=alert(2)>Chiều 31-1-2024, Phó Thủ tướng Lê Minh Khái tiếp Đại sứ Hoa Kỳ Marc E. Knapper. <b>Hai bên</b> trao đổi về hợp tác.\n',
    );
    await put('ignored.json', '{}');
    await copyFile(SEED, path.join(input, 'good.txt'));
    await symlink(path.join(input, 'good.txt'), path.join(input, 'linked.txt'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips every bad file with its reason, builds the rest and writes the same bytes twice', async () => {
    const out = path.join(dir, 'out/timeline.json');
    const reportFile = path.join(dir, 'out/report.json');
    const first = await run(['--input', input, '--out', out, '--report', reportFile]);
    expect(first.code).toBe(0);
    expect(first.log).toHaveLength(1);
    expect(first.log[0]).toMatch(/^built \d+ events from \d+ articles \(\d+ skipped\) → /);

    const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
      file: string;
      status: string;
      events: string[];
      warnings: string[];
    }[];
    const byFile = Object.fromEntries(report.map((r) => [r.file, r]));
    expect(Object.keys(byFile).sort()).toEqual([
      'binary.txt',
      'blank.txt',
      'broken.md',
      'empty.txt',
      'good.txt',
      'huge.txt',
      'latin1.txt',
      'linked.txt',
      'more/markup.txt',
      'no-date.txt',
      'utf16.txt',
    ]);
    for (const name of ['empty.txt', 'blank.txt', 'binary.txt', 'huge.txt'])
      expect(byFile[name]!.status).toBe('skipped');
    expect(byFile['huge.txt']!.warnings).toEqual(['file too large (20.0 MB > 5.0 MB)']);
    expect(byFile['good.txt']).toMatchObject({ status: 'ok' });
    expect(byFile['good.txt']!.events.length).toBeGreaterThan(0);
    expect(byFile['no-date.txt']!.events).toEqual([]);
    for (const entry of report) {
      if (entry.status !== 'ok') {
        expect(entry.warnings.join(' ')).not.toBe('');
        expect(first.error.some((line) => line.includes(entry.file))).toBe(true);
      }
    }

    const bytes = await readFile(out, 'utf8');
    expect(bytes).not.toMatch(/<script|onerror/i);
    expect(bytes.endsWith('}\n')).toBe(true);
    const schema = JSON.parse(
      await readFile(path.join(dir, 'out/timeline.schema.json'), 'utf8'),
    ) as { type?: string };
    expect(schema.type).toBe('object');

    const second = await run(['--input', input, '--out', out, '--quiet']);
    expect(second.code).toBe(0);
    expect(second.log).toEqual([]);
    expect(await readFile(out, 'utf8')).toBe(bytes);
  }, 30_000);

  it('fails with one line when the input folder is missing', async () => {
    const result = await run([
      '--input',
      path.join(dir, 'nowhere'),
      '--out',
      path.join(dir, 'x.json'),
    ]);
    expect(result.code).not.toBe(0);
    expect(result.error).toHaveLength(1);
    expect(result.error[0]).toMatch(/input folder not found/);
  });

  it('fails when no article can be read, and writes no dataset', async () => {
    const bad = path.join(dir, 'bad');
    await mkdir(bad, { recursive: true });
    await writeFile(path.join(bad, 'empty.txt'), '');
    await writeFile(path.join(bad, 'binary.md'), Uint8Array.from([0, 1, 2, 3, 255, 254, 0, 0]));
    const out = path.join(dir, 'bad-out/timeline.json');
    const result = await run(['--input', bad, '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.error.at(-1)).toMatch(/no article could be read/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('rejects an unknown option with a usage line', async () => {
    const result = await run(['--inptu', 'x']);
    expect(result.code).toBe(2);
    expect(result.error[0]).toMatch(/unknown option --inptu/);
  });
});
