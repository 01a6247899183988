// `npm run deck-spec`: writes src/validate/deckSpec.generated.ts from the zod deck schema, as
// compiled into lib/ by the `tsc` step before it.
import { writeFileSync } from 'node:fs';
import { deckSchema } from '../lib/validate/deckSchema.js';
import { describeSchema, specModuleText } from '../lib/validate/schemaSpec.js';

const file = 'src/validate/deckSpec.generated.ts';
writeFileSync(file, specModuleText(describeSchema(deckSchema()), 'deckSpec', 'the zod deck schema (deckSchema.ts)'));
console.log(`wrote ${file}`);
