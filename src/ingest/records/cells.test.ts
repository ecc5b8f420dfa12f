import { describe, expect, it } from 'vitest';
import { parseChoice, parseDecimal, parseInteger } from './cells.ts';
import { project } from '../../../tests/support/survey.ts';

const q = (id: string) => project.codebook.question.get(id)!;

describe('parseChoice', () => {
  it('accepts codes, uk/en labels and aliases, case-insensitively', () => {
    for (const cell of ['adopted', 'ADOPTED', 'затверджена', 'Adopted', 'прийнята', ' Затверджена ']) {
      expect(parseChoice(cell, q('smart_strategy'))).toEqual({ codes: ['adopted'], error: null, other: [] });
    }
  });

  it('splits multi cells on | and ;, counts duplicates once, returns codebook order', () => {
    expect(parseChoice('Освіта; transport | education|Розумний транспорт', q('priority_areas'))).toEqual({
      codes: ['transport', 'education'],
      error: null,
      other: [],
    });
  });

  it('treats an empty multi cell as missing, not as an empty answer', () => {
    expect(parseChoice(' | ', q('solutions'))).toEqual({ codes: null, error: null, other: [] });
  });

  it('reads booleans in both languages and as 1/0/true/false', () => {
    for (const yes of ['yes', 'Так', 'TRUE', '1']) expect(parseChoice(yes, q('has_cdto')).codes).toEqual(['yes']);
    for (const no of ['no', 'ні', 'false', '0']) expect(parseChoice(no, q('has_cdto')).codes).toEqual(['no']);
  });

  it('names unknown answers and refuses two answers to a single question', () => {
    expect(parseChoice('adopted|teleport', q('smart_strategy')).error?.message.en).toMatch(/unknown answer «teleport»/);
    expect(parseChoice('adopted|none', q('smart_strategy')).error?.message.en).toMatch(/only one answer/);
    expect(parseChoice('можливо', q('has_cdto')).error?.message.uk).toMatch(/так\/ні/);
  });
});

describe('numbers', () => {
  it.each([
    ['12345', 12345],
    ['12 345', 12345],
    ['12\u00a0345', 12345],
    ['12\u202f345', 12345],
    ['12,345', 12345],
    ['1 234 567', 1234567],
    ['-5', -5],
  ])('integer %j → %d', (text, n) => expect(parseInteger(text)).toBe(n));

  it.each(['12.5', '12,34', '1 23', 'abc', '12 345 6', '', '1e5'])('integer %j is rejected', (text) => {
    expect(parseInteger(text)).toBeNaN();
  });

  it.each([
    ['50,45', 50.45],
    ['50.45', 50.45],
    ['-1,5', -1.5],
    ['30', 30],
  ])('decimal %j → %d', (text, n) => expect(parseDecimal(text)).toBe(n));

  it.each([
    '50.45',
    '-44,5001',
    '+0.1',
    '-0.0',
    '007.25',
    '1234567890.12345',
    '12345678901234567.5',
    '0.30000000000000004',
  ])('decimal %j is the number JavaScript reads from it', (text) =>
    expect(Object.is(parseDecimal(text), Number(text.replace(',', '.')))).toBe(true),
  );
  it.each(['50,45,1', '50.4.5', 'N50', '1 000,5'])('decimal %j is rejected', (text) =>
    expect(parseDecimal(text)).toBeNaN(),
  );
});

describe("parseChoice in the survey tools' multi-answer forms", () => {
  const codes = (cell: string, id = 'priority_areas') => parseChoice(cell, q(id)).codes;

  it('reads ", "-joined labels (Google Forms), also when a label holds a comma', () => {
    expect(codes('Освіта, Розумний транспорт, Туризм')).toEqual(['transport', 'education', 'tourism']);
    expect(codes('Education, Smart transport')).toEqual(['transport', 'education']);
  });

  it('reads decomposed Unicode (й as и + U+0306) as the same answer, never as "other"', () => {
    const nfd = 'Розумний транспорт'.normalize('NFD');
    expect(nfd).not.toBe('Розумний транспорт');
    expect(codes(nfd)).toEqual(['transport']);
    expect(codes(`Освіта, ${nfd}`)).toEqual(['transport', 'education']);
  });

  it('reads ";"-joined labels with a trailing ";" (Microsoft Forms)', () => {
    expect(codes('Освіта;Туризм;')).toEqual(['education', 'tourism']);
  });

  it('reads space-separated choice names (KoboToolbox)', () => {
    expect(codes('e_governance transport')).toEqual(['e_governance', 'transport']);
  });

  it('counts free text as "other" where the question allows it, keeping the text verbatim', () => {
    expect(parseChoice('Освіта, Велодоріжки, парковки', q('priority_areas'))).toEqual({
      codes: ['education', 'other'],
      error: null,
      other: ['Велодоріжки, парковки'],
    });
    expect(parseChoice('Інше', q('priority_areas'))).toEqual({ codes: ['other'], error: null, other: [] });
  });

  it('refuses unknown text without "other", suggesting the closest option and listing labels, not codes', () => {
    const r = parseChoice('Розробляеться', q('smart_strategy'));
    expect(r.codes).toBeNull();
    expect(r.error?.code).toBe('unknown_answer');
    expect(r.error?.message.uk).toContain('(можливо, «розробляється»?)');
    expect(r.error?.message.uk).toContain('«затверджена», «розробляється», «планується», «відсутня»');
    expect(r.error?.message.en).toContain('(did you mean "In progress"?)');
    expect(r.error?.message.en).not.toContain('in_progress');
  });
});
