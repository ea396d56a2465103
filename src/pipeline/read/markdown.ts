/** The Markdown of blog-style posts: a link to the source page, images, inline markup. */

export interface MarkdownLines {
  lines: string[];
  /** The first link that stands alone on a line: the source page. */
  url?: string;
  linkText?: string;
}

const LINK_LINE = /^\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)$/;
const IMAGE_LINE = /^!\[[^\]]*\]\([^)]*\)$/;

/** Turns Markdown lines into plain lines: source link taken out, images dropped, markup removed. */
export function readMarkdownLines(body: string): MarkdownLines {
  const out: MarkdownLines = { lines: [] };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const link = LINK_LINE.exec(line);
    if (link && out.url === undefined) {
      out.url = link[2]!;
      out.linkText = link[1]!.trim();
      continue;
    }
    if (IMAGE_LINE.test(line)) continue;
    out.lines.push(stripInlineMarkdown(line));
  }
  return out;
}

/** "**Hà Nội** [xem](https://…) ![a](b.jpg)" → "Hà Nội xem"; "## Tiêu đề" → "Tiêu đề". */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/(^|\s)\*(?=\S)([^*]*?\S)\*(?=\s|$|[.,;:!?])/g, '$1$2')
    .trim();
}
