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

  it('draws a dot chart named by its finding, with a legend of groups, and keeps the table behind a deferred disclosure', async () => {
    const html = await render({ by: 'community_type', question: 'smart_strategy' });
    const chart = html.slice(html.indexOf('<svg class="bd-chart"'), html.indexOf('<details'));
    expect(chart).toMatch(/role="img" aria-label="[^"]+"/);
    // every dot of a group in one path: no element per mark
    expect(chart.match(/<path class="bd-dot bd-g\d"/g)!.length).toBeLessThanOrEqual(3);
    expect(chart).not.toMatch(/<circle|<line/);
    expect(text(html.slice(html.indexOf('<ul class="bd-legend"'), html.indexOf('</ul>')))).toMatch(/n = \d+/);
    const table = html.slice(html.indexOf('<details'));
    expect(table).toMatch(/^<details class="data-table" data-defer>/);
    expect(table).toMatch(/<table class="reflow tl-\w+"/);
  });

  it('names each group column once for the phone cards, not on every cell', async () => {
    const locals: App.Locals = { site };
    const html = await container.renderToString(Breakdown, {
      props: { by: 'community_type', question: 'smart_strategy' },
      locals,
    });
    const name = /<table class="reflow (tl-\w+)"/.exec(html)![1]!;
    const labels = locals.tableLabels!.get(name)!;
    expect(labels[0]).toBeNull();
    expect(labels.slice(1)).toEqual([
      expect.stringMatching(/^Міські громади, n\s=\s\d+$/),
      expect.any(String),
      expect.any(String),
    ]);
    expect(html).not.toContain('data-label');
  });

  it('draws no empty chart when no group has enough answers (the title says so; the table shows the n)', async () => {
    const html = await render({ by: 'population_class', question: 'needs' });
    expect(text(html)).toContain('Порівняти групи (розмір громади) не можна');
    expect(html).not.toContain('bd-chart');
    expect(html).toMatch(/<table class="reflow tl-\w+"/);
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
