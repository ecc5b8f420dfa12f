// The oblast profiles in the built site: 27 units × 2 languages from one route, the old
// /communities/ addresses redirecting to them, their downloads, and a profile lighter than
// the report it comes from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/site-check/budgets.ts';
import { isRedirectPage, listFiles } from '../../scripts/site-check/pages.ts';
import { projectRoot } from '../e2e/build-site.ts';
import { builtSites } from './site.ts';

const [site] = builtSites();
const registry = JSON.parse(readFileSync(join(projectRoot, 'data', 'oblasts.json'), 'utf8')) as {
  units: { iso: string }[];
};
const slugs = registry.units.map((u) => u.iso.toLowerCase());
const routes = slugs.flatMap((s) => [`/oblasts/${s}/`, `/en/oblasts/${s}/`]);

describe('oblast profiles', () => {
  it('builds 54 profile pages: every unit in both languages', () => {
    const profiles = site.pages.map((p) => p.route).filter((r) => /^\/(en\/)?oblasts\//.test(r));
    expect(profiles.sort()).toEqual([...routes].sort());
    expect(profiles).toHaveLength(54);
  });

  it('redirects every old /communities/ua-XX/ address, in both languages, with a canonical link to the profile', () => {
    const dist = site.layout.distDir;
    for (const slug of slugs)
      for (const prefix of ['', '/en']) {
        const file = join(dist, `${prefix}/communities/${slug}/index.html`);
        expect(existsSync(file), file).toBe(true);
        expect(isRedirectPage(file)).toBe(true);
        const html = readFileSync(file, 'utf8');
        expect(html).toContain(`content="0;url=${prefix}/oblasts/${slug}/"`);
        expect(html).toContain(`<link rel="canonical" href="${site.layout.siteOrigin}${prefix}/oblasts/${slug}/">`);
      }
    const redirects = listFiles(dist).filter((f) => f.endsWith('.html') && isRedirectPage(f));
    expect(redirects).toHaveLength(54);
  });

  it('offers each oblast’s CSV and JSON and a social card per language', () => {
    const dist = site.layout.distDir;
    for (const slug of slugs) {
      expect(readFileSync(join(dist, `data/oblasts/${slug}.csv`), 'utf8')).toMatch(/^\uFEFFdata_notice,iso,/);
      const json = JSON.parse(readFileSync(join(dist, `data/oblasts/${slug}.json`), 'utf8'));
      expect(json.data.iso).toBe(slug.toUpperCase());
      for (const lang of ['uk', 'en']) expect(existsSync(join(dist, `og/oblast-${slug}-${lang}.png`))).toBe(true);
    }
    const lviv = site.pages.find((p) => p.route === '/en/oblasts/ua-46/')!.html;
    expect(lviv).toContain(
      '<meta property="og:image" content="https://smart-survey.example.org/og/oblast-ua-46-en.png">',
    );
  });

  it('weighs less than the report page in each language', () => {
    const weight = (route: string) =>
      pageWeight(site.layout, route, site.pages.find((p) => p.route === route)!.html).total;
    for (const prefix of ['', '/en']) {
      const report = weight(`${prefix}/`);
      for (const slug of slugs) expect(weight(`${prefix}/oblasts/${slug}/`), slug).toBeLessThan(report);
    }
  });
});
