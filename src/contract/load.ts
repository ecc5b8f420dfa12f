// Reads a JSON configuration file and checks it against its schema before anything runs.
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { Localized } from './types.ts';

/** A configuration file that cannot be used; `message` names the file and the path of each problem. */
export class ConfigError extends Error {
  readonly text: Localized;
  constructor(text: Localized) {
    super(text.en);
    this.text = text;
  }
}

/**
 * Parses `path` as JSON and validates it with `schema`.
 * @throws ConfigError naming the file, and for each problem its path (`questions[3].options[0].label.uk`).
 */
export function loadJson<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const reason = (err as Error).message;
    throw new ConfigError({
      uk: `${path}: не вдалося прочитати JSON — ${reason}`,
      en: `${path}: cannot read JSON — ${reason}`,
    });
  }
  return checkJson(path, raw, schema);
}

/** validates already parsed JSON; see loadJson */
export function checkJson<S extends z.ZodType>(path: string, raw: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new ConfigError({
    uk: `${path}: файл не відповідає схемі (${lines.length}):\n${lines.join('\n')}`,
    en: `${path}: does not match its schema (${lines.length}):\n${lines.join('\n')}`,
  });
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}
