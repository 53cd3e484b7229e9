import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemas } from '../src/config/json-schemas.js';

/** Writes schemas/*.schema.json from the zod schemas, the single source of truth. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, text] of Object.entries(renderSchemas())) {
  writeFileSync(join(root, 'schemas', name), text);
  process.stdout.write(`wrote schemas/${name}\n`);
}
