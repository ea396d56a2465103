/**
 * Letter classes for fast regexes. Unicode-mode regexes (`u` flag, `\p{L}`) are 10–20× slower in
 * V8 on long alternations, so hot patterns use these explicit BMP classes without the `u` flag.
 */

/** Latin letters with every Vietnamese (and common Western) accent, as a character-class body. */
export const LETTER = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
/** Letters and digits. */
export const WORD = `0-9${LETTER}`;

/** Whether a word starts with a capital letter ("Đà", "Élysée"; not "đà", "3"). */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Every match of a global regex whose start is not preceded by a character `before` accepts,
 * like a leading `(?<![…])` but without the lookbehind: V8 cannot skip ahead on a pattern that
 * opens with a lookbehind, so it tries the whole alternation at every position (2–3× slower).
 * A rejected match resumes one character later, so the matches are exactly the lookbehind's.
 */
export function* boundedMatches(
  re: RegExp,
  text: string,
  before: (code: number) => boolean,
): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && before(text.charCodeAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

/** Whether a UTF-16 code unit is in LETTER. */
export function isLetterCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Whether a UTF-16 code unit is in WORD. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}

/** Whether a UTF-16 code unit is what a regex `\s` matches. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text.split(/\s+/).length` without building the array: one more than the runs of whitespace. */
export function splitWordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let k = 0; k < text.length; k++) {
    const space = isSpaceCode(text.charCodeAt(k));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/**
 * Every match of a global regex, as `text.matchAll(re)` gives them, from the start of the text.
 * matchAll copies the regex on every call (a species constructor); on every sentence of every
 * article that copy showed in the profile. The matches are collected before the caller reads
 * them, so a loop body that runs the same regex again cannot disturb the iteration.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over it, as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** A test of one code point against a Unicode class, looked up once per BMP code unit. */
function pointClass(re: RegExp): (point: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 unknown, 1 in the class, 2 not
  return (point) => {
    if (point > 0xffff) return re.test(String.fromCodePoint(point));
    let k = known[point]!;
    if (!k) {
      k = re.test(String.fromCharCode(point)) ? 1 : 2;
      known[point] = k;
    }
    return k === 1;
  };
}

/** Whether a code point is a letter, as `\p{L}` says. */
export const isLetterPoint = pointClass(/^\p{L}$/u);
/** Whether a code point is a letter or a digit, as `[\p{L}\p{N}]` says. */
export const isLetterOrNumberPoint = pointClass(/^[\p{L}\p{N}]$/u);

/** The code point that ends right before `index` (a surrogate pair read whole), or -1 at the start. */
function pointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * A global Unicode regex without its leading `(?<![…])`, for allMatchesAfter: V8 cannot skip ahead
 * on a pattern that opens with a lookbehind and tries it at every position (≈ 5× slower on a
 * sentence). Throws when the pattern does not open with `lookbehind` or the rest has a top-level
 * `|` (the lookbehind would then guard only the first alternative).
 */
export function withoutLeadingLookbehind(re: RegExp, lookbehind: string): RegExp {
  const rest = re.source.slice(lookbehind.length);
  if (!re.source.startsWith(lookbehind) || hasTopLevelBar(rest))
    throw new Error(`withoutLeadingLookbehind: /${re.source}/ does not open with ${lookbehind}`);
  return new RegExp(rest, re.flags);
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The matches of `(?<![…])` + `re` (re from withoutLeadingLookbehind), as matchAll gives them:
 * a match whose preceding code point `rejects` is dropped and the search resumes at the next
 * position the regex would have tried, so the matches are exactly the lookbehind's.
 */
export function allMatchesAfter(
  re: RegExp,
  text: string,
  rejects: (point: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && rejects(pointBefore(text, m.index))) {
      // A Unicode regex never starts inside a surrogate pair: the next start is the next code point.
      re.lastIndex = advance(text, m.index, re.unicode);
      continue;
    }
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

/**
 * The alternation of `phrases` (longest first, words separated by single spaces) as a word trie:
 * "phó thủ tướng|phó chủ tịch" → "phó\s+(?:thủ\s+tướng|chủ\s+tịch)", each word written by `word`,
 * words joined by `separator`. V8 tries a flat list's alternatives one by one at every position;
 * the trie tries each first word once. It matches what the flat list matches, in the same order of
 * preference: two phrases that match at one place share their words up to the end of the shorter
 * one (no word that ends a phrase at a branch is the start of another, checked here: else the flat
 * list is kept; `separator` must match only from a space on, never a word's letters), and the
 * longer, which the flat list tries first, sits in a branch tried before the shorter one's end.
 */
export function wordTrie(
  phrases: string[],
  word: (text: string) => string,
  separator: string,
): string {
  const flat = phrases.map((p) => p.split(' ').map(word).join(separator)).join('|');
  for (let k = 1; k < phrases.length; k++)
    if (phrases[k]!.length > phrases[k - 1]!.length) return flat;
  let branchesClash = false;
  const alternatives = (list: string[][]): string => {
    // Each first word with what may follow it, in the list's order.
    const branches = new Map<string, string[][]>();
    for (const [first, ...rest] of list) {
      const branch = branches.get(first!);
      if (branch) branch.push(rest);
      else branches.set(first!, [rest]);
    }
    // A first word that only goes on ("thư" of "thư ký") must be followed by the separator, which
    // the rest of a longer word ("thường") never is: only a word that ends a phrase can clash.
    const ends = [...branches].filter(([, rests]) => rests.some((r) => r.length === 0));
    const firsts = [...branches.keys()];
    if (ends.some(([x]) => firsts.some((y) => x !== y && y.startsWith(x)))) branchesClash = true;
    return [...branches]
      .map(([first, rests]) => {
        const longer = rests.filter((r) => r.length > 0);
        if (!longer.length) return word(first);
        // The longer phrases first, as in the list; the phrase that ends here last.
        const ending = longer.length < rests.length ? '|' : '';
        return `${word(first)}(?:${separator}(?:${alternatives(longer)})${ending})`;
      })
      .join('|');
  };
  const trie = alternatives(phrases.map((p) => p.split(' ')));
  return branchesClash ? flat : trie;
}
