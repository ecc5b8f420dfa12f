// The build's byte-budget gate: a page over budget makes `npm run build` fail, naming it.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSite, page } from '../unit/quality/fixture-site.ts';

// Random text does not compress: 200 KB of it is over the 120 KB report budget in gzip too.
const site = fixtureSite({
  'index.html': page(`<p>${randomBytes(150 * 1024).toString('base64')}</p>`),
  'en/index.html': page('<p>small</p>'),
});
const small = fixtureSite({ 'index.html': page('<p>small</p>') });
afterAll(() => {
  site.cleanup();
  small.cleanup();
});

const check = (dir: string) =>
  spawnSync(process.execPath, ['scripts/check-budgets.ts', dir], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '' },
  });

describe('scripts/check-budgets.ts', () => {
  it('fails when a page is over its budget, naming the page in Ukrainian and English', () => {
    const r = check(site.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/перевищують бюджет/);
    expect(r.stderr).toMatch(/ \/: [\d.]+ KB total exceeds the report budget/);
    expect(r.stderr).not.toMatch(/\/en\//);
  });

  it('passes a site within budget', () => {
    expect(check(small.dir).status).toBe(0);
  });

  it('is part of npm run build', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(pkg.scripts.build).toMatch(/astro build && node scripts\/check-budgets\.ts/);
  });
});
