// Checks a parsed YAML file against a schema and reports every problem at once: what reading the
// file found (control characters, repeated keys) together with the schema's, in the file's order.
import type { z } from 'zod';
import { DeckError, type Problem } from '../errors.js';
import type { YamlSource } from '../load/yamlSource.js';
import { byPosition } from '../source/location.js';
import { problemsFromIssues } from './zodProblems.js';

export interface CheckedSource<T> {
  /** The valid value; undefined when the schema failed. */
  value?: T;
  /** Every problem found so far, reading's and the schema's. */
  problems: Problem[];
}

export function checkSource<S extends z.ZodType>(source: YamlSource, schema: S, what: string): CheckedSource<z.output<S>> {
  const found = [...source.problems];
  const data = source.data;
  if (data === null || data === undefined) {
    throw new DeckError(`${source.file} is empty`, [
      { code: 'empty-file', path: '', message: `${source.file} holds no ${what}`, hint: `write the ${what} as key: value lines (see docs/ and decks/ for examples)`, loc: { file: source.file, line: 1, col: 1 } },
      ...found,
    ]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const shape = Array.isArray(data) ? 'a list' : 'plain text';
    throw new DeckError(`${source.file} is not a ${what}`, [
      { code: 'not-a-mapping', path: '', message: `${source.file} holds ${shape} at the top; a ${what} is a mapping of keys`, hint: 'start the file with keys like `deck:` at the left margin', loc: { file: source.file, line: 1, col: 1 } },
      ...found,
    ]);
  }
  const result = schema.safeParse(data);
  if (!result.success) return { problems: byPosition([...found, ...problemsFromIssues(result.error.issues, source, schema)]) };
  return { value: result.data, problems: found };
}

export function validateSource<S extends z.ZodType>(source: YamlSource, schema: S, what: string): z.output<S> {
  const checked = checkSource(source, schema, what);
  throwIfAny(source.file, checked.problems);
  return checked.value as z.output<S>;
}

/** Throws every problem of one file, in the order of the file. */
export function throwIfAny(file: string, problems: readonly Problem[]): void {
  if (problems.length > 0) throw new DeckError(`${file} has problems`, byPosition(problems));
}
