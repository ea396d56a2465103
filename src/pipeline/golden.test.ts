/**
 * Golden test (remark style): the whole dataset built from the seeds in data/articles must equal
 * the reviewed fixtures/seeds/expected.json. After a deliberate change, regenerate and review the diff:
 *   UPDATE=1 npx vitest run src/pipeline/golden
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import type { SourceFile } from './types';

const INPUT = path.resolve(__dirname, '../../data/articles');
const EXPECTED = path.resolve(__dirname, 'fixtures/seeds/expected.json');

function seeds(): SourceFile[] {
  return readdirSync(INPUT)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => ({ file: name, bytes: new Uint8Array(readFileSync(path.join(INPUT, name))) }));
}

function build(): string {
  const { dataset, report } = buildDataset(seeds());
  return `${JSON.stringify({ dataset, report }, null, 2)}\n`;
}

describe('golden: the seeds', () => {
  it('build the reviewed dataset', () => {
    const actual = build();
    if (process.env.UPDATE === '1' || !existsSync(EXPECTED)) {
      mkdirSync(path.dirname(EXPECTED), { recursive: true });
      writeFileSync(EXPECTED, actual);
      if (process.env.UPDATE !== '1')
        throw new Error(`wrote ${EXPECTED}: review it, then run again`);
    }
    // Compared as data for a readable diff, then as bytes (key order, final newline).
    const expected = readFileSync(EXPECTED, 'utf8');
    expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
    expect(actual).toBe(expected);
  });

  it('keep every event id when unrelated articles are added', () => {
    const unrelated: SourceFile[] = [
      {
        file: 'zz-bong-da.txt',
        bytes: new TextEncoder().encode(
          'Bình Dương thắng Thể Công 3-1\n\nChiều 12/5/2024, trên sân Gò Đậu, Bình Dương thắng Thể Công 3-1 ở vòng 15 V-League.\n',
        ),
      },
      {
        file: 'aa-dien-dam.txt',
        bytes: new TextEncoder().encode(
          'Thủ tướng điện đàm với Thủ tướng Nhật Bản\n\nTối 20/2/2024, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.\n',
        ),
      },
    ];
    const before = buildDataset(seeds()).dataset.events.map((e) => e.id);
    const after = new Set(buildDataset([...unrelated, ...seeds()]).dataset.events.map((e) => e.id));
    for (const id of before) expect(after.has(id), id).toBe(true);
  });
});
