// The PNG render cache: an identical render is read back, any input that changes the pixels misses.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedRender, pngCacheKey, type RendererIdentity } from './png-cache.ts';
import { pngSize, renderPng } from './png.ts';

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="6"><rect width="10" height="6" fill="${fill}"/></svg>`;
const identity: RendererIdentity = { renderer: '@resvg/resvg-js@2.6.2', fonts: 'a'.repeat(64) };

describe('pngCacheKey', () => {
  const key = pngCacheKey(svg('#ff0000'), 2, identity);
  it.each([
    ['the SVG', () => pngCacheKey(svg('#ff0001'), 2, identity)],
    ['the scale', () => pngCacheKey(svg('#ff0000'), 1, identity)],
    ['the renderer version', () => pngCacheKey(svg('#ff0000'), 2, { ...identity, renderer: '@resvg/resvg-js@2.6.3' })],
    ['the fonts', () => pngCacheKey(svg('#ff0000'), 2, { ...identity, fonts: 'b'.repeat(64) })],
  ])('changes with %s', (_what, other) => {
    expect(other()).not.toBe(key);
  });

  it('is the same for the same inputs', () => {
    expect(pngCacheKey(svg('#ff0000'), 2, { ...identity })).toBe(key);
  });
});

describe('cachedRender', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const counting = () => {
    const calls: string[] = [];
    const render = (s: string, scale: number) => {
      calls.push(s);
      return renderPng(s, scale);
    };
    return { calls, render };
  };

  it('renders once, then reads the same bytes back; a changed SVG, scale or font renders again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
    dirs.push(dir);
    const { calls, render } = counting();
    const first = cachedRender(svg('#ff0000'), 2, identity, dir, render);
    const again = cachedRender(svg('#ff0000'), 2, identity, dir, render);
    expect(calls).toHaveLength(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(pngSize(again)).toEqual({ width: 20, height: 12 });

    const changed = cachedRender(svg('#00ff00'), 2, identity, dir, render);
    expect(calls).toHaveLength(2);
    expect(Buffer.from(changed).equals(Buffer.from(first))).toBe(false);
    expect(pngSize(cachedRender(svg('#ff0000'), 1, identity, dir, render))).toEqual({ width: 10, height: 6 });
    cachedRender(svg('#ff0000'), 2, { ...identity, fonts: 'c'.repeat(64) }, dir, render);
    expect(calls).toHaveLength(4);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(4);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('still renders when the cache folder cannot be created', () => {
    const parent = mkdtempSync(join(tmpdir(), 'png-cache-'));
    dirs.push(parent);
    const blocker = join(parent, 'file');
    writeFileSync(blocker, '');
    const { calls, render } = counting();
    const png = cachedRender(svg('#ff0000'), 2, identity, join(blocker, 'cache'), render);
    expect(pngSize(png)).toEqual({ width: 20, height: 12 });
    expect(calls).toHaveLength(1);
  });
});
