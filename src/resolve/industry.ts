// The customer's industry is free text in either language ("industrial supplies distribution",
// "汽车零部件制造"); library content is tagged with a closed list of industries. A small keyword
// table in both languages maps one onto the other (docs/content-format.md, "Industries").
import { INDUSTRIES, type Industry } from '../validate/enums.js';

/** Word beginnings (English, matched at a word start) and characters (Chinese, anywhere) per industry. */
export const INDUSTRY_KEYWORDS: Readonly<Record<Industry, { en: readonly string[]; zh: readonly string[] }>> = {
  manufacturing: {
    en: ['manufactur', 'factory', 'factories', 'maker', 'makes', 'production', 'producer', 'plant', 'fabricat', 'machining', 'foundry', 'assembly', 'make-and-trade'],
    zh: ['制造', '生产', '加工', '工厂', '制品', '铸造', '注塑', '冲压', '工贸', '厂'],
  },
  trading: {
    en: ['trading', 'trade', 'wholesal', 'distribut', 'dealer', 'import', 'export', 'merchant', 'reseller'],
    zh: ['贸易', '商贸', '批发', '分销', '经销', '代理商', '进出口', '流通', '工贸'],
  },
  retail: {
    en: ['retail', 'store', 'shop', 'supermarket', 'e-commerce', 'ecommerce', 'online sales'],
    zh: ['零售', '门店', '超市', '连锁', '电商', '商超', '便利店'],
  },
  services: {
    // Professional services sell hours and expertise, not goods: the firms that buy finance
    // software without a warehouse (consultancies, law and accounting firms, engineering offices).
    en: [
      'service', 'consult', 'advis', 'agency', 'agencies', 'law firm', 'legal', 'lawyer', 'solicitor', 'attorney',
      'accounting firm', 'accountan', 'audit', 'bookkeeping', 'engineering firm', 'engineering office', 'architect',
      'logistics', 'software', 'design', 'marketing', 'recruit', 'staffing',
    ],
    zh: ['服务', '咨询', '顾问', '事务所', '律所', '律师', '会计师', '审计', '税务师', '设计', '物流', '软件', '猎头'],
  },
};

/** The industries a free-text industry names, in the order of INDUSTRIES; none when nothing matches. */
export function industriesOf(text: string | undefined): Industry[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  return INDUSTRIES.filter((industry) => {
    const { en, zh } = INDUSTRY_KEYWORDS[industry];
    return zh.some((word) => lower.includes(word)) || en.some((word) => startsAWord(lower, word));
  });
}

/**
 * Whether `word` occurs in `text` at the start of a word (after no letter a–z): "manufactur" in
 * "auto parts manufacturing", not "trade" in "untraded". Found by position, not by building a
 * regular expression per keyword.
 */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? 0 : text.charCodeAt(at - 1);
    if (before < 0x61 || before > 0x7a) return true;
  }
  return false;
}

/** Whether content tagged with `tags` suits a customer in `industries`; untagged content and unknown industries always do. */
export function suits(tags: readonly string[] | undefined, industries: readonly Industry[]): boolean {
  const known = (tags ?? []).filter((tag): tag is Industry => (INDUSTRIES as readonly string[]).includes(tag));
  return known.length === 0 || industries.length === 0 || known.some((tag) => industries.includes(tag));
}
