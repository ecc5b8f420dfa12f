// The JSON Schemas published in data/schema/ for editors' tools (autocomplete, checks
// as you type), generated from the zod schemas so the two can never disagree.
import { z } from 'astro/zod';
import { CodebookSchema } from './codebook.ts';
import { DatasetSchema } from './dataset.ts';
import { ImportMapSchema } from './import-map.ts';

/** file name in data/schema/ → its JSON Schema text */
export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 1)}\n`;
  return {
    'codebook.schema.json': render(CodebookSchema, 'Survey codebook (data/codebook.json)'),
    'dataset.schema.json': render(DatasetSchema, 'Dataset configuration (data/dataset.json)'),
    'import.schema.json': render(ImportMapSchema, 'Import mapping file (data/import.json)'),
  };
}
