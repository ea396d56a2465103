import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from './read-article';

const FOLDERS = ['../../../data/articles', '../../../data/corpus'].map(
  (dir) => new URL(dir, import.meta.url).pathname,
);

describe('readArticle on every seed and corpus file', () => {
  for (const folder of FOLDERS) {
    for (const file of readdirSync(folder)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()) {
      it(file, () => {
        const result = readArticle({ file, bytes: readFileSync(`${folder}/${file}`) });
        expect(result.status).toBe('ok');
        if (result.status !== 'ok') return;
        const a = result.article;
        expect(a.title.length).toBeGreaterThan(0);
        expect(a.title.length).toBeLessThanOrEqual(200);
        expect(a.title).not.toContain('_');
        expect(a.text).not.toContain('_');
        expect(a.text).not.toMatch(/<[a-z/][^>]*>/i);
        expect(a.sentences.length).toBeGreaterThanOrEqual(3);
        for (const s of a.sentences) expect(a.text.includes(s)).toBe(true);
      });
    }
  }
});
