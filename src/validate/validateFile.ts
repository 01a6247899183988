// Checks a parsed YAML file against a schema and reports every problem at once.
import type { z } from 'zod';
import { DeckError, type Problem } from '../errors.js';
import type { YamlSource } from '../source/location.js';
import { problemsFromIssues } from './zodProblems.js';

export function validateSource<S extends z.ZodType>(source: YamlSource, schema: S, what: string): z.output<S> {
  const data = source.data;
  if (data === null || data === undefined) {
    throw new DeckError(`${source.file} is empty`, [
      { code: 'empty-file', path: '', message: `${source.file} holds no ${what}`, hint: `write the ${what} as key: value lines (see docs/ and decks/ for examples)`, loc: { file: source.file, line: 1, col: 1 } },
    ]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'a list' : 'plain text';
    throw new DeckError(`${source.file} is not a ${what}`, [
      { code: 'not-a-mapping', path: '', message: `${source.file} holds ${found} at the top; a ${what} is a mapping of keys`, hint: 'start the file with keys like `deck:` at the left margin', loc: { file: source.file, line: 1, col: 1 } },
    ]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new DeckError(`${source.file} has problems`, problemsFromIssues(result.error.issues, source, schema));
  }
  return result.data;
}

export function throwIfAny(file: string, problems: Problem[]): void {
  if (problems.length > 0) throw new DeckError(`${file} has problems`, problems);
}
