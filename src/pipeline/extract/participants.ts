/**
 * From person mentions to event participants: full names, the most telling title, a country from
 * the title phrase, the office-holders table, the name's shape or the sentence around it.
 */
import type { Participant } from '../../shared/schema';
import { findCountries } from '../knowledge/countries';
import { findTitles } from '../knowledge/titles';
import { OFFICE_HOLDERS, OFFICE_TITLES, type OfficeHolder } from '../knowledge/office-holders';
import { isForeignSurname, isVietnameseName, PeopleIndex, type PersonMention } from './people';

interface HolderInfo {
  name: string;
  country: string;
}

// Office-holders by every full form and, where distinctive, by the bare surname ("Blinken").
const HOLDER_BY_NAME = new Map<string, HolderInfo>();
const HOLDER_BY_SHORT = new Map<string, HolderInfo>();
for (const h of OFFICE_HOLDERS) {
  const info = { name: h.name, country: h.country };
  HOLDER_BY_NAME.set(h.name, info);
  for (const a of h.aliases) HOLDER_BY_NAME.set(a, info);
  if (h.bare) HOLDER_BY_SHORT.set(h.short, info);
}

// Office-holders by surname, for a name given as initials ("W. J. Clinton", "G. W. Bush").
const HOLDERS_BY_SURNAME = new Map<string, OfficeHolder[]>();
for (const h of OFFICE_HOLDERS) {
  const surname = h.name.split(' ').pop()!;
  HOLDERS_BY_SURNAME.set(surname, [...(HOLDERS_BY_SURNAME.get(surname) ?? []), h]);
}
const INITIALS_NAME = /^(?:\p{Lu}\.\s?){1,3}(\p{Lu}[\p{L}-]+)$/u;

/**
 * The office-holder an initials-and-surname name stands for: "Tổng thống W. J. Clinton" → Bill
 * Clinton, the one holder of that surname whose office the title names; undefined when unsure.
 */
export function holderByInitials(name: string, title: string | undefined): string | undefined {
  const surname = INITIALS_NAME.exec(name)?.[1];
  if (!surname || !title) return undefined;
  const fits = (HOLDERS_BY_SURNAME.get(surname) ?? []).filter((h) =>
    h.terms.some((t) => OFFICE_TITLES[t.office].includes(title)),
  );
  return fits.length === 1 ? fits[0]!.name : undefined;
}

export interface ParticipantContext {
  index: PeopleIndex;
  /** The article's main foreign partner, for a foreign name no phrase qualifies. */
  mainPartner?: string;
}

/** One mention as a participant, or undefined when a short mention cannot be resolved. */
export function toParticipant(
  m: PersonMention,
  sentence: string,
  ctx: ParticipantContext,
): Participant | undefined {
  if (m.background) return undefined;
  const record = ctx.index.resolve(m);
  let name = record?.name ?? m.name;
  let country = m.country ?? record?.country;
  const title = record?.title ?? m.title;
  if (!record && m.short) {
    const holder = HOLDER_BY_SHORT.get(m.name);
    if (!m.title) return undefined;
    // "Phó Ngoại trưởng Negroponte", named no fuller anywhere: the person as the article names them.
    if (!holder && !isForeignSurname(m.name)) return undefined;
    if (holder) {
      name = holder.name;
      country ??= holder.country;
    }
  }
  name = holderByInitials(name, title) ?? name;
  country ??= HOLDER_BY_NAME.get(name)?.country;
  if (!country && isVietnameseName(name)) country = 'VN';
  if (!country && !m.international) {
    // "đoàn đại biểu Bộ Quốc phòng Hàn Quốc do Bộ trưởng Han Min-koo": the nearest foreign state before the name.
    const before = findCountries(sentence.slice(Math.max(0, m.index - 80), m.index)).filter(
      (c) => c.code !== 'VN',
    );
    const near = before[before.length - 1];
    country = near?.code ?? ctx.mainPartner;
  }
  const p: Participant = { name };
  if (title) p.title = title;
  if (country) p.country = country;
  return p;
}

/** Whether a name holds every word of another ("Marc E. Knapper" of "Marc Knapper"). */
function holdsEveryWord(name: string, known: string): boolean {
  const words = new Set(name.split(' '));
  return known.split(' ').every((w) => words.has(w));
}

/** Participants of several mentions, each person once, in order of first mention. */
export function toParticipants(
  mentions: { mention: PersonMention; sentence: string }[],
  ctx: ParticipantContext,
): Participant[] {
  const out: Participant[] = [];
  // One person under two names ("William J. Clinton", "Bill Clinton") is one participant, under
  // the name they are known by unless the other only adds to it ("Marc E. Knapper").
  const person = (name: string): string => HOLDER_BY_NAME.get(name)?.name ?? name;
  for (const { mention, sentence } of mentions) {
    const p = toParticipant(mention, sentence, ctx);
    if (!p) continue;
    const k = out.findIndex((q) => person(q.name) === person(p.name));
    if (k < 0) out.push(p);
    else if (p.name === person(p.name) && !holdsEveryWord(out[k]!.name, p.name))
      out[k] = { ...out[k]!, name: p.name };
  }
  return out;
}

/**
 * The people a sentence names by office alone ("Bí thư Thành ủy … tiếp Đại sứ Hoa Kỳ"): the one person
 * the article names with that title (and that country, when the sentence gives one). A title two
 * people hold, or none, adds nobody.
 */
export function namedByOfficeAlone(
  sentence: string,
  mentions: PersonMention[],
  ctx: ParticipantContext,
): Participant[] {
  const out: Participant[] = [];
  const countries = findCountries(sentence);
  for (const t of findTitles(sentence)) {
    if (t.level === 'rank' || mentions.some((m) => m.title === t.title)) continue;
    const country = countries.find((c) => c.index >= t.end && c.index <= t.end + 1)?.code;
    const holders = ctx.index
      .all()
      .filter((p) => p.title === t.title && (!country || !p.country || p.country === country));
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    const c = holder.country ?? country;
    out.push({ name: holder.name, title: holder.title!, ...(c ? { country: c } : {}) });
  }
  return out;
}
