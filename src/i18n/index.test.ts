import { i18n } from 'astro:config/client';
import { describe, expect, it } from 'vitest';
import { langs, localized, t } from './index.ts';

describe('the site’s languages', () => {
  it('are the locales of astro.config.mjs, each with a catalogue, Ukrainian first', () => {
    expect(langs).toEqual(i18n?.locales);
    expect(langs[0]).toBe(i18n?.defaultLocale);
  });

  it('give each message in every language', () => {
    expect(localized((c) => c.content.emptyField('title'))).toEqual({
      uk: 'поле «title» порожнє — впишіть значення.',
      en: 'the field "title" is empty — write a value.',
    });
    expect(t('en').content.allFine(1)).toBe('Content OK: 1 MDX file checked.');
    expect(t('uk').content.allFine(3)).toBe('Тексти в порядку: перевірено 3 файли MDX.');
  });
});
