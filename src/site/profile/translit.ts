// Community names in Latin letters for the English pages: Ukraine's official national
// transliteration (Cabinet of Ministers resolution No. 55 of 27 January 2010), as the
// maintained library cyrillic-to-translit-js implements it (preset 'uk'); checked against
// the resolution's own examples in translit.test.ts. Names are transliterated here, in the
// site, not by the ingest: the published set keeps every name as the export spells it
// (the one fact), and a Latin spelling is how one language shows it, like a label.
import CyrillicToTranslit from 'cyrillic-to-translit-js';

const uk = CyrillicToTranslit({ preset: 'uk' });

/**
 * A Ukrainian name in Latin letters by KMU resolution No. 55: Є Ї Й Ю Я become Ye Yi Y Yu Ya
 * at the start of a word and ie i i iu ia elsewhere, «зг» becomes "zgh", apostrophes (' ’ ʼ)
 * are dropped. Text already in Latin letters passes through.
 */
export function latinName(name: string): string {
  // The library drops only the ASCII apostrophe; exports also use ’ and ʼ.
  return uk.transform(name.replace(/[’ʼ`‘]/g, "'"));
}
