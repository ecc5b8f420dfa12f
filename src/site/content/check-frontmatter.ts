// The frontmatter (the fields between the `---` lines) of one MDX file, read as Astro
// reads it (js-yaml) and validated by the collection's own schema, with every problem
// located at its field's line and told in Ukrainian, then English.
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { frontmatterSchema, sectionPattern } from './frontmatter.ts';
import { closest, didYouMean, quoteEn, quoteUk, type ContentProblem } from './problem.ts';
import type { Text } from './messages.ts';

type Issue = z.core.$ZodIssue;

/** What each field is for, so "missing" says what to write. */
const fieldHelp: Record<string, Text & { example: string }> = {
  title: { uk: 'заголовок розділу', en: 'the section title', example: 'title: Чи мають громади смарт-стратегію' },
  description: {
    uk: 'опис для пошукових систем і соцмереж',
    en: 'a description for search engines and social media',
    example: 'description: Коротко, про що цей розділ',
  },
  page: { uk: 'сторінка, куди йде текст', en: 'the page the text goes on', example: 'page: report' },
  order: { uk: 'порядок розділу на сторінці', en: 'the order of the section on its page', example: 'order: 1' },
  section: { uk: 'якір розділу латиницею', en: 'the section anchor in Latin letters', example: 'section: strategy' },
  nav: { uk: 'коротка назва для змісту', en: 'a short name for the contents', example: 'nav: Смарт-стратегія' },
};

/**
 * Problems of one file's frontmatter. `frontmatter` is the YAML text and the line of
 * its opening `---` (from checkMdx), or null when the file has none.
 */
export function checkFrontmatter(
  frontmatter: { yaml: string; line: number } | null,
  file: string,
): { problems: ContentProblem[]; data: z.infer<typeof frontmatterSchema> | null } {
  const problem = (line: number, column: number, rule: string, text: Text): ContentProblem => ({
    file,
    line,
    column,
    rule,
    ...text,
  });
  if (frontmatter === null) {
    return {
      problems: [
        problem(1, 1, 'frontmatter/missing', {
          uk: 'файл не починається зі службових полів між рядками ---. Додайте їх угорі файлу (title, description, page, order), як в інших файлах.',
          en: 'the file does not start with fields between --- lines. Add them at the top (title, description, page, order), as in the other files.',
        }),
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
        problem(first + (e.mark?.line ?? 0), (e.mark?.column ?? 0) + 1, 'frontmatter/yaml', {
          uk: 'службові поля не читаються. Кожне поле — в окремому рядку: назва, двокрапка, пробіл, значення. Якщо значення містить двокрапку або починається з лапок, візьміть усе значення в лапки.',
          en: `the fields cannot be read (${e.reason ?? 'YAML error'}). One field per line: name, colon, space, value. If a value contains a colon or starts with a quote, put the whole value in quotes.`,
        }),
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
  const meant = new Set(described.flatMap((d) => (d.rule === 'frontmatter/unknown-field' ? [closest(d.key, known)] : [])));
  const problems = described
    .filter((d) => !(d.rule === 'frontmatter/missing-field' && meant.has(d.key)))
    .map(({ key, rule, text }) => problem(lineOf(key), 1, rule, text));
  return { problems: problems.sort((a, b) => a.line - b.line), data: null };
}

const known = Object.keys(frontmatterSchema.shape);

function describe(issue: Issue, fields: Record<string, unknown>): { key: string; rule: string; text: Text }[] {
  const key = String(issue.path[0] ?? '');
  const value = fields[key];
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const hint = didYouMean(k, known);
        return {
          key: k,
          rule: 'frontmatter/unknown-field',
          text: {
            uk: `невідоме поле ${quoteUk(k)}.${hint.uk} Допустимі поля: ${known.join(', ')}.`,
            en: `unknown field ${quoteEn(k)}.${hint.en} Valid fields: ${known.join(', ')}.`,
          },
        };
      });
    case 'invalid_value': {
      const valid = issue.values.map(String);
      const hint = didYouMean(String(value), valid);
      return [
        {
          key,
          rule: 'frontmatter/value',
          text: {
            uk: `${key}: ${quoteUk(shown ?? '')} — невідоме значення.${hint.uk} Допустимі: ${valid.join(', ')}.`,
            en: `${key}: ${quoteEn(shown ?? '')} is not a known value.${hint.en} Valid: ${valid.join(', ')}.`,
          },
        },
      ];
    }
    case 'invalid_format': {
      const slug = String(value)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      const hint = sectionPattern.test(slug) ? didYouMean(slug, [slug]) : { uk: '', en: '' };
      return [
        {
          key,
          rule: 'frontmatter/format',
          text: {
            uk: `${key}: ${quoteUk(shown ?? '')} — лише малі латинські літери, цифри й дефіси, на початку літера.${hint.uk}`,
            en: `${key}: ${quoteEn(shown ?? '')} — only lowercase Latin letters, digits and hyphens, starting with a letter.${hint.en}`,
          },
        },
      ];
    }
    case 'too_small':
      return [
        issue.origin === 'string'
          ? {
              key,
              rule: 'frontmatter/empty',
              text: { uk: `поле ${quoteUk(key)} порожнє — впишіть значення.`, en: `the field ${quoteEn(key)} is empty — write a value.` },
            }
          : {
              key,
              rule: 'frontmatter/type',
              text: { uk: `${key}: має бути ціле число від 0.`, en: `${key}: must be a whole number from 0.` },
            },
      ];
    case 'invalid_type': {
      const help = fieldHelp[key];
      if (value === undefined) {
        return [
          {
            key,
            rule: 'frontmatter/missing-field',
            text: {
              uk: `бракує поля ${quoteUk(key)}${help ? ` (${help.uk}). Допишіть між рядками --- рядок на кшталт ${help.example}` : ''}.`,
              en: `the field ${quoteEn(key)} is missing${help ? ` (${help.en}). Add a line between the --- lines like ${help.example}` : ''}.`,
            },
          },
        ];
      }
      const number = issue.expected === 'number' || issue.expected === 'int';
      return [
        {
          key,
          rule: 'frontmatter/type',
          text: number
            ? { uk: `${key}: ${quoteUk(shown ?? '')} — має бути ціле число, наприклад ${key}: 3.`, en: `${key}: ${quoteEn(shown ?? '')} must be a whole number, e.g. ${key}: 3.` }
            : { uk: `${key}: має бути текст; візьміть значення в лапки: ${key}: "${shown}".`, en: `${key}: must be text; put the value in quotes: ${key}: "${shown}".` },
        },
      ];
    }
    default:
      return [
        {
          key,
          rule: 'frontmatter/value',
          text: { uk: `поле ${quoteUk(key)}: неприпустиме значення.`, en: `field ${quoteEn(key)}: ${issue.message}.` },
        },
      ];
  }
}
