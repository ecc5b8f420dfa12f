import { describe, expect, it } from 'vitest';
import { typesetHtml } from './typeset-html.ts';

/** Soft hyphen "·", no-break space "⍽", word joiner "⁀": expectations readable. */
const show = (s: string) =>
  s
    .replace(/\u00ad/g, '·')
    .replace(/\u00a0/g, '⍽')
    .replace(/\u2060/g, '⁀');

describe('typesetHtml', () => {
  it('typesets the text between tags and keeps every byte of markup', () => {
    const html = '<p class="lead" title="Енергоефективність 10 000">Енергоефективність: 42 % (37–47 %)</p>';
    expect(show(typesetHtml(html, 'uk'))).toBe(
      '<p class="lead" title="Енергоефективність 10 000">Енер·го·ефе·ктив·ність: 42⍽% (37–⁀47⍽%)</p>',
    );
  });

  it('leaves attribute values holding ">" whole', () => {
    const html = '<p data-x="a > Енергоефективність" aria-label=\'b > територіальних\'>територіальних</p>';
    expect(show(typesetHtml(html, 'uk'))).toBe(
      '<p data-x="a > Енергоефективність" aria-label=\'b > територіальних\'>те·ри·то·рі·аль·них</p>',
    );
  });

  it('hyphenates in the language of the nearest lang attribute, and not at all in other languages', () => {
    const html = '<p>територіальних <a lang="en" href="/en/">communities</a> <span lang="de">Gemeinschaften</span></p>';
    expect(show(typesetHtml(html, 'uk'))).toBe(
      '<p>те·ри·то·рі·аль·них <a lang="en" href="/en/">com·mu·ni·ties</a> <span lang="de">Gemeinschaften</span></p>',
    );
    expect(show(typesetHtml('<html lang="en-GB"><body>communities</body></html>', 'uk'))).toBe(
      '<html lang="en-GB"><body>com·mu·ni·ties</body></html>',
    );
  });

  it('leaves scripts, styles, the title, text areas, code, comments and inline SVG as they are', () => {
    const verbatim = [
      '<head><title>Енергоефективність 10 000</title><meta name="description" content="Енергоефективність">',
      '<script type="application/ld+json">{"name":"Енергоефективність <b>10 000</b>"}</script>',
      '<style>.a::after{content:"Енергоефективність"}</style></head>',
      '<textarea>Енергоефективність 10 000</textarea><code>national.json Енергоефективність</code>',
      '<!-- Енергоефективність 10 000 --><pre>Енергоефективність</pre>',
      '<svg viewBox="0 0 1 1"><title>Енергоефективність</title><text>10 000–49 999</text><path d="M0 0"/>',
      '<text>Енергоефективність</text></svg><p data-verbatim>Енергоефективність</p>',
    ].join('');
    expect(typesetHtml(verbatim, 'uk')).toBe(verbatim);
    expect(show(typesetHtml(`${verbatim}<p>Енергоефективність</p>`, 'uk'))).toBe(
      `${verbatim}<p>Енер·го·ефе·ктив·ність</p>`,
    );
  });

  it('leaves the text of a control named by aria-label as written, so its visible text stays part of its name', () => {
    const html =
      '<a href="/" aria-label="Українська версія">Українська</a><button aria-label="Енергоефективність">Енергоефективність</button>' +
      '<span role="button" aria-label="територіальних">територіальних</span>';
    expect(typesetHtml(html, 'uk')).toBe(html);
    expect(show(typesetHtml('<section aria-label="Таблиця"><p>територіальних</p></section>', 'uk'))).toBe(
      '<section aria-label="Таблиця"><p>те·ри·то·рі·аль·них</p></section>',
    );
  });

  it('keeps going after void elements, self-closing tags and unclosed elements', () => {
    const html = '<ul><li>територіальних<br>громад<img src="a.png" alt="територіальних"><li>10 000</ul><p>communities';
    expect(show(typesetHtml(html, 'en'))).toBe(
      '<ul><li>територіальних<br>громад<img src="a.png" alt="територіальних"><li>10⍽000</ul><p>com·mu·ni·ties',
    );
  });

  it('leaves URLs in text and link addresses untouched', () => {
    const html = '<a href="https://example.org/communities">https://example.org/communities</a>';
    expect(typesetHtml(html, 'en')).toBe(html);
  });
});
