// How the planning rules (coaching, time budget, evidence) tell that two texts speak about the same thing: shared words in Latin
// script, shared character pairs in Chinese (which has no spaces between words).

/** Words that carry no topic: two texts sharing only these are not about the same thing. */
const STOPWORDS = new Set([
  'about', 'after', 'again', 'also', 'been', 'before', 'being', 'both', 'could', 'does', 'done', 'each', 'even', 'every',
  'from', 'have', 'here', 'into', 'just', 'like', 'made', 'make', 'many', 'more', 'most', 'much', 'must', 'need', 'only',
  'other', 'over', 'same', 'shoul', 'some', 'still', 'such', 'than', 'that', 'their', 'them', 'then', 'there', 'these',
  'they', 'thing', 'this', 'those', 'very', 'want', 'were', 'what', 'when', 'where', 'which', 'while', 'with', 'within',
  'would', 'your', 'yours', 'will', 'ours', 'under', 'today',
]);

/** Character pairs that occur in any Chinese sentence whatever it is about. */
const STOP_PAIRS = new Set(['我们', '您的', '他们', '不会', '会不', '能不', '不能', '可以', '没有', '一个', '的时', '时候', '什么', '这个', '还是', '是不', '不是']);

export function tokens(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = (lower.match(/[a-z0-9]{4,}/g) ?? []).map((w) => w.slice(0, 5)).filter((w) => !STOPWORDS.has(w));
  const pairs = [...lower.matchAll(/[\u4e00-\u9fff]+/g)].flatMap((m) => {
    const run = m[0];
    return Array.from({ length: Math.max(0, run.length - 1) }, (_, i) => run.slice(i, i + 2));
  }).filter((p) => !STOP_PAIRS.has(p));
  return new Set([...words, ...pairs]);
}

/** How many words (Latin) and character pairs (Chinese) two texts share. */
export function overlap(a: string, b: string): number {
  const left = tokens(a);
  let shared = 0;
  for (const token of tokens(b)) if (left.has(token)) shared++;
  return shared;
}

/** A concern about money: what it costs, what it returns, how fast it pays back. */
const MONEY = /\b(cost|costs|price|prices|pricing|budget|invest\w*|pay\s?back|payback|return|roi|afford\w*|expensive|money|spend\w*|worth)\b|投入|多少钱|收回|多久|回报|成本|费用|价格|预算|花费|投资|值不值|划算/i;

export function aboutMoney(text: string): boolean {
  return MONEY.test(text);
}

/** "at 20 minutes", "只能参加 20 分钟": the minute a text names, if any. */
export function minuteNamed(text: string): number | undefined {
  const match = /(\d{1,3})\s*(?:-\s*)?(?:minutes?|mins?\b|分钟)/i.exec(text);
  return match ? Number(match[1]) : undefined;
}
