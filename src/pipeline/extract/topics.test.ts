import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../shared/text';
import { findTopics } from './topics';

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
