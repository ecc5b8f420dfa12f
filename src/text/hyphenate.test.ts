import { describe, expect, it } from 'vitest';
import { hyphenate } from './hyphenate.ts';

/** Soft hyphens shown as "·" so expectations are readable. */
const show = (s: string) => s.replace(/\u00ad/g, '·');

describe('hyphenate', () => {
  it('puts soft hyphens into long Ukrainian words by the Ukrainian patterns', () => {
    expect(show(hyphenate('територіальних', 'uk'))).toBe('те·ри·то·рі·аль·них');
    expect(show(hyphenate('Дніпропетровська область', 'uk'))).toBe('Дні·про·пе·тров·ська область');
    expect(hyphenate('територіальних', 'uk').replace(/\u00ad/g, '')).toBe('територіальних');
  });

  it('puts soft hyphens into long English words by the US English patterns', () => {
    expect(show(hyphenate('communities lack infrastructure', 'en'))).toBe('com·mu·ni·ties lack in·fra·struc·ture');
    expect(show(hyphenate('statistically indistinguishable', 'en'))).toBe('sta·tis·ti·cal·ly in·dis·tin·guish·able');
  });

  it('leaves words shorter than ten letters whole', () => {
    expect(hyphenate('громади області', 'uk')).toBe('громади області');
    expect(hyphenate('community', 'en')).toBe('community');
  });

  it('never breaks at an apostrophe', () => {
    const word = show(hyphenate("об'єднаних", 'uk'));
    expect(word.replace(/·/g, '')).toBe("об'єднаних");
    expect(word).not.toMatch(/'·|·'/);
    expect(show(hyphenate('обʼєднаних громад', 'uk'))).not.toMatch(/ʼ·|·ʼ/);
  });

  it('hyphenates each part of a hyphenated compound on its own, keeping the hard hyphen', () => {
    expect(show(hyphenate('громад-респондентів', 'uk'))).toBe('громад-ре·спон·ден·тів');
  });

  it('leaves URLs, e-mail addresses, file names, codes and numbers untouched', () => {
    for (const text of [
      'https://www.example.org/communities/infrastructure',
      'www.communities-infrastructure.org',
      'press-communications@association.org.ua',
      'national.json',
      'smart_readiness_index',
      'UA46Дніпропетровська',
      '10 000–49 999',
    ]) {
      expect(hyphenate(`Дивіться ${text}`, 'uk')).toBe(`Дивіться ${text}`);
    }
  });

  it('leaves HTML character references alone and is idempotent', () => {
    expect(show(hyphenate('Енергоефективність&nbsp;&amp;&#39;', 'uk'))).toBe('Енер·го·ефе·ктив·ність&nbsp;&amp;&#39;');
    const once = hyphenate('Енергоефективність територіальних громад', 'uk');
    expect(hyphenate(once, 'uk')).toBe(once);
  });
});
