import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../shared/text';
import { findTopics, topicHits } from './topics';

describe('findTopics', () => {
  it('ranks topics by evidence and keeps politics for a diplomatic event', () => {
    const article = foldAccents(
      'Hai bên thảo luận hợp tác bán dẫn, công nghệ cao. Mỹ hỗ trợ tẩy độc dioxin tại sân bay Biên Hòa, rà phá bom mìn. Thương mại song phương tăng.',
    );
    const event = foldAccents('Hai Bộ trưởng trao đổi về hợp tác khắc phục hậu quả chiến tranh.');
    const topics = findTopics(article, event);
    expect(topics[0]).toBe('politics');
    expect(topics[1]).toBe('war-legacy');
    expect(topics).toContain('technology');
  });

  it('needs two hits or one in the event sentence', () => {
    const topics = findTopics(
      foldAccents('Một câu nói về du lịch.'),
      foldAccents('Hai bên hội đàm.'),
    );
    expect(topics).not.toContain('culture');
  });

  it('keeps at most five topics', () => {
    const text = foldAccents(
      'thương mại bán dẫn giáo dục khí hậu dioxin văn hóa quốc phòng nhân quyền Biển Đông '.repeat(
        2,
      ),
    );
    expect(findTopics(text, text)).toHaveLength(5);
  });
});

describe('topicHits', () => {
  it('counts whole keywords only, the longest at a position, across any spacing', () => {
    const hits = topicHits(
      foldAccents(
        'Ấn Độ  -\tThái Bình Dương; an ninh hàng hải và thương mại, nhưng không "thương mạix" hay "xan ninh".',
      ),
    );
    expect(hits.get('regional')).toBe(1);
    // "an ninh hàng hải" is one defense hit, not also "an ninh"; the glued words count for nothing.
    expect(hits.get('defense')).toBe(1);
    expect(hits.get('economy')).toBe(1);
  });
});
