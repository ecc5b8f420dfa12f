// Astro inlines into its actions runtime the value of every environment variable whose name
// occurs in that module's source, and `_` (the shell's last command) occurs in all of them:
// `time astro build` after `astro build` changed every page's dependency hash and the
// incremental build rendered all 149 pages again. The config drops `_` before Astro reads it.
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('astro.config.mjs environment', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('drops `_` (e.g. "/usr/bin/time") so it never reaches the bundle', async () => {
    vi.stubEnv('_', '/usr/bin/time');
    vi.resetModules();
    await import('../../astro.config.mjs');
    expect(process.env._).toBeUndefined();
  });
});
