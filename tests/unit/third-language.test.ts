// A third language is a catalogue file plus its locale in astro.config.mjs: with a stub
// Polish catalogue (typed `Catalogue`, so the compiler lists whatever it lacks) and the
// locale configured, t(), localized() and the pages' locale paths all carry it.
import { describe, expect, it, vi } from 'vitest';
import { translations, type Catalogue } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { uk } from '../../src/i18n/uk.ts';
import { localePaths } from '../../src/site/locale-paths.ts';

// astro.config.mjs with `locales: ['uk', 'en', 'pl']`.
vi.mock('astro:config/client', () => ({
  i18n: { defaultLocale: 'uk', locales: ['uk', 'en', 'pl'], routing: { prefixDefaultLocale: false } },
}));

/** The stub: English everywhere except the messages below. */
const pl: Catalogue = {
  ...en,
  content: {
    ...en.content,
    fragment: () => 'pusty znacznik <> … </> nie jest tu potrzebny: usuń <> i </>.',
    summary: (problems, files) => `Znaleziono problemów: ${problems} (plików: ${files}).`,
  },
};

describe('a third language', () => {
  const i18n = translations({ uk, en, pl });

  it('is listed after the others, the source language first', () => {
    expect(i18n.langs).toEqual(['uk', 'en', 'pl']);
  });

  it('has its catalogue behind t()', () => {
    expect(i18n.t('pl').content.summary(3, 2)).toBe('Znaleziono problemów: 3 (plików: 2).');
    expect(i18n.t('pl').content.missingFolder('pl')).toBe('the folder for pl texts is missing.');
    expect(i18n.t('uk').content.summary(3, 2)).toMatch(/^Знайдено проблем: 3 \(файлів: 2\)/);
  });

  it('gets its own string in every localized() value', () => {
    expect(i18n.localized((c) => c.content.fragment())).toEqual({
      uk: 'порожній тег <> … </> тут не потрібен: видаліть <> і </>.',
      en: 'an empty tag <> … </> is not needed here: delete <> and </>.',
      pl: 'pusty znacznik <> … </> nie jest tu potrzebny: usuń <> i </>.',
    });
  });

  it('gets its pages: one more locale path, /pl/', () => {
    expect(localePaths()).toEqual([
      { params: { lang: undefined } },
      { params: { lang: 'en' } },
      { params: { lang: 'pl' } },
    ]);
  });
});
