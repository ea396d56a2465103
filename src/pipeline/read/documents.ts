/**
 * Letters and statements printed in full: a header block of short lines (letterhead, the sender's
 * or the addressee's name and office, a place, a dateline) above first-person text, and perhaps a
 * closing ("Trân trọng,") over a signature. The header says who wrote to whom and when; the text
 * names no one but "tôi" and "Ngài", so the reader keeps the header as data, not as body.
 */
import type { PartialDate } from '../../shared/schema';
import type { PrintedDocument } from './parts';

/** "15/03/2011", "Hà Nội, ngày 2 tháng 9 năm 2019", "Boston, ngày 4-7-2020": a dateline. */
const DATELINE =
  /^(?:[\p{L}. ]{2,30},\s*)?(?:[Nn]gày\s+)?(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)((?:19|20)\d{2})\.?$/u;

/** "Hà Nội, ngày 2 tháng 9 năm 2019": the place a dateline opens with. */
const DATELINE_PLACE = /^([\p{L}. ]{2,30}),/u;

/** "Thưa Ngài Bộ trưởng,", "Kính gửi Ngài …", "Kính thưa …": the letter's first words to its reader. */
export const SALUTATION = /^(?:Thưa|Kính thưa|Kính gửi|Thân gửi)\s+\p{L}[^.!?]{0,60}[,:]?$/u;

/** "Trân trọng,", "Kính thư": the closing above a signature. */
const CLOSING = /^(?:Trân trọng|Kính thư|Thân ái|Chân thành cảm ơn|Kính chào)[,.]?$/u;

/** "Ngài Nguyễn Văn A", "Kính gửi: Bà Jane Doe": a line that addresses someone. */
const ADDRESSED =
  /^(?:Kính gửi:?\s+)?(?:Ngài|Bà|Ông)\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,5})$/u;

/** "Jane Q. Doe", "Nguyễn Văn A": a bare name of two to six capitalised words. */
const BARE_NAME = /^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,5}$/u;

/** A header line: short, no sentence inside it. */
function isShortLine(line: string): boolean {
  // An initial's full stop ("Jane Q. Doe") ends no sentence.
  return line.length <= 90 && !/(?<!(?:^|\s)\p{Lu})[.!?](?:\s|$)/u.test(line);
}

/** Capitals only ("BỘ NGOẠI GIAO", "HÀ NỘI"): a letterhead. */
function isCapitalsLine(line: string): boolean {
  return line.toUpperCase() === line && /\p{Lu}.*\p{Lu}/u.test(line);
}

/**
 * The documents printed in `lines`, and the indexes of their header lines (which are not body).
 * A header is the dateline and the short lines next to it: above it back to the previous blank
 * line (plus any letterhead in capitals), below it down to the salutation or the first paragraph.
 */
export function findPrintedDocuments(lines: string[]): {
  documents: PrintedDocument[];
  headerLines: Set<number>;
} {
  const documents: PrintedDocument[] = [];
  const headerLines = new Set<number>();
  for (let d = 0; d < lines.length; d++) {
    const m = DATELINE.exec(lines[d]!);
    if (!m) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), m[3]!];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const block: number[] = [d];
    for (let k = d - 1; k >= 0 && lines[k] !== '' && isShortLine(lines[k]!); k--) block.unshift(k);
    for (let k = block[0]! - 1; k >= 0 && (lines[k] === '' || isCapitalsLine(lines[k]!)); k--)
      if (lines[k] !== '') block.unshift(k);
    let opening = -1;
    for (let k = d + 1; k < lines.length; k++) {
      const line = lines[k]!;
      if (line === '') continue;
      if (SALUTATION.test(line) || !isShortLine(line)) {
        opening = k;
        break;
      }
      block.push(k);
    }
    // First-person text must follow, and the header must name someone: a date alone on its line
    // is a page's timestamp.
    if (opening < 0 || !/(?<!\p{L})[Tt]ôi(?!\p{L})/u.test(textFrom(lines, opening))) continue;
    const named = block.map((k) => lines[k]!);
    const addressee = named.findIndex((l) => ADDRESSED.test(l));
    // The sender's name stands above the dateline ("Jane Q. Doe" / "Bộ trưởng Thương mại Hoa Kỳ");
    // a letter's sender signs below its text.
    const sender = named.findIndex(
      (l, at) => block[at]! < d && BARE_NAME.test(l) && !isCapitalsLine(l) && !ADDRESSED.test(l),
    );
    if (addressee < 0 && sender < 0) continue;
    const doc: PrintedDocument = {
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PartialDate,
      opening: lines[SALUTATION.test(lines[opening]!) ? nextText(lines, opening) : opening] ?? '',
    };
    if (addressee >= 0)
      doc.addressee = withOffice(named, addressee, ADDRESSED.exec(named[addressee]!)![1]!);
    if (sender >= 0) doc.sender = withOffice(named, sender, named[sender]!);
    // "Boston, Massachusetts" over the dateline, or "Hà Nội, ngày …": where it was written.
    const placeLine =
      DATELINE_PLACE.exec(lines[d]!)?.[1] ?? (block[0]! < d ? lines[d - 1] : undefined);
    if (
      placeLine &&
      placeLine !== named[sender] &&
      !isCapitalsLine(placeLine) &&
      !ADDRESSED.test(placeLine)
    )
      doc.place = placeLine;
    const signature = signatureAfter(lines, opening);
    if (!doc.sender && signature) doc.sender = signature;
    for (const k of block) headerLines.add(k);
    documents.push(doc);
    d = opening;
  }
  return { documents, headerLines };
}

/** "Chủ tịch Nước … Việt Nam Nguyễn Văn A": the office line under a name put before it, as text says it. */
function withOffice(named: string[], at: number, name: string): string {
  const office = named[at + 1];
  if (!office || DATELINE.test(office) || !/^\p{Lu}/u.test(office) || BARE_NAME.test(office))
    return name;
  // "Thủ tướng Nước Cộng hòa …": a letter spells out the state's formal name, whose "Nước" reads
  // as a title's next word; the office is the same without it.
  return `${office.replace(/^(\p{Lu}[^]*?)\s+Nước\s+(?=Cộng)/u, '$1 ')} ${name}`;
}

/** The next non-empty line after `from`. */
function nextText(lines: string[], from: number): number {
  let k = from + 1;
  while (k < lines.length && lines[k] === '') k++;
  return k;
}

/** The text from `from` to the next dateline: the document's own text. */
function textFrom(lines: string[], from: number): string {
  const out: string[] = [];
  for (let k = from; k < lines.length && !DATELINE.test(lines[k]!); k++) out.push(lines[k]!);
  return out.join('\n');
}

/** The name under the document's closing ("Trân trọng," / "Peter K. Lane"), before the next dateline. */
function signatureAfter(lines: string[], from: number): string | undefined {
  for (let k = from; k < lines.length && !DATELINE.test(lines[k]!); k++) {
    if (!CLOSING.test(lines[k]!)) continue;
    const name = lines[nextText(lines, k)];
    return name !== undefined && BARE_NAME.test(name) ? name : undefined;
  }
  return undefined;
}
