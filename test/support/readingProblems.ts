// What reading a config reports, whether the problems stop the reading (thrown) or are kept for
// the later checks (returned with the data).
import { DeckError, type Problem } from '../../src/errors.js';
import { parseYamlText } from '../../src/load/yamlSource.js';

export function readingProblems(text: string, file = 'deck.yaml'): readonly Problem[] {
  try {
    return parseYamlText(text, file).problems;
  } catch (error) {
    if (!(error instanceof DeckError)) throw error;
    return error.problems;
  }
}
