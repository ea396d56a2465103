import { describe, expect, it } from 'vitest';
import xss, { escapeMarkup } from './markup-escape';
import { escapeHtml } from './build-items';

describe('escapeMarkup (vis-timeline XSS filter)', () => {
  it('turns every tag into text', () => {
    const out = new xss.FilterXSS().process(
      '<img src=x onerror="alert(1)"><b>a</b><script>x</script>',
    );
    expect(out).not.toMatch(/[<>]/);
    expect(out).toBe(
      '&lt;img src=x onerror="alert(1)"&gt;&lt;b&gt;a&lt;/b&gt;&lt;script&gt;x&lt;/script&gt;',
    );
  });
  it('leaves text and entities as they are, so escaped titles show unchanged', () => {
    const title = escapeHtml('Hội đàm "A & B" <b>x</b>\nHà Nội');
    expect(escapeMarkup(title)).toBe(title);
    expect(escapeMarkup('Tháng 3 2024')).toBe('Tháng 3 2024');
  });
});
