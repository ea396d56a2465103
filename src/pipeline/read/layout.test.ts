import { describe, expect, it } from 'vitest';
import { articleFormat, detectBodyLayout } from './layout';

const seg =
  'Bộ_trưởng Ngoại_giao Bùi_Thanh_Sơn gặp Ngoại_trưởng Antony_Blinken , hai bên trao_đổi .';

describe('detectBodyLayout', () => {
  it('tells the segmented layouts apart', () => {
    expect(detectBodyLayout(`Mỹ coi_trọng Việt_Nam ${seg} ${seg} Huyền_Lê`)).toBe(
      'segmented-one-line',
    );
    expect(detectBodyLayout(`Tiêu_đề bài_báo\n\n${seg}\n\n${seg}\n${seg}\n`)).toBe(
      'segmented-multi-line',
    );
    expect(detectBodyLayout(`Tiêu_đề bài_báo \n${seg} \n${seg} \n${seg} `)).toBe(
      'segmented-sentence-lines',
    );
  });

  it('treats ordinary text as paragraphs', () => {
    expect(detectBodyLayout('Tiêu đề\n\nChiều 31-1, Phó Thủ tướng tiếp Đại sứ.')).toBe(
      'paragraphs',
    );
  });
});

describe('articleFormat', () => {
  it('names metadata kinds first, then the layout', () => {
    expect(articleFormat({ kind: 'front-matter' }, 'paragraphs', false)).toBe('front-matter');
    expect(articleFormat({ kind: 'header-lines' }, 'paragraphs', false)).toBe('header-lines');
    expect(articleFormat({ kind: 'none' }, 'segmented-one-line', false)).toBe('segmented-one-line');
    expect(articleFormat({ kind: 'none' }, 'paragraphs', true)).toBe('scraped-page');
    expect(articleFormat({ kind: 'none' }, 'paragraphs', false)).toBe('plain');
  });
});
