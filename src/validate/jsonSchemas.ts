// JSON Schemas for editors, generated from the same zod schemas the build validates with.
import { z } from 'zod';
import { caseSchema, featureCardSchema, objectionSchema, productSchema, stringsSchema } from './contentSchema.js';
import { deckSchema } from './deckSchema.js';

const SCHEMAS: Record<string, { schema: z.ZodType; title: string }> = {
  deck: { schema: deckSchema, title: 'demodeck meeting config' },
  feature: { schema: featureCardSchema, title: 'demodeck FFAB feature card' },
  case: { schema: caseSchema, title: 'demodeck success case' },
  product: { schema: productSchema, title: 'demodeck product' },
  objection: { schema: objectionSchema, title: 'demodeck objection answer' },
  strings: { schema: stringsSchema, title: 'demodeck UI strings' },
};

/** File name → JSON text, in a fixed order so the files are byte-identical between runs. */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(SCHEMAS)) {
    const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
    files.set(`${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  }
  return files;
}
