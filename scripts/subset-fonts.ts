// Builds the fonts the PNG and social-card renders use (src/site/embed/fonts/) from the Noto
// Sans TTFs of @expo-google-fonts/noto-sans, cut down to the scripts the report prints.
//
// Why: resvg-js reads a font file again, whole, for every run of glyphs it lays out (it keeps
// only the path: thx/resvg-js#367). With the full 630 KB files that was ~45,000 reads of
// ~30 GB per build, a third of the cold build's CPU. The cut files are ~115 KB and draw the
// same pixels (all name records and layout features kept; tests/unit/embed/png-fonts.test.ts
// compares renders with the full fonts, glyphs.test.ts checks every string the images print).
//
//   npx node scripts/subset-fonts.ts
//
// subset-font (harfbuzz's hb-subset as WebAssembly) is installed on demand into a temporary
// directory, never into the project. The output is committed; re-run after a font update or
// to add a Unicode block (then commit the new files: PNG cache keys follow their bytes).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FONT_WEIGHTS, pngFontFile, pngFontDir } from '../src/site/embed/fonts.ts';

const PACKAGE = 'subset-font@2.9.0';

/** Unicode blocks kept: Latin (English, transliterated names), Cyrillic, punctuation, signs. */
const BLOCKS: [number, number][] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A
  [0x0400, 0x04ff], // Cyrillic
  [0x2000, 0x206f], // General Punctuation (dashes, quotes, no-break and thin spaces)
  [0x20a0, 0x20cf], // Currency Symbols (₴)
  [0x2100, 0x214f], // Letterlike Symbols (№)
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical Operators (−, ≤, ≥)
  [0x25a0, 0x25ff], // Geometric Shapes (▲, ▼, ●)
];

type SubsetFont = (
  font: Buffer,
  text: string,
  options: { targetFormat: 'truetype'; preserveNameIds: number[] },
) => Promise<Buffer>;

async function loadSubsetFont(): Promise<{ subsetFont: SubsetFont; cleanup: () => void }> {
  const tmp = mkdtempSync(join(tmpdir(), 'subset-font-'));
  execFileSync('npm', ['install', '--prefix', tmp, '--no-save', '--no-audit', '--no-fund', '--silent', PACKAGE], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const entry = createRequire(join(tmp, 'package.json')).resolve('subset-font');
  const mod = (await import(pathToFileURL(entry).href)) as { default: SubsetFont };
  return { subsetFont: mod.default, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

const root = resolve(import.meta.dirname, '..');
const noto = createRequire(join(root, 'package.json'));
const text = BLOCKS.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
).join('');
const { subsetFont, cleanup } = await loadSubsetFont();
try {
  mkdirSync(pngFontDir(root), { recursive: true });
  for (const weight of FONT_WEIGHTS) {
    const source = noto.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);
    // Every name record is kept: resvg matches font-weight 600 to the SemiBold file by its
    // typographic family (name ID 16), which hb-subset drops by default — 600 then drew Bold.
    const out = await subsetFont(readFileSync(source), text, {
      targetFormat: 'truetype',
      preserveNameIds: Array.from({ length: 26 }, (_, i) => i),
    });
    writeFileSync(pngFontFile(root, weight), out);
    console.log(`${pngFontFile(root, weight)}: ${readFileSync(source).length} → ${out.length} bytes`);
  }
  copyFileSync(noto.resolve('@expo-google-fonts/noto-sans/LICENSE_FONT'), join(pngFontDir(root), 'OFL.txt'));
} finally {
  cleanup();
}
