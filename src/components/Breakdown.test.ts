import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readSiteData } from '../site/data.ts';

// Components read the published set from Astro.locals.site: the tests pass the fixture's.
// The fixture's village group has 2 respondents: below the threshold of 3.
const site = readSiteData(fileURLToPath(new URL('../../tests/fixtures/generated/', import.meta.url)));
type Component = Parameters<AstroContainer['renderToString']>[0];
const Breakdown = (await import('./Breakdown.astro')).default as unknown as Component;
const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) => container.renderToString(Breakdown, { props, locals: { site } });
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('<Breakdown>', () => {
  it('shows a group below the threshold as insufficient, with its n and no shares', async () => {
    const html = await render({ by: 'community_type', question: 'smart_strategy', sort: 'codebook' });
    expect(html).toMatch(/data-group="village" data-status="insufficient"/);
    expect(text(html)).toContain('Сільські громади замало даних (n = 2)');
    const adopted = html.slice(html.indexOf('data-code="adopted"'), html.indexOf('data-code="in_progress"'));
    const cells = [...adopted.matchAll(/<span class="share"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(3);
    expect(cells[2]).toBe('—');
    expect(cells[0]).toMatch(/^\d+\u00a0%$/);
    expect(text(html)).toContain('ілюстративні дані');
  });

  it('says one option across the groups inline, and needs option= for it', async () => {
    const inline = text(
      await render({ by: 'community_type', question: 'smart_strategy', option: 'adopted', inline: true }),
    );
    expect(inline).toMatch(
      /^міські — \d+ % \(\d+–\d+ %\), селищні — \d+ % \(\d+–\d+ %\), сільські — замало даних \(n = 2\); /,
    );
    await expect(render({ by: 'community_type', question: 'smart_strategy', inline: true })).rejects.toThrow(
      /inline needs option=/,
    );
    await expect(render({ by: 'size', question: 'smart_strategy' })).rejects.toThrow(/unknown breakdown "size"/);
  });
});
