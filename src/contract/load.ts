// The one way our JSON files are read: configuration (codebook, registry, dataset, import
// map) by the data CLI, and the published set by the site. Parsed, then checked against its
// schema before anything uses it.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { Localized } from './types.ts';
import { messageIn } from './schema-message.ts';

/**
 * A JSON file that cannot be used; `text` names the file and, for each problem, its JSON path.
 * `message` is the Ukrainian text, then the English (what a build log shows).
 */
export class ConfigError extends Error {
  readonly text: Localized;
  constructor(text: Localized) {
    super(`${text.uk}\n${text.en}`);
    this.text = text;
  }
}

/**
 * Parses `path` as JSON and validates it with `schema`; returns the parsed value.
 * @throws ConfigError naming the file, in Ukrainian then English, and for each problem its path
 *   in zod's dot notation (`questions[3].options[0].label.uk`) with the message in that language
 *   (zod's own from its `uk` locale; ours from schema-message.ts).
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

/** Validates JSON already parsed from `path` (for tests and edited copies); see loadJson. */
export function checkJson<S extends z.ZodType>(path: string, raw: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  // The same check again with zod's Ukrainian messages: the English ones are result's.
  const uk = schema.safeParse(raw, { error: z.locales.uk().localeError });
  const lines = (issues: z.core.$ZodIssue[], lang: 'uk' | 'en') =>
    issues.map(
      (issue) =>
        `  ${issue.path.length === 0 ? '(root)' : z.core.toDotPath(issue.path)}: ${messageIn(issue.message, lang)}`,
    );
  const en = lines(result.error.issues, 'en');
  const ukLines = uk.success ? en : lines(uk.error.issues, 'uk');
  throw new ConfigError({
    uk: `${path}: файл не відповідає схемі (${ukLines.length}):\n${ukLines.join('\n')}`,
    en: `${path}: does not match its schema (${en.length}):\n${en.join('\n')}`,
  });
}
