/** Markup left in scraped text: removed, never rendered. */

const BLOCK_TAGS = new Set([
  'p',
  'br',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'blockquote',
  'hr',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
};

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/g;
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/** Removes `<script>`/`<style>` with their content, comments and every tag; decodes entities. */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  let out = text;
  if (out.includes('<')) {
    out = removeBetween(out, '<!--', '-->');
    out = removeElement(out, 'script');
    out = removeElement(out, 'style');
    out = out.replace(TAG, (_m, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? '\n' : ''));
  }
  return out.replace(ENTITY, (m, body: string) => decodeEntity(body) ?? m);
}

/** True when the text carries something that looks like an HTML tag. */
export function hasHtml(text: string): boolean {
  TAG.lastIndex = 0;
  const found = TAG.test(text);
  TAG.lastIndex = 0;
  return found;
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    if (
      !Number.isFinite(code) ||
      code <= 0 ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff)
    )
      return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

// indexOf loops rather than a lazy regex: linear even when a closing tag is missing.
function removeElement(text: string, name: string): string {
  const lower = text.toLowerCase();
  const open = `<${name}`;
  const close = `</${name}`;
  let out = '';
  let pos = 0;
  for (;;) {
    const start = lower.indexOf(open, pos);
    if (start < 0) break;
    const next = lower.charAt(start + open.length);
    if (next !== '>' && next !== ' ' && next !== '\t' && next !== '\n' && next !== '/') {
      out += text.slice(pos, start + open.length);
      pos = start + open.length;
      continue;
    }
    out += text.slice(pos, start);
    const end = lower.indexOf(close, start);
    if (end < 0) return out; // unclosed: drop the rest, it is script or style
    const gt = lower.indexOf('>', end);
    pos = gt < 0 ? lower.length : gt + 1;
  }
  return out + text.slice(pos);
}

function removeBetween(text: string, open: string, close: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const start = text.indexOf(open, pos);
    if (start < 0) break;
    out += text.slice(pos, start);
    const end = text.indexOf(close, start + open.length);
    if (end < 0) return out;
    pos = end + close.length;
  }
  return out + text.slice(pos);
}
