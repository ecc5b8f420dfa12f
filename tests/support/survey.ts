// Shared set-up for the survey tests: the project's real codebook and registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SurveyRecord } from '../../src/contract/types.ts';
import { loadProjectData } from '../../src/ingest/project.ts';

export const project = loadProjectData(process.cwd());

export function fixture(name: string): Uint8Array {
  return readFileSync(join(process.cwd(), 'tests', 'fixtures', 'csv', name));
}

export function record(oblast: string, answers: Record<string, string[] | null>, row = 2): SurveyRecord {
  return {
    row,
    respondent_id: `R${row}`,
    community: `Громада ${row}`,
    type: null,
    oblast,
    population: null,
    lat: null,
    lon: null,
    answers,
  };
}
