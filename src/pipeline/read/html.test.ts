import { describe, expect, it } from 'vitest';
import { hasHtml, stripHtml } from './html';

describe('stripHtml', () => {
  it('removes scripts and styles with their content', () => {
    expect(
      stripHtml('Hà Nội<script>alert("x<y")</script> mùa thu<style>p{color:red}</style>.'),
    ).toBe('Hà Nội mùa thu.');
  });

  it('removes tags, including an image with an event handler', () => {
    expect(
      stripHtml('<p>Chiều 31-1, <b>Phó Thủ tướng</b> tiếp Đại sứ<img src=x onerror=alert(1)></p>'),
    ).toBe('\nChiều 31-1, Phó Thủ tướng tiếp Đại sứ\n');
  });

  it('decodes entities and leaves a lone "<" alone', () => {
    expect(stripHtml('Tăng 5% &amp; giảm &lt;3 &#7899; &#x1EDB; 2 < 3')).toBe(
      'Tăng 5% & giảm <3 ớ ớ 2 < 3',
    );
  });

  it('drops an unclosed script to the end', () => {
    expect(stripHtml('Văn bản <script>var a = 1;')).toBe('Văn bản ');
  });

  it('tells text with tags from text without', () => {
    expect(hasHtml('a <br/> b')).toBe(true);
    expect(hasHtml('giá < 3 và > 2')).toBe(false);
  });
});
