import { readFileSync } from 'node:fs';
import type { Localized, OblastUnit } from '../../contract/types.ts';
import { RegistrySchema } from '../../contract/registry.ts';

/** data/oblasts.json cannot be used; `text` names the file and the path of every problem. */
export class RegistryError extends Error {
  readonly text: Localized;
  constructor(text: Localized) {
    super(`${text.uk}\n${text.en}`);
    this.text = text;
  }
}

/**
 * The 27 units in registry order, the order every output lists them in.
 * @throws RegistryError when the file is not JSON or does not match RegistrySchema
 *   (e.g. `data/oblasts.json: units[3].koatuu: …`).
 */
export function loadRegistry(path: string): OblastUnit[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const reason = (err as Error).message;
    throw new RegistryError({
      uk: `${path}: не вдалося прочитати JSON — ${reason}`,
      en: `${path}: cannot read JSON — ${reason}`,
    });
  }
  return checkRegistry(path, raw);
}

/** Validates parsed registry JSON; see loadRegistry. */
export function checkRegistry(path: string, raw: unknown): OblastUnit[] {
  const result = RegistrySchema.safeParse(raw);
  if (result.success) return result.data.units;
  const lines = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new RegistryError({
    uk: `${path}: реєстр областей не відповідає схемі (${lines.length}):\n${lines.join('\n')}`,
    en: `${path}: the oblast registry does not match its schema (${lines.length}):\n${lines.join('\n')}`,
  });
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}
