// Where the fonts of the PNG and social-card renders live: Noto Sans (OFL-1.1) in three
// weights, cut down to Latin, Cyrillic and common signs by scripts/subset-fonts.ts and
// committed beside this file (resvg reads a font file again for every run of glyphs, so the
// smaller the file the cheaper each render; see that script).
import { join } from 'node:path';

/** The weights the images use, named as @expo-google-fonts/noto-sans names its folders. */
export const FONT_WEIGHTS = ['400Regular', '600SemiBold', '700Bold'] as const;
type FontWeight = (typeof FONT_WEIGHTS)[number];

/** The folder of the cut fonts in the project at `root`. */
export const pngFontDir = (root: string): string => join(root, 'src/site/embed/fonts');

/** The cut font file of `weight` in the project at `root`. */
export const pngFontFile = (root: string, weight: FontWeight): string =>
  join(pngFontDir(root), `NotoSans_${weight}.subset.ttf`);
