// The oblast column through the real pipeline: codes, centres and unreadable cells.
import { describe, expect, it } from 'vitest';
import { createOblastMatcher } from '../oblast/normalize.ts';
import { runPipeline } from '../pipeline.ts';
import { project } from '../../../tests/support/survey.ts';

const HEADER = 'respondent_id,community,oblast,smart_strategy,priority_areas';
const csv = (oblasts: string[]) =>
  [HEADER, ...oblasts.map((o, i) => `R${i},Громада ${i},"${o.replaceAll('"', '""')}",adopted,transport`)].join('\n');
const run = (oblasts: string[], matcher = createOblastMatcher(project.units)) => ({
  matcher,
  result: runPipeline(new TextEncoder().encode(csv(oblasts)), 'data/x.csv', { ...project, oblasts: matcher }),
});

describe('the oblast column', () => {
  it('reads codes, Russian names and decomposed Unicode as their units', () => {
    const cells = [
      'UA80',
      'UA7402003',
      '500000000',
      'ВІННИЦЬКА ОБЛАСТЬ/М.ВІННИЦЯ',
      'АР Крым',
      'Київська область'.normalize('NFD'),
    ];
    const { result } = run(cells);
    expect(result.ok).toBe(true);
    expect(result.records.map((r) => r.oblast)).toEqual(['UA-30', 'UA-74', 'UA-05', 'UA-05', 'UA-43', 'UA-32']);
  });

  it('keeps a row that names a centre, with one notice per spelling', () => {
    const { result } = run(['Дніпро', 'Дніпро', 'Kropyvnytskyi']);
    expect(result).toMatchObject({ ok: true, rowsValid: 3, rowsRejected: 0 });
    expect(result.records.map((r) => r.oblast)).toEqual(['UA-12', 'UA-12', 'UA-35']);
    const notices = result.problems.filter((p) => p.severity === 'notice' && p.column === 'oblast');
    expect(notices.map((p) => [p.row, p.value])).toEqual([
      [2, 'Дніпро'],
      [4, 'Kropyvnytskyi'],
    ]);
    expect(notices[0]!.code).toBe('oblast_centre');
    expect(notices[0]!.message.uk).toMatch(
      /^«Дніпро» — адміністративний центр; зараховано до «Дніпропетровська область»/,
    );
  });

  it('rejects a code no unit has, naming it as written', () => {
    const { result } = run(['UA-80 ']);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        row: 2,
        column: 'oblast',
        value: 'UA-80',
        code: 'unknown_oblast',
        message: expect.objectContaining({ uk: expect.stringMatching(/^жодна область не має коду «UA-80»/) }),
      }),
    );
  });

  it.each([16_000, 1_000_000])('answers a %i-character bad cell without any edit distance', (n) => {
    const { result, matcher } = run(['Київська'.repeat(n / 8)]);
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.column === 'oblast')!;
    expect(problem.message.uk).toContain(`значення завдовжки ${n.toLocaleString('uk-UA')} символів`);
    // The problem quotes the start of the cell, not all of it.
    expect(problem.value!.length).toBeLessThan(100);
    expect(matcher.stats.distanceComputations).toBe(0);
  });
});
