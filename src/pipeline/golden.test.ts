/**
 * Golden test (remark style): the whole dataset built from the seeds in data/articles must equal
 * the reviewed fixtures/seeds/expected.json. After a deliberate change, regenerate and review the diff:
 *   UPDATE=1 npx vitest run src/pipeline/golden
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';

const INPUT = path.resolve(__dirname, '../../data/articles');
const EXPECTED = path.resolve(__dirname, 'fixtures/seeds/expected.json');

function build(): string {
  const files = readdirSync(INPUT)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => ({ file: name, bytes: new Uint8Array(readFileSync(path.join(INPUT, name))) }));
  const { dataset, report } = buildDataset(files);
  return `${JSON.stringify({ dataset, report }, null, 2)}\n`;
}

describe('golden: the seeds', () => {
  it('build the reviewed dataset', () => {
    const actual = build();
    if (process.env.UPDATE === '1' || !existsSync(EXPECTED)) {
      mkdirSync(path.dirname(EXPECTED), { recursive: true });
      writeFileSync(EXPECTED, actual);
      if (process.env.UPDATE !== '1') throw new Error(`wrote ${EXPECTED}: review it, then run again`);
    }
    // Compared as data for a readable diff, then as bytes (key order, final newline).
    const expected = readFileSync(EXPECTED, 'utf8');
    expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
    expect(actual).toBe(expected);
  });
});
