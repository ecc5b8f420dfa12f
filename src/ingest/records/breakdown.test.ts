import { describe, expect, it } from 'vitest';
import { breakdownGroup } from './breakdown.ts';
import { project } from '../../../tests/support/survey.ts';

const defs = project.codebook.codebook.breakdowns;
const type = defs.find((d) => d.id === 'community_type')!;
const size = defs.find((d) => d.id === 'population_class')!;
const subject = (community: string, typeCell: string | null = null, population: number | null = null) => ({
  community,
  type: typeCell,
  population,
});

describe('breakdownGroup', () => {
  it('reads the community type from the name, as a whole word', () => {
    expect(breakdownGroup(type, subject('Кременецька міська громада'))).toBe('city');
    expect(breakdownGroup(type, subject('Затурцівська сільська громада'))).toBe('village');
    expect(breakdownGroup(type, subject('Брусилівська селищна громада'))).toBe('settlement');
    expect(breakdownGroup(type, subject('СЕЛИЩНА громада Нова'))).toBe('settlement');
    // "Смілянська" contains no type word; "Міськівська" is not "міська"
    expect(breakdownGroup(type, subject('Міськівська громада'))).toBeNull();
  });

  it('a type cell decides when the export has one, whatever the name says', () => {
    expect(breakdownGroup(type, subject('Кременецька міська громада', 'сільська'))).toBe('village');
    expect(breakdownGroup(type, subject('Громада 7', 'City'))).toBe('city');
    expect(breakdownGroup(type, subject('Кременецька міська громада', 'хутір'))).toBeNull();
    expect(breakdownGroup(type, subject('Кременецька міська громада', '  '))).toBe('city');
  });

  it('puts populations in the declared bands, bounds inclusive; no population, no band', () => {
    expect(breakdownGroup(size, subject('x', null, 9999))).toBe('small');
    expect(breakdownGroup(size, subject('x', null, 10000))).toBe('medium');
    expect(breakdownGroup(size, subject('x', null, 49999))).toBe('medium');
    expect(breakdownGroup(size, subject('x', null, 50000))).toBe('large');
    expect(breakdownGroup(size, subject('x', null, null))).toBeNull();
  });
});
