import { describe, expect, it } from 'vitest';
import { choiceMask, choiceParser, parseChoice, parseDecimal, parseInteger } from './cells.ts';
import { project } from './testing.ts';

const q = (id: string) => project.codebook.question.get(id)!;

describe('parseChoice', () => {
  it('accepts codes, uk/en labels and aliases, case-insensitively', () => {
    for (const cell of ['adopted', 'ADOPTED', 'затверджена', 'Adopted', 'прийнята', ' Затверджена ']) {
      expect(parseChoice(cell, q('smart_strategy'))).toEqual({ codes: ['adopted'], error: null });
    }
  });

  it('splits multi cells on | and ;, counts duplicates once, returns codebook order', () => {
    expect(parseChoice('Освіта; transport | education|Розумний транспорт', q('priority_areas'))).toEqual({
      codes: ['transport', 'education'],
      error: null,
    });
  });

  it('treats an empty multi cell as missing, not as an empty answer', () => {
    expect(parseChoice(' | ', q('solutions'))).toEqual({ codes: null, error: null });
  });

  it('reads booleans in both languages and as 1/0/true/false', () => {
    for (const yes of ['yes', 'Так', 'TRUE', '1']) expect(parseChoice(yes, q('has_cdto')).codes).toEqual(['yes']);
    for (const no of ['no', 'ні', 'false', '0']) expect(parseChoice(no, q('has_cdto')).codes).toEqual(['no']);
  });

  it('names unknown answers and refuses two answers to a single question', () => {
    expect(parseChoice('transport|teleport', q('priority_areas')).error).toMatch(/unknown answer "teleport"/);
    expect(parseChoice('adopted|none', q('smart_strategy')).error).toMatch(/only one answer/);
    expect(parseChoice('можливо', q('has_cdto')).error).toMatch(/yes\/no/);
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

describe('choiceMask', () => {
  const bits = (id: string, codes: string[]) => codes.reduce((m, c) => m | (1 << q(id).order.get(c)!), 0);

  it('names the same options as choiceParser for the usual cells', () => {
    const multi = choiceMask(q('priority_areas'));
    const full = choiceParser(q('priority_areas'));
    for (const cell of ['transport', 'Освіта; transport | education|Розумний транспорт', ' EDUCATION ;transport']) {
      expect(multi(cell)).toBe(bits('priority_areas', full(cell.trim()).codes!));
    }
    expect(choiceMask(q('smart_strategy'))('Затверджена')).toBe(bits('smart_strategy', ['adopted']));
  });

  it('reads verbatim spellings in place exactly as the normalising lookup does', () => {
    for (const cq of project.codebook.questions.filter((x) => x.question.type === 'multi')) {
      const mask = choiceMask(cq);
      const full = choiceParser(cq);
      const spellings = cq.question.options.flatMap((o) => [o.code, o.label.uk, o.label.en, ...(o.aliases ?? [])]);
      for (let i = 0; i < spellings.length; i++) {
        const cell = `${spellings[i]}|${spellings[(i * 7 + 3) % spellings.length]};${spellings[(i * 5 + 1) % spellings.length]}`;
        expect(mask(cell)).toBe(bits(cq.question.id, full(cell).codes!));
        expect(mask(spellings[i]!)).toBe(bits(cq.question.id, full(spellings[i]!).codes!));
        // a verbatim spelling followed by more text is a different word
        expect(mask(`${spellings[i]}x`)).toBe(-1);
      }
    }
  });

  it('gives -1 for what needs a full reading: blank parts, unknown text, a list for a single question', () => {
    const multi = choiceMask(q('priority_areas'));
    expect(multi('transport||education')).toBe(-1);
    expect(multi('transport;')).toBe(-1);
    expect(multi('transport|teleportation')).toBe(-1);
    expect(multi('')).toBe(-1);
    expect(choiceMask(q('smart_strategy'))('adopted|adopted')).toBe(-1);
  });
});
