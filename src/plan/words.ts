// Words in free text. `overlap` (shared words in Latin script, shared character pairs in Chinese) only
// ever feeds a suggestion check-deck prints (src/check/linkSuggestions.ts): shared words are a hint,
// never a link, so nothing is placed on a slide by them. The topic tests below (money, a minute
// named) read what a text asks, not what it shares with another text.

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

/** A concern about what the solution returns: worth, payback, return on the money. Only a value case answers it. */
const RETURN = /\b(pay\s?s?\s?back|payback|paid back|pays? for itself|return on|roi|worth (it|the money)|value for money)\b|收回|回本|回报|值不值|值得|划算/i;
/** A concern about what the solution costs: the quote answers it. Words such as "price" or 价格 alone are
 * the customer's own business (price lists, 采购价格), not a question about ours. */
const COST = /\b(how much|costs? us|(system|solution|software|it|this) costs?|cost of (it|the (system|software|project|licen[cs]es?))|licen[cs]e (fees?|costs?)|(service|annual|yearly|subscription) fees?|fees?|(we|you) pay (every|each|per|a) (year|month)|expensive|afford\w*|budget|invest(ment)?|price tag|spend)\b|多少钱|投入多少|要投入|总投入|这笔投入|花多少|费用多少|服务费|年费|交多少|贵不贵|太贵|预算|价钱|收费|报价多少/i;

/** What a money concern asks about, if it is one: what it returns, or what it costs. */
export function moneyTopic(text: string): 'return' | 'cost' | undefined {
  if (RETURN.test(text)) return 'return';
  return COST.test(text) ? 'cost' : undefined;
}

/** "at 20 minutes", "只能参加 20 分钟": the minute a text names, if any. */
export function minuteNamed(text: string): number | undefined {
  const match = /(\d{1,3})\s*(?:-\s*)?(?:minutes?|mins?\b|分钟)/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** A contingency whose answer is to show something live ("show receiving with a scanner", "演示扫码入库"). */
const SHOWS = /\b(show|shows|showing|demo|demonstrate|walk (them )?through)\b|演示|展示|现场操作|当场操作/i;
/** Only the show-word is read, not what follows it: which cards a contingency shows is the meeting file's `show:` to say. */
export function asksForDemo(text: string): boolean {
  return SHOWS.test(text);
}
