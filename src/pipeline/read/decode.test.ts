import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hà Nội')]));
    expect(r).toEqual({ ok: true, text: 'Hà Nội', warnings: [] });
  });

  it('skips empty and whitespace-only files', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeBytes(utf8(' \n\t \r\n'))).toEqual({ ok: false, reason: 'empty file' });
  });

  it('skips binary files', () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: 'binary file',
    });
    expect(decodeBytes(new Uint8Array(100).fill(0x01))).toEqual({
      ok: false,
      reason: 'binary file',
    });
  });

  it('refuses Latin-1 bytes with a clear reason', () => {
    // "Hà Nội" in Windows-1252 cannot be valid UTF-8: 0xE0 starts a sequence that never finishes.
    const r = decodeBytes(new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0x6f, 0x69]));
    expect(r).toEqual({ ok: false, reason: 'not valid UTF-8 (looks like Latin-1/Windows-1252)' });
  });

  it('decodes UTF-16 LE and BE with a BOM, with a warning', () => {
    const text = 'Đối thoại';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + i * 2] = c & 0xff;
      le[3 + i * 2] = c >> 8;
      be[2 + i * 2] = c >> 8;
      be[3 + i * 2] = c & 0xff;
    }
    expect(decodeBytes(le)).toEqual({ ok: true, text, warnings: ['decoded as UTF-16'] });
    expect(decodeBytes(be)).toEqual({ ok: true, text, warnings: ['decoded as UTF-16'] });
  });

  it('refuses a file over 5 MB, saying how large it is', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    expect(decodeBytes(big)).toEqual({ ok: false, reason: 'file too large (20.0 MB > 5 MB)' });
  });
});
