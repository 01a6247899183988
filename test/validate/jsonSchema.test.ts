// The editor schemas in schema/ are generated from the same zod schemas the build uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/validate/jsonSchemas.js';

describe('JSON Schemas for editors', () => {
  it('schema/ holds exactly what `npm run schema` generates (run it after changing a schema)', () => {
    for (const [name, json] of jsonSchemaFiles()) expect(readFileSync(`schema/${name}`, 'utf8'), name).toBe(json);
  });

  it('rejects unknown keys and lists the allowed roles, so editors flag typos', () => {
    const deck = JSON.parse(readFileSync('schema/deck.schema.json', 'utf8'));
    expect(deck.additionalProperties).toBe(false);
    expect(deck.required).toEqual(['deck', 'customer', 'audience', 'needs']);
    expect(deck.properties.audience.items.properties.role.enum).toEqual(['executive', 'business-lead', 'manager', 'user', 'peer']);
  });
});
