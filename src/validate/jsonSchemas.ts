// JSON Schemas for editors, generated from the same zod schemas the build validates with.
import type { z } from 'zod';
import { zodLibrary } from './zodLibrary.js';
import { contentSchemas } from './contentSchema.js';
import { deckSchema } from './deckSchema.js';

/** File name → JSON text, in a fixed order so the files are byte-identical between runs. */
export function jsonSchemaFiles(): Map<string, string> {
  const { z } = zodLibrary();
  const content = contentSchemas();
  const schemas: Record<string, { schema: z.ZodType; title: string }> = {
    deck: { schema: deckSchema(), title: 'demodeck meeting config' },
    feature: { schema: content.featureCardSchema, title: 'demodeck FFAB feature card' },
    case: { schema: content.caseSchema, title: 'demodeck success case' },
    product: { schema: content.productSchema, title: 'demodeck product' },
    objection: { schema: content.objectionSchema, title: 'demodeck objection answer' },
    strings: { schema: content.stringsSchema, title: 'demodeck UI strings' },
  };
  const files = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(schemas)) {
    const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
    files.set(`${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  }
  return files;
}
