// The build drops exactly one known upstream warning (see astro.config.mjs) and no other.
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

type Warning = { code?: string; message: string };
const onwarn = config.vite?.build?.rolldownOptions?.onwarn as (w: Warning, warn: (w: Warning) => void) => void;

function passedOn(warning: Warning): Warning[] {
  const shown: Warning[] = [];
  onwarn(warning, (w) => shown.push(w));
  return shown;
}

describe('build warning filter', () => {
  it('drops the MODULE_LEVEL_DIRECTIVE warning for "use astro:head-inject" that every MDX file causes', () => {
    const upstream = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message:
        'The semantics of the module level directive "use astro:head-inject" in "content/en/00-intro.mdx?astroPropagatedAssets" may not be preserved when bundling.',
    };
    expect(passedOn(upstream)).toEqual([]);
  });

  it('passes on every other warning, other directives included', () => {
    const others = [
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js"' },
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' },
      { message: 'something else "use astro:head-inject"' },
    ];
    for (const w of others) expect(passedOn(w)).toEqual([w]);
  });
});
