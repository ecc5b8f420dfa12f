import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildMapModel } from './model.ts';
import { missingStyles, categoricalColors, darkClassColors, inkFor } from './palette.ts';
import { readSiteData } from '../data.ts';

const data = readSiteData(fileURLToPath(new URL('../../../tests/fixtures/generated/', import.meta.url)));
const nb = '\u00a0';

describe('buildMapModel', () => {
  it('names the bad id, the file and every valid id when a metric is unknown', () => {
    expect(() =>
      buildMapModel(data, { metric: 'strategy_adoptd', lang: 'uk', source: 'content/uk/index.mdx' }),
    ).toThrow(
      /content\/uk\/index\.mdx: unknown metric id "strategy_adoptd"; valid ids: respondents, strategy_adopted, .*top_priority/,
    );
  });

  it('gives all 27 units, with no-data and insufficient units styled apart from values', () => {
    const model = buildMapModel(data, { metric: 'strategy_adopted', lang: 'uk' });
    expect(model.regions).toHaveLength(27);
    const byIso = new Map(model.regions.map((r) => [r.iso, r]));
    expect(byIso.get('UA-09')).toMatchObject({
      status: 'no_data',
      fill: missingStyles.no_data.fill,
      classKey: 'nodata',
      raw: '',
    });
    expect(byIso.get('UA-21')).toMatchObject({
      status: 'insufficient',
      fill: missingStyles.insufficient.fill,
      classKey: 'insufficient',
      raw: '',
    });
    expect(byIso.get('UA-21')!.label).toBe(
      `Закарпатська область: Недостатньо даних (менше 3 відповідей), 2 респонденти`,
    );
    const keys = model.legend.map((e) => e.key);
    expect(keys.slice(-2)).toEqual(['insufficient', 'nodata']);
  });

  it('classifies every value into the class whose colour it gets, and the class label holds the value shown', () => {
    const model = buildMapModel(data, { metric: 'smart_readiness_index', lang: 'en' });
    const classes = new Map(model.legend.filter((e) => e.kind === 'class').map((e) => [e.key, e]));
    expect(classes.size).toBeGreaterThan(1);
    for (const r of model.regions.filter((r) => r.status === 'ok')) {
      const entry = classes.get(r.classKey)!;
      expect(entry, r.iso).toBeDefined();
      expect(r.fill, r.iso).toBe(entry.fill);
      // Classed as shown: the label is the range "lo–hi" (or one value) that holds the value displayed.
      const [lo, hi = lo] = entry.label.match(/\d+/g)!.map(Number);
      const shown = Math.round(Number(r.raw));
      expect(shown, r.iso).toBeGreaterThanOrEqual(lo!);
      expect(shown, r.iso).toBeLessThanOrEqual(hi!);
    }
  });

  it('writes values, intervals and respondents the Ukrainian way', () => {
    const model = buildMapModel(data, { metric: 'strategy_adopted', lang: 'uk' });
    const vinnytsia = model.regions.find((r) => r.iso === 'UA-05')!;
    const source = data.oblasts.find((o) => o.iso === 'UA-05')!.metrics.strategy_adopted!;
    expect(vinnytsia.valueText).toBe(`${Math.round(Number(source.value) * 100)}${nb}%`);
    expect(vinnytsia.ciText).toMatch(new RegExp(`^\\d+–\\d+${nb}%$`));
    expect(vinnytsia.label).toContain(
      `Вінницька область: ${vinnytsia.valueText} (95${nb}% інтервал ${vinnytsia.ciText}), ${source.n} респондент`,
    );
    expect(model.source).toBe('Джерело: опитування громад Асоціації малих міст України, ілюстративні дані');
    expect(model.national?.valueText).toBe(`34${nb}%`);
  });

  it('computes rounded quantile breaks that leave no empty end class', () => {
    const model = buildMapModel(data, { metric: 'strategy_adopted', lang: 'en' });
    const values = model.regions.filter((r) => r.status === 'ok').map((r) => Number(r.raw));
    for (const b of model.breaks) {
      expect(Math.round(b * 100) / 100).toBe(b);
      expect(values.some((v) => v < b) && values.some((v) => v >= b)).toBe(true);
    }
    expect(model.legend.filter((e) => e.kind === 'class')).toHaveLength(model.breaks.length + 1);
  });

  it('shows a count even below the respondent threshold, since it is exact', () => {
    const model = buildMapModel(data, { metric: 'respondents', lang: 'en' });
    expect(model.regions.find((r) => r.iso === 'UA-21')).toMatchObject({ status: 'ok', raw: '2', valueText: '2' });
    expect(model.regions.find((r) => r.iso === 'UA-09')!.status).toBe('no_data');
  });

  it('maps categories to Okabe–Ito colours with a categorical legend in codebook order', () => {
    const model = buildMapModel(data, { metric: 'top_priority', lang: 'en' });
    expect(model.kind).toBe('categorical');
    const categories = model.legend.filter((e) => e.kind === 'category');
    expect(categories.map((e) => e.label)).toEqual([
      'E-governance',
      'Smart transport',
      'Energy efficiency',
      'Public safety',
      'Education',
      'Utilities',
    ]);
    // The key is the colour's place in the palette (map.css colours k0… by it), each category its own.
    expect(new Set(categories.map((e) => e.key)).size).toBe(categories.length);
    for (const e of categories) expect(e.fill).toBe(categoricalColors[Number(/^k(\d)$/.exec(e.key)![1])]);
    const region = model.regions.find((r) => r.status === 'ok')!;
    expect(region.classKey).toBe(categories.find((e) => e.fill === region.fill)!.key);
    const kyivOblast = model.regions.find((r) => r.iso === 'UA-32')!;
    expect(model.legend.find((e) => e.key === kyivOblast.classKey)!.fill).toBe(kyivOblast.fill);
  });

  it("gives the top direction its share and n, and stripes the units where the runner-up lies inside the winner's interval", () => {
    const model = buildMapModel(data, { metric: 'top_priority', lang: 'uk' });
    const byIso = new Map(model.regions.map((r) => [r.iso, r]));
    // UA-05: e-governance 25 % of 4, transport inside its interval
    const tied = byIso.get('UA-05')!;
    expect(tied.valueText).toMatch(
      /^Електронне врядування — 25\u00a0% \(нарівні з: Розумний транспорт — \d+\u00a0%\)$/,
    );
    // No glyph on the label (downloads' fonts lack "≈"): the stripes and their legend entry say it.
    expect(tied.short).toBe('Вінницька');
    expect(tied.tie).toBe(true);
    expect(tied.ciText).toBe(`5–70${nb}%`);
    expect(tied.label).toContain('4 респонденти');
    // UA-12: no other option chosen — a clear winner, no mark
    const clear = byIso.get('UA-12')!;
    expect(clear.valueText).toBe(`Освіта — 33${nb}%`);
    expect(clear.short).toBe('Дніпропетровська');
    expect(clear.tie).toBe(false);
    expect(model.legend.filter((e) => e.kind === 'tie')).toEqual([
      { key: 'tie', fill: expect.any(String), label: 'Перевага не доведена', kind: 'tie' },
    ]);
    expect(model.nearTieNote).toMatch(
      /^Заштриховані області: частка другого за частотою варіанта потрапляє в 95% інтервал першого/,
    );
    expect(buildMapModel(data, { metric: 'strategy_adopted', lang: 'en' }).nearTieNote).toBeNull();
  });

  it('paints one oblast at 100 % and two at 0 % in two colours, the legend naming both (map-zero-and-hundred)', () => {
    const values: Record<string, number> = { 'UA-05': 1, 'UA-07': 0, 'UA-09': 0 };
    const oblasts = data.oblasts.map((o) =>
      o.iso in values
        ? {
            ...o,
            status: 'ok' as const,
            metrics: { ...o.metrics, strategy_adopted: { value: values[o.iso]!, ci: null, n: 3 } },
          }
        : { ...o, status: 'no_data' as const, metrics: {} },
    );
    for (const lang of ['uk', 'en'] as const) {
      for (const scale of ['shared', 'own'] as const) {
        const model = buildMapModel({ ...data, oblasts }, { metric: 'strategy_adopted', lang, scale });
        const byIso = new Map(model.regions.map((r) => [r.iso, r]));
        expect(byIso.get('UA-05')!.fill).not.toBe(byIso.get('UA-07')!.fill);
        expect(byIso.get('UA-07')!.fill).toBe(byIso.get('UA-09')!.fill);
      }
      const own = buildMapModel({ ...data, oblasts }, { metric: 'strategy_adopted', lang, scale: 'own' });
      const pct = lang === 'uk' ? `${nb}%` : '%';
      expect(own.legend.filter((e) => e.kind === 'class').map((e) => e.label)).toEqual([`0${pct}`, `100${pct}`]);
    }
  });

  it('gives every map of shares one scale, with readable contiguous classes: each starts where the last ended', () => {
    const shares = ['strategy_adopted', 'strategy_any', 'has_cdto', 'need_funding'];
    const models = shares.map((metric) => buildMapModel(data, { metric, lang: 'en' }));
    const legend = (m: (typeof models)[number]) => m.legend.filter((e) => e.kind === 'class');
    for (const m of models) {
      expect(m.breaks, m.metric.id).toEqual(models[0]!.breaks);
      expect(legend(m).map((e) => e.fill)).toEqual(legend(models[0]!).map((e) => e.fill));
      for (const b of m.breaks) expect(Math.round(b * 100) % 5, String(b)).toBe(0);
      const ranges = legend(m).map((e) => e.label.match(/\d+/g)!.map(Number));
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0], m.metric.id).toBe(ranges[i - 1]!.at(-1));
    }
    // The editor may ask for a map's own classes.
    const own = buildMapModel(data, { metric: 'has_cdto', lang: 'en', scale: 'own' });
    expect(own.breaks).not.toEqual(models[0]!.breaks);
  });

  it('has no class swatch when no oblast has a value', () => {
    const oblasts = data.oblasts.map((o) => ({ ...o, status: 'no_data' as const, metrics: {} }));
    const model = buildMapModel({ ...data, oblasts }, { metric: 'strategy_adopted', lang: 'en' });
    expect(model.legend.map((e) => e.key)).toEqual(['nodata']);
  });

  it('gives each unit of a map that dark screens repaint the label ink of its dark-screen colour, and none elsewhere', () => {
    const model = buildMapModel(data, { metric: 'smart_readiness_index', lang: 'uk' });
    expect(model.palette).toMatch(/^seq-\d$/);
    const night = darkClassColors(Number(model.palette!.slice(4)));
    for (const r of model.regions.filter((r) => r.status === 'ok'))
      expect(r.nightInk, r.iso).toBe(inkFor(night[Number(r.classKey.slice(1))]!));
    const categorical = buildMapModel(data, { metric: 'top_priority', lang: 'uk' });
    expect(categorical.palette).toBeNull();
    expect(categorical.regions.filter((r) => r.nightInk !== undefined)).toEqual([]);
  });
});
