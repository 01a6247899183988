// `deck.brand`: the presenting company's colours and logo. Added to the contract as optional.
import type { z } from 'zod';
import { zodLibrary } from './zodLibrary.js';
import { onWrongType, zodFields } from './fields.js';

function buildBrandSchema() {
  const { z } = zodLibrary();
  const hexColour = z
    .string(onWrongType('must be a colour written as text, like "#0b5cad" (quote it: # starts a YAML comment)'))
    .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'must be a hex colour like "#0b5cad" or "#08c"' });

  return z.strictObject({
    /** Headings. Made darker (or lighter on a dark theme) when it would be unreadable. */
    primary: hexColour.optional(),
    /** Bars, table heads, labels and the benefit box. */
    accent: hexColour.optional(),
    /** Shown on the title and closing slides; a file inside the project. */
    logo: zodFields().projectPath.optional(),
  });
}

let built: ReturnType<typeof buildBrandSchema> | undefined;

/** Built on first use, like every zod schema of the deck (fields.ts says why). */
export function brandSchema(): ReturnType<typeof buildBrandSchema> {
  return (built ??= buildBrandSchema());
}

export type BrandConfig = z.output<ReturnType<typeof brandSchema>>;
