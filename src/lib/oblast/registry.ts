import { readFileSync } from 'node:fs';
import type { OblastUnit } from '../types.ts';

/** The 27 units in registry order, the order every output lists them in. */
export function loadRegistry(path: string): OblastUnit[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { units: OblastUnit[] };
  if (!Array.isArray(parsed.units) || parsed.units.length !== 27) {
    throw new Error(`${path}: expected 27 oblast-level units`);
  }
  return parsed.units;
}
