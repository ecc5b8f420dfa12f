import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, configuredSite } from './origin.ts';

describe('configuredSite', () => {
  it('is null on the placeholder and the site otherwise', () => {
    expect(configuredSite(new URL(PLACEHOLDER_SITE + '/reports/'))).toBeNull();
    expect(configuredSite(undefined)).toBeNull();
    expect(configuredSite(new URL('https://report.amu.org.ua/'))?.origin).toBe('https://report.amu.org.ua');
  });

  it('knows the placeholder astro.config.mjs uses', () => {
    const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
    expect(config).toContain(`'${PLACEHOLDER_SITE}'`);
  });
});
