// The two classic embed scripts are bundled again only when a file esbuild read for them (or
// tsconfig.json) changed; otherwise the kept bundle is used.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleResizer } from './bundle.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bundle-cache-'));
  mkdirSync(join(root, 'src/scripts'), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'tsconfig.json'), '{}\n');
  writeFileSync(join(root, 'src/scripts/part.ts'), 'export const word = "first";\n');
  writeFileSync(join(root, 'src/scripts/embed-resize.ts'), 'import { word } from "./part.ts";\nconsole.log(word);\n');
  vi.stubEnv('PROJECT_ROOT', root);
  vi.stubEnv('BUILD_CACHE_DIR', join(root, 'cache'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

/** Replaces the kept bundle's code, to tell a kept bundle from a new one. */
function markKept(): void {
  const dir = join(root, 'cache/embed-scripts');
  const [name] = readdirSync(dir);
  const kept = JSON.parse(readFileSync(join(dir, name!), 'utf8')) as { code: string };
  writeFileSync(join(dir, name!), JSON.stringify({ ...kept, code: 'KEPT' }));
}

describe('bundleClassic (through bundleResizer)', () => {
  it('keeps the bundle while nothing it read changed', async () => {
    expect(await bundleResizer()).toContain('"first"');
    markKept();
    expect(await bundleResizer()).toBe('KEPT');
  });

  it('bundles again when an imported file changes', async () => {
    await bundleResizer();
    markKept();
    writeFileSync(join(root, 'src/scripts/part.ts'), 'export const word = "second";\n');
    expect(await bundleResizer()).toContain('"second"');
  });

  it('bundles again when tsconfig.json changes', async () => {
    await bundleResizer();
    markKept();
    writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": {} }\n');
    expect(await bundleResizer()).toContain('"first"');
  });
});
