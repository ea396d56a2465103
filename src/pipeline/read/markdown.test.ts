import { describe, expect, it } from 'vitest';
import { readMarkdownLines, stripInlineMarkdown } from './markdown';

describe('readMarkdownLines', () => {
  it('takes the source link out and drops images', () => {
    const md = readMarkdownLines(
      '[Tin A](https://vnexpress.net/tin-a-1.html)\n\n![Tin A](https://cdn.vn/a.jpg?w=1)\n\nThân bài.',
    );
    expect(md.url).toBe('https://vnexpress.net/tin-a-1.html');
    expect(md.linkText).toBe('Tin A');
    expect(md.lines.filter(Boolean)).toEqual(['Thân bài.']);
  });
});

describe('stripInlineMarkdown', () => {
  it('removes emphasis, links and heading marks', () => {
    expect(stripInlineMarkdown('## **Hà Nội** và [TP.HCM](https://a.vn) *mới*')).toBe(
      'Hà Nội và TP.HCM mới',
    );
  });
});
