/** Bytes → text, or the reason a file cannot be read as an article. */

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

/**
 * Decodes one input file: UTF-8 (BOM allowed) or UTF-16 with a BOM. Size is checked before any
 * decoding so that a 20 MB file is refused at once.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    return { ok: false, reason: `file too large (${mb} MB > 5 MB)` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  const warnings: string[] = [];
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    text = decodeUtf16(bytes, bytes[0] === 0xff);
    warnings.push('decoded as UTF-16');
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'binary file' };
    try {
      // The default decoder drops a leading BOM.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: 'not valid UTF-8 (looks like Latin-1/Windows-1252)' };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file' };
  return { ok: true, text, warnings };
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const body = bytes.subarray(2, bytes.length - (bytes.length % 2));
  if (littleEndian) return new TextDecoder('utf-16le').decode(body);
  const swapped = new Uint8Array(body.length);
  for (let i = 0; i + 1 < body.length; i += 2) {
    swapped[i] = body[i + 1]!;
    swapped[i + 1] = body[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/** A NUL byte, or more than 10% control bytes other than tab, newline, form feed, return. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
  }
  return control > bytes.length * 0.1;
}
