import { afterAll, describe, expect, it } from 'vitest';
import { discoverPages, missingTwins, pageKind } from '../../../scripts/site-check/pages.ts';
import { fixtureSite } from './fixture-site.ts';

const site = fixtureSite({
  'index.html': '',
  'en/index.html': '',
  'en/embed/map/index.html': '',
  '404.html': '',
  '_astro/a.css': '',
});
afterAll(site.cleanup);

describe('discoverPages', () => {
  it('finds every HTML file and names its route', () => {
    expect(discoverPages(site.dir).map((p) => p.route)).toEqual(['/404.html', '/en/embed/map/', '/en/', '/']);
  });
});

describe('pageKind', () => {
  it('classifies report, embed and other pages', () => {
    expect(['/', '/en/', '/embed/x/', '/en/embed/x/', '/en/methodology/', '/embedded/'].map(pageKind)).toEqual([
      'report',
      'report',
      'embed',
      'embed',
      'other',
      'other',
    ]);
  });

  it('classifies oblast profiles', () => {
    expect(['/oblasts/ua-46/', '/en/oblasts/ua-09/', '/oblasts/', '/oblasts/ua-46/x/'].map(pageKind)).toEqual([
      'profile',
      'profile',
      'other',
      'other',
    ]);
  });
});

describe('missingTwins', () => {
  it('reports pages without their other-language twin', () => {
    expect(missingTwins(['/', '/en/', '/data/', '/en/press/', '/404.html'])).toEqual([
      '/data/ has no twin at /en/data/',
      '/en/press/ has no twin at /press/',
    ]);
  });
});
