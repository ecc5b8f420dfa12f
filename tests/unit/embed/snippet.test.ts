import { describe, expect, it } from 'vitest';
import { iframeSnippet } from '../../../src/site/embed/snippet.ts';

describe('iframeSnippet', () => {
  const src = 'https://report.example.org/sub/path/embed/map-has_cdto/';
  it('is a full-width titled iframe with a default height, plus the optional resizer', () => {
    const html = iframeSnippet({
      src,
      title: 'Частка громад із "CDTO"',
      height: 820,
      resizer: 'https://report.example.org/sub/path/embed/resize.js',
    });
    expect(html).toContain(`<iframe src="${src}"`);
    expect(html).toContain('title="Частка громад із &quot;CDTO&quot;"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('height="820"');
    expect(html).toContain('<script src="https://report.example.org/sub/path/embed/resize.js" async></script>');
  });
  it('uses no inline style or script a strict host CSP would block', () => {
    const html = iframeSnippet({ src, title: 't', height: 500, resizer: 'https://x.org/embed/resize.js' });
    expect(html).not.toMatch(/style=|on\w+=|<script>/);
  });
  it('works as the iframe alone', () => {
    expect(iframeSnippet({ src, title: 't', height: 500 })).not.toContain('<script');
  });
});
