// Nothing the team or editors run reports to Astro or asks the npm registry for a newer
// Astro: every package script that starts the astro CLI turns off its telemetry (and the dev
// server its update check, which also prints an English notice to editors).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const astro = Object.entries(scripts).filter(([, command]) => /(^|[\s&;])astro\s/.test(command));

describe('package scripts that run astro', () => {
  it('are found (build, dev, preview, typecheck)', () => {
    expect(astro.map(([name]) => name).sort()).toEqual(['build', 'dev', 'preview', 'typecheck']);
  });

  it.each(astro)('%s turns off telemetry before astro starts', (_, command) => {
    const before = command.slice(0, command.search(/(^|[\s&;])astro\s/) + 1);
    expect(before).toMatch(/ASTRO_TELEMETRY_DISABLED=1/);
  });

  it("edit (the editors' preview, through astro's API) turns off telemetry too", () => {
    expect(scripts.edit).toMatch(/ASTRO_TELEMETRY_DISABLED=1 node scripts\/edit\.ts/);
  });

  it('dev turns off the update check', () => {
    expect(scripts.dev).toMatch(/ASTRO_DISABLE_UPDATE_CHECK=true[^]*astro dev/);
  });
});
