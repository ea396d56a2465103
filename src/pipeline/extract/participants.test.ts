import { describe, expect, it } from 'vitest';
import { holderByInitials, toParticipants } from './participants';
import { findPeople, PeopleIndex } from './people';

describe('participants', () => {
  it('resolves initials and a surname to the one office-holder the title fits', () => {
    expect(holderByInitials('G. W. Bush', 'Tổng thống')).toBe('George W. Bush');
    expect(holderByInitials('W. J. Clinton', 'Tổng thống')).toBe('Bill Clinton');
    // No title, or a title no holder of that surname had: left as written.
    expect(holderByInitials('W. J. Clinton', undefined)).toBeUndefined();
    expect(holderByInitials('A. B. Clinton', 'Đại sứ')).toBeUndefined();
  });

  it('lists one person named two ways once, by the name they are known by', () => {
    const sentences = [
      'Sáng 14/11, cựu Tổng thống Mỹ William J. Clinton đã có mặt tại Hà Nội.',
      'Ông Bill Clinton gặp sinh viên Việt Nam.',
    ];
    const mentions = sentences.flatMap((sentence) =>
      findPeople(sentence).map((mention) => ({ mention, sentence })),
    );
    const index = new PeopleIndex();
    index.addAll(mentions.map((m) => m.mention));
    expect(toParticipants(mentions, { index }).map((p) => p.name)).toEqual(['Bill Clinton']);
  });

  it('keeps a titled foreign surname named no fuller, never a Vietnamese given name', () => {
    const of = (sentence: string) => {
      const mentions = findPeople(sentence).map((mention) => ({ mention, sentence }));
      const index = new PeopleIndex();
      index.addAll(mentions.map((m) => m.mention));
      return toParticipants(mentions, { index }).map((p) => p.name);
    };
    expect(of('Phó Ngoại trưởng Hoa Kỳ Negroponte sẽ đến Hà Nội.')).toEqual(['Negroponte']);
    expect(of('Bộ trưởng Sơn đã tiếp đoàn.')).toEqual([]);
  });
});
