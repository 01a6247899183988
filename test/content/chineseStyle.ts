// The house rules for shipped Chinese text (docs/content-format.md, "Writing Chinese"), as checks
// that return what breaks them: full-width punctuation around Chinese, one space between a number or a
// Latin word and a Chinese word on either side, no ASCII space beside full-width punctuation, the calques
// reviewers quoted, and at most one "而不是" contrast per card.

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Full-width punctuation, which never takes a space beside it. */
const FULL = '，。、；：？！“”‘’（）《》【】…—';

interface Rule {
  id: string;
  name: string;
  pattern: RegExp;
}

const RULES: readonly Rule[] = [
  { id: 'ascii-after', name: 'half-width punctuation after Chinese (use ，：；（）？！“”)', pattern: new RegExp(`[${HAN}][ \\t]*[,:;()?!"]|[${HAN}]\\.(?![0-9a-z])`, 'u') },
  { id: 'ascii-before', name: 'half-width punctuation before Chinese (use ，：；（）？！“”)', pattern: new RegExp(`[,:;()?!"][ \\t]*[${HAN}]`, 'u') },
  { id: 'number-touches', name: 'a number touches Chinese (write "30 天", "约 5.3 个月")', pattern: new RegExp(`[0-9%][${HAN}]|[${HAN}][0-9]`, 'u') },
  { id: 'latin-touches', name: 'a Latin word touches Chinese (write "DSO 68 天", "ERP 系统")', pattern: new RegExp(`[A-Za-z][${HAN}]|[${HAN}][A-Za-z]`, 'u') },
  { id: 'extra-space', name: 'more than one space between a number or Latin word and Chinese', pattern: new RegExp(`[0-9%A-Za-z][ \\t]{2,}[${HAN}]|[${HAN}][ \\t]{2,}[0-9A-Za-z]`, 'u') },
  { id: 'space-by-full-width', name: 'a space beside full-width punctuation', pattern: new RegExp(`[ \\t][${FULL}]|[${FULL}][ \\t]`, 'u') },
  { id: 'calque', name: 'a calque reviewers quoted (办公桌, 以…计，而不是…)', pattern: /办公桌|以[^，。；]{1,4}计[，,]而不是|而不是以/u },
];

export interface StyleProblem {
  /** A short name for the rule, for tests that name which rule a text breaks. */
  id: string;
  rule: string;
  text: string;
}

/** Every rule the text breaks, with the text around the first place it breaks it. */
export function chineseStyleProblems(written: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  // A span in backticks is code the reader copies (the YAML a readiness fix gives), not prose.
  const text = written.replace(/`[^`\n]*`/g, '`…`');
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) problems.push({ id: rule.id, rule: rule.name, text: text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12) });
  }
  return problems;
}

/** How often a text set (one card, one case) contrasts with "而不是". */
export const ratherThanCount = (texts: readonly string[]): number => texts.join('\n').split('而不是').length - 1;
