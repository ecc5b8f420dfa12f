// The frontmatter (the fields between the `---` lines) of one MDX file, read as Astro
// reads it (js-yaml) and validated by the collection's own schema, with every problem
// located at its field's line and told in Ukrainian, then English.
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { frontmatterSchema, sectionPattern } from './frontmatter.ts';
import type { Localized } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';
import { didYouMean } from '../../text/did-you-mean.ts';
import type { ContentProblem } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** A line to add for each field, so "missing" shows what to write (its purpose is in the catalogue). */
const fieldExample: Record<Field, string> = {
  title: 'title: Чи мають громади смарт-стратегію',
  description: 'description: Коротко, про що цей розділ',
  page: 'page: report',
  order: 'order: 1',
  section: 'section: strategy',
  nav: 'nav: Смарт-стратегія',
};
type Field = keyof typeof frontmatterSchema.shape;

/**
 * Problems of one file's frontmatter. `frontmatter` is the YAML text and the line of
 * its opening `---` (from checkMdx), or null when the file has none.
 */
export function checkFrontmatter(
  frontmatter: { yaml: string; line: number } | null,
  file: string,
): { problems: ContentProblem[]; data: z.infer<typeof frontmatterSchema> | null } {
  const problem = (line: number, column: number, rule: string, text: Localized): ContentProblem => ({
    file,
    line,
    column,
    rule,
    ...text,
  });
  if (frontmatter === null) {
    return {
      problems: [
        problem(1, 1, 'frontmatter/missing', localized((c) => c.content.noFrontmatter())),
      ],
      data: null,
    };
  }
  const first = frontmatter.line + 1; // the line after the opening ---
  let data: unknown;
  try {
    data = yaml.load(frontmatter.yaml);
  } catch (err) {
    const e = err as { mark?: { line: number; column: number }; reason?: string };
    return {
      problems: [
        problem(
          first + (e.mark?.line ?? 0),
          (e.mark?.column ?? 0) + 1,
          'frontmatter/yaml',
          localized((c) => c.content.unreadableFields(e.reason)),
        ),
      ],
      data: null,
    };
  }
  const fields = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const result = frontmatterSchema.safeParse(fields);
  if (result.success) return { problems: [], data: result.data };
  const lines = frontmatter.yaml.split('\n');
  const lineOf = (key: string) => {
    const i = lines.findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
    return i === -1 ? frontmatter.line : first + i;
  };
  const described = result.error.issues.flatMap((issue) => describe(issue, fields));
  // A misspelt field ("titel") is one mistake, not also a missing "title".
  const meant = new Set(described.flatMap((d) => (d.rule === 'frontmatter/unknown-field' ? [didYouMean(d.key, known)] : [])));
  const problems = described
    .filter((d) => !(d.rule === 'frontmatter/missing-field' && meant.has(d.key)))
    .map(({ key, rule, text }) => problem(lineOf(key), 1, rule, text));
  return { problems: problems.sort((a, b) => a.line - b.line), data: null };
}

const known = Object.keys(frontmatterSchema.shape);

function describe(issue: Issue, fields: Record<string, unknown>): { key: string; rule: string; text: Localized }[] {
  const key = String(issue.path[0] ?? '');
  const value = fields[key];
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const hit = didYouMean(k, known);
        return {
          key: k,
          rule: 'frontmatter/unknown-field',
          text: localized((c) => c.content.unknownField(k, known, hit)),
        };
      });
    case 'invalid_value': {
      const valid = issue.values.map(String);
      const hit = didYouMean(String(value), valid);
      return [
        {
          key,
          rule: 'frontmatter/value',
          text: localized((c) => c.content.unknownValue(key, shown ?? '', valid, hit)),
        },
      ];
    }
    case 'invalid_format': {
      const slug = String(value)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      // The value made into an anchor ("Smart Strategy" → smart-strategy), when that is one.
      const hit = sectionPattern.test(slug) ? slug : null;
      return [
        {
          key,
          rule: 'frontmatter/format',
          text: localized((c) => c.content.badFormat(key, shown ?? '', hit)),
        },
      ];
    }
    case 'too_small':
      return [
        issue.origin === 'string'
          ? {
              key,
              rule: 'frontmatter/empty',
              text: localized((c) => c.content.emptyField(key)),
            }
          : {
              key,
              rule: 'frontmatter/type',
              text: localized((c) => c.content.notWholeNumber(key)),
            },
      ];
    case 'invalid_type': {
      if (value === undefined) {
        const field = Object.hasOwn(fieldExample, key) ? (key as Field) : undefined;
        return [
          {
            key,
            rule: 'frontmatter/missing-field',
            text: localized((c) =>
              c.content.missingField(key, field && c.content.fieldPurpose[field], field && fieldExample[field]),
            ),
          },
        ];
      }
      const number = issue.expected === 'number' || issue.expected === 'int';
      return [
        {
          key,
          rule: 'frontmatter/type',
          text: localized((c) => (number ? c.content.notNumber(key, shown ?? '') : c.content.notText(key, shown))),
        },
      ];
    }
    default:
      return [
        {
          key,
          rule: 'frontmatter/value',
          text: localized((c) => c.content.badField(key, issue.message)),
        },
      ];
  }
}
