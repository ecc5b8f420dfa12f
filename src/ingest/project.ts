// Loads the project's codebook and oblast registry from data/ once.
import { join } from 'node:path';
import type { OblastUnit } from '../contract/types.ts';
import { loadRegistry } from './oblast/registry.ts';
import { compileCodebook, loadCodebook, type CompiledCodebook } from './records/codebook.ts';

export interface ProjectData {
  codebook: CompiledCodebook;
  units: OblastUnit[];
}

export function loadProjectData(root: string): ProjectData {
  return {
    codebook: compileCodebook(loadCodebook(join(root, 'data', 'codebook.json'))),
    units: loadRegistry(join(root, 'data', 'oblasts.json')),
  };
}
