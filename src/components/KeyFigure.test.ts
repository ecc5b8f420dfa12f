import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

// src/lib/site/data.ts reads SITE_DATA_DIR when first imported: set it before importing the component.
// The fixture's national.json: 274 respondents, 24 oblasts covered, 22 ranked.
process.env.SITE_DATA_DIR = fileURLToPath(new URL('../../tests/fixtures/generated/', import.meta.url));
type Component = Parameters<AstroContainer['renderToString']>[0];
const KeyFigure = (await import('./KeyFigure.astro')).default as unknown as Component;
const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) => container.renderToString(KeyFigure, { props });
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\u00a0/g, ' ')
    .trim();

describe('<KeyFigure>', () => {
  it('follows an inline count with the noun form that agrees with it', async () => {
    const html = await render({ metric: 'respondents', inline: true, noun: 'громада|громади|громад' });
    expect(html).toContain('<strong class="key-inline" data-key-figure="respondents">274</strong>');
    expect(text(html)).toBe('274 громади');
    expect(text(await render({ metric: 'oblasts_covered', inline: true, noun: 'області|областей' }))).toBe(
      '24 областей',
    );
  });

  it('words the captions of counted cards to agree with the number', async () => {
    expect(text(await render({ metric: 'oblasts_covered' }))).toBe('24регіони (з 27) мають відповіді');
    expect(text(await render({ metric: 'oblasts_ranked' }))).toBe('22області у рейтингу');
  });

  it('refuses a noun on a figure that is not a count, naming the figure', async () => {
    await expect(render({ metric: 'strategy_adopted', inline: true, noun: 'громад' })).rejects.toThrow(
      /metric="strategy_adopted".*fits only a figure that counts/,
    );
  });
});
