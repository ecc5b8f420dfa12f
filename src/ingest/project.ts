// Loads the project's codebook and oblast registry from data/ once; throws ConfigError
// (src/contract/load.ts) naming the file and the JSON path of every problem.
import { join } from 'node:path';
import type { OblastUnit } from '../contract/types.ts';
import { loadJson } from '../contract/load.ts';
import { RegistrySchema } from '../contract/registry.ts';
import { compileCodebook, loadCodebook, type CompiledCodebook } from './records/codebook.ts';

export interface ProjectData {
  codebook: CompiledCodebook;
  units: OblastUnit[];
}

export function loadProjectData(root: string): ProjectData {
  return {
    codebook: compileCodebook(loadCodebook(join(root, 'data', 'codebook.json'))),
    units: loadJson(join(root, 'data', 'oblasts.json'), RegistrySchema).units,
  };
}
