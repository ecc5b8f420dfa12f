// npm run schemas: writes data/schema/*.schema.json from the zod schemas in src/contract/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/contract/json-schema.ts';

const dir = join(process.cwd(), 'data', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) writeFileSync(join(dir, name), text);
process.stderr.write(`wrote ${Object.keys(jsonSchemas()).join(', ')} to data/schema/\n`);
