import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readSiteData } from '../site/data.ts';

// Components read the published set from Astro.locals.site: the tests pass the fixture's.
// The fixture's national.json: 274 respondents, 24 oblasts covered, 22 ranked.
const site = readSiteData(fileURLToPath(new URL('../../tests/fixtures/generated/', import.meta.url)));
type Component = Parameters<AstroContainer['renderToString']>[0];
const KeyFigure = (await import('./KeyFigure.astro')).default as unknown as Component;
const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) => container.renderToString(KeyFigure, { props, locals: { site } });
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

describe('<KeyFigure> findings', () => {
  it('names the leading group when no interval clears the rest, the tie said once, on the card', async () => {
    // fixture: 8 oblasts could be first (national.leaders)
    const card = text(await render({ metric: 'leader' }));
    expect(card).toMatch(/^Харківська, Івано-Франківська, Одеська та ще 5 областей/);
    expect(card).toContain('різниця між ними в межах похибки');
    // inside a sentence the names only: the tie is the title's to say
    expect(text(await render({ metric: 'leader', inline: true }))).toMatch(/та ще 5 областей$/);
  });

  it('gives a share its 95 % interval and n on the card, and inline when asked', async () => {
    const card = text(await render({ metric: 'strategy_adopted' }));
    expect(card).toMatch(/95 % інтервал \d+–\d+ % · n = 274/);
    expect(text(await render({ metric: 'strategy_adopted', inline: true, interval: true }))).toMatch(
      /^\d+ % \(\d+–\d+ %\)$/,
    );
  });

  it('states the top option of a question with share, interval and n, never a typed number', async () => {
    // fixture: four needs lead together (national.questions.needs.top)
    const card = text(await render({ question: 'needs' }));
    expect(card).toMatch(/^Партнери, кращі практики, нормативна база та ще 1/);
    expect(card).toContain('найчастіше бракує');
    expect(card).toContain('27 % (22–33 %) / 24 % (20–30 %) / 22 % (17–27 %) · n = 274');
    expect(card).toContain('різниця між ними в межах похибки');
    expect(text(await render({ question: 'needs', inline: true }))).toBe(
      'партнери — 27 % (22–33 %); кращі практики — 24 % (20–30 %); нормативна база — 22 % (17–27 %) та ще 1',
    );
  });

  it('refuses both or neither of metric and question', async () => {
    await expect(render({})).rejects.toThrow(/metric="…" or question="…"/);
    await expect(render({ metric: 'leader', question: 'needs' })).rejects.toThrow(/one of them/);
  });
});
