import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contactReachable, contactView, datasetWarnings } from './contact.ts';
import { quotableSummary, reportAnswers } from './answers.ts';
import { readSiteData } from './data.ts';

const site = readSiteData(fileURLToPath(new URL('../../tests/fixtures/generated/', import.meta.url)));
const name = { uk: 'Асоціація малих міст України', en: 'Association of Small Cities of Ukraine' };

describe('contact', () => {
  it('shows what is set, with a dialable phone link, and nothing for an unnamed contact', () => {
    const view = contactView(
      { contact: { name, email: 'press@example.org', phone: '+380 (44) 123-45-67', url: 'https://example.org/' } },
      'en',
    );
    expect(view).toEqual({
      name: 'Association of Small Cities of Ukraine',
      email: 'press@example.org',
      phone: { text: '+380 (44) 123-45-67', href: 'tel:+380441234567' },
      url: { text: 'example.org', href: 'https://example.org/' },
    });
    expect(contactView({ contact: null }, 'uk')).toBeNull();
  });

  it('warns, Ukrainian first, while nobody can be reached', () => {
    const empty = { contact: { name, email: null, phone: null, url: null } };
    expect(contactReachable(empty)).toBe(false);
    const warnings = datasetWarnings(empty);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^data\/dataset\.json: у contact не вказано .* \/ data\/dataset\.json: contact has no/);
    const set = {
      contact: { name, phone: '+380 44 123 45 67' },
    };
    expect(datasetWarnings(set)).toEqual([]);
  });
});

describe('quotable summary', () => {
  it('gives who answered and the four answers, each sentence with a figure and where it comes from', () => {
    for (const lang of ['uk', 'en'] as const) {
      const sentences = quotableSummary(site, reportAnswers, lang);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(sentences.length).toBeLessThanOrEqual(5);
      for (const s of sentences) {
        expect(s.text, s.text).toMatch(/\d/);
        expect(s.text, s.text).toMatch(/\.$/);
        expect(s.text, s.text).not.toMatch(/[{}|]/);
      }
      expect(sentences.map((s) => s.source)).toEqual([
        'respondents, oblasts_covered, metrics.coverage',
        'metrics.strategy_adopted',
        'metrics.smart_readiness_index',
        'questions.needs',
        'questions.priority_areas',
      ]);
    }
    const [sample, strategy] = quotableSummary(site, reportAnswers, 'uk');
    expect(strategy!.text).toMatch(/^.+ \(\d+\s%, 95\s%\sінтервал \d+–\d+\s%\)\.$/);
    expect(sample!.text).toContain(`відповіли ${site.national.respondents}\u00a0`);
  });
});
