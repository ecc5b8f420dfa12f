// More tools' exports, detected and named (issue #23). Fixtures: tests/fixtures/tools/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../../../tests/support/survey.ts';
import { runPipeline } from '../pipeline.ts';

const run = (name: string) =>
  runPipeline(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'tools', name)), name, project);

describe('ODK Central CSV', () => {
  it('reads "-"-joined group paths and the split geopoint, and names the tool', () => {
    const r = run('odk-central.csv');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.message.en}`)).toEqual([]);
    expect(r.shape).toBe('odk-central');
    const target = (h: string) => r.columns.find((c) => c.header === h)!.target;
    expect(target('grp_general-oblast')).toEqual({ kind: 'field', id: 'oblast' });
    expect(target('grp_general-location-Latitude')).toEqual({ kind: 'field', id: 'lat' });
    expect(target('grp_general-location-Altitude')).toEqual({ kind: 'ignored', why: 'meta' });
    expect(target('SubmitterName')).toEqual({ kind: 'ignored', why: 'personal' });
    expect(target('KEY')).toEqual({ kind: 'tool_id' });
    // By hand: three communities, two with coordinates.
    expect(r).toMatchObject({ ok: true, rowsRead: 3, rowsValid: 3 });
    expect(r.records.map((x) => [x.respondent_id, x.oblast, x.lat, x.answers.priority_areas])).toEqual([
      ['uuid:1a', 'UA-32', 50.55, ['e_governance', 'transport']],
      ['uuid:2b', 'UA-32', 50.52, ['education', 'other']],
      ['uuid:3c', 'UA-46', null, ['tourism']],
    ]);
    expect(r.other).toEqual([{ row: 3, question: 'priority_areas', text: 'Велодоріжки' }]);
  });

  it("reads a select_multiple's split columns (`group-question/choice`) over the space-joined summary", () => {
    const csv = [
      'SubmissionDate,grp_general-community,grp_general-oblast,grp_smart-smart_strategy,grp_smart-priority_areas,grp_smart-priority_areas/e_governance,grp_smart-priority_areas/tourism,KEY',
      '2026-03-01T08:00:00.000Z,Бучанська,Київська область,adopted,e_governance tourism,1,0,uuid:a1',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'odk-split.csv', project);
    expect(r.columns.find((c) => c.header === 'grp_smart-priority_areas/tourism')!.target).toEqual({
      kind: 'option',
      question: 'priority_areas',
      code: 'tourism',
    });
    // The option columns win: e-governance only, and the contradicting summary is named.
    expect(r.records.map((x) => x.answers.priority_areas)).toEqual([['e_governance']]);
    expect(r.problems.filter((p) => p.code === 'summary_disagrees').map((p) => p.row)).toEqual([2]);
  });
});
