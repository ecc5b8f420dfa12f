// labels.css gives each unit's label the ink its map's <svg> asks for (label-sets.ts): one
// rule per unit for the defined <text>s, one per unit and ink for the map's classes. This
// keeps the file in step with the registry: a unit added there must get its rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import registry from '../../../data/oblasts.json' with { type: 'json' };
import { labelKey } from './label-sets.ts';

const css = readFileSync(new URL('../../components/map/labels.css', import.meta.url), 'utf8');
const INK = {
  d: ['#1a1a1a', '#ffffff'],
  w: ['#ffffff', '#1a1a1a'],
  p: ['var(--uamap-ink)', 'var(--uamap-surface)'],
} as const;

/** The rules labels.css must carry, in its order, for the registry's units. */
function labelRules(isos: string[]): string {
  const keys = isos.map(labelKey).sort();
  const text = keys.map(
    (k) => `.uamap-t${k} {\n  fill: var(--i${k}, ${INK.d[0]});\n  stroke: var(--h${k}, ${INK.d[1]});\n}`,
  );
  const tone = (prefix: string, indent: string, tones: ('d' | 'w' | 'p')[]) =>
    keys.flatMap((k) =>
      tones.map(
        (t) =>
          `${indent}.uamap-svg.${prefix}${t}${k} {\n${indent}  --i${k}: ${INK[t][0]};\n${indent}  --h${k}: ${INK[t][1]};\n${indent}}`,
      ),
    );
  return [
    ...text,
    ...tone('', '', ['w', 'p']),
    `@media screen and (prefers-color-scheme: dark) {\n${tone('n', '  ', ['d', 'w']).join('\n')}\n}`,
  ].join('\n');
}

describe('labels.css', () => {
  it('has the ink rules of every unit of the registry', () => {
    expect(css).toContain(labelRules(registry.units.map((u) => u.iso)));
  });

  it('names every unit by two digits (the classes and custom properties are built from them)', () => {
    for (const u of registry.units) expect(labelKey(u.iso), u.iso).toMatch(/^\d\d$/);
  });
});
