// The house rules for shipped Chinese text (docs/content-format.md, "Writing Chinese"), as checks
// that return what breaks them: full-width punctuation around Chinese, one space between a number
// and a Chinese word on either side, no ASCII space beside full-width punctuation, the calques
// reviewers quoted, and at most one "而不是" contrast per card.

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Full-width punctuation, which never takes a space beside it. */
const FULL = '，。、；：？！“”‘’（）《》【】…—';

interface Rule {
  name: string;
  pattern: RegExp;
}

const RULES: readonly Rule[] = [
  { name: 'half-width punctuation after Chinese (use ，：；（）？！“”)', pattern: new RegExp(`[${HAN}][ \\t]*[,:;()?!"]|[${HAN}]\\.(?![0-9a-z])`, 'u') },
  { name: 'half-width punctuation before Chinese (use ，：；（）？！“”)', pattern: new RegExp(`[,:;()?!"][ \\t]*[${HAN}]`, 'u') },
  { name: 'a number touches Chinese (write "30 天", "约 5.3 个月")', pattern: new RegExp(`[0-9%][${HAN}]|[${HAN}][0-9]`, 'u') },
  { name: 'more than one space between a number and Chinese', pattern: new RegExp(`[0-9%][ \\t]{2,}[${HAN}]|[${HAN}][ \\t]{2,}[0-9]`, 'u') },
  { name: 'a space beside full-width punctuation', pattern: new RegExp(`[ \\t][${FULL}]|[${FULL}][ \\t]`, 'u') },
  { name: 'a calque reviewers quoted (办公桌, 以…计，而不是…)', pattern: /办公桌|以[^，。；]{1,4}计[，,]而不是|而不是以/u },
];

export interface StyleProblem {
  rule: string;
  text: string;
}

/** Every rule the text breaks, with the text around the first place it breaks it. */
export function chineseStyleProblems(text: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) problems.push({ rule: rule.name, text: text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12) });
  }
  return problems;
}

/** How often a text set (one card, one case) contrasts with "而不是". */
export const ratherThanCount = (texts: readonly string[]): number => texts.join('\n').split('而不是').length - 1;
