// Generates the benchmark meetings: 10, 40 and 200 slides and one with 500 needs, in English and
// Chinese, from the shipped library's cards so every build resolves real content. The 40-slide
// English meeting is also written in flow style, as JSON (which is YAML too), the way generated
// configs look.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const CARDS = readdirSync('content/features').filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();

/** Slides of a manager-led plan: 13 around the needs, plus per need one problem slide and its cards. */
function needsFor(slides, cardsPerNeed) {
  return Math.max(1, Math.round((slides - 13) / (1 + cardsPerNeed)));
}

export function meeting({ needs, cardsPerNeed, language }) {
  const zh = language === 'zh-CN';
  return {
    deck: { title: zh ? '基准测试演示' : 'Benchmark demo', language, duration: 240 },
    presenter: { name: zh ? '李伟' : 'Li Wei', company: zh ? '明账服务中心' : 'Brightledger Partner' },
    customer: { name: zh ? '基准客户' : 'Benchmark Customer Ltd', industry: zh ? '汽车零部件制造' : 'auto parts manufacturing' },
    goal: { message: zh ? '月底对账从三天缩短到半天' : 'Month-end close drops from three days to half a day', focus: ['need-1'] },
    audience: [
      { name: zh ? '陈洁' : 'Chen Jie', role: 'manager', decision: 'decision-maker' },
      { name: zh ? '赵刚' : 'Zhao Gang', role: 'user', decision: 'none' },
    ],
    needs: Array.from({ length: needs }, (_, i) => ({
      id: `need-${i + 1}`,
      title: `${zh ? '需求' : 'Need'} ${i + 1}`,
      priority: 1 + (i % 5),
      problem: zh ? '月底才发现差异' : 'differences are found at month end',
      payoff: zh ? '每天都有核对好的余额' : 'a reconciled balance every day',
      features: Array.from({ length: cardsPerNeed }, (_, c) => CARDS[(i * cardsPerNeed + c) % CARDS.length]),
    })),
    competitors: [{ name: 'BigSuite', strengths: ['broad functionality'], rebuttals: ['count the modules used in year one'] }],
    cases: ['ningbo-brake-parts'],
    pricing: { currency: 'CNY', licence: [{ item: 'Finance', amount: 18000 }], delivery: { amount: 0, days: 6 }, annual_service_rate: 0.15 },
    opening: { technique: 'question', hook: zh ? '月结要几天？' : 'How many days does your month-end take?', rules: [zh ? '随时提问' : 'questions any time'] },
    closing: { call_to_action: zh ? '两周内启动试点' : 'Start a pilot within two weeks' },
  };
}

export const SIZES = [
  { name: 'slides-10', needs: 1, cardsPerNeed: 1 },
  { name: 'slides-40', needs: needsFor(40, 3), cardsPerNeed: 3 },
  { name: 'slides-200', needs: needsFor(200, 3), cardsPerNeed: 3 },
  { name: 'needs-500', needs: 500, cardsPerNeed: 1 },
];

export function writeFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const size of SIZES) {
    for (const language of ['en', 'zh-CN']) {
      const file = join(dir, `${size.name}-${language}.yaml`);
      writeFileSync(file, stringify(meeting({ ...size, language })));
      files.push({ ...size, language, file, deck: `${size.name}-${language}` });
    }
  }
  return files;
}

/** The 40-slide English meeting in flow style: JSON, indented as generators write it. */
export function writeFlowFixture(dir) {
  const size = SIZES.find((s) => s.name === 'slides-40');
  const deck = `${size.name}-en-flow`;
  const file = join(dir, `${deck}.yaml`);
  writeFileSync(file, `${JSON.stringify(meeting({ ...size, language: 'en' }), null, 2)}\n`);
  return { ...size, language: 'en', file, deck };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of writeFixtures(process.argv[2] ?? 'bench/fixtures')) console.log(f.file);
  console.log(writeFlowFixture(process.argv[2] ?? 'bench/fixtures').file);
}
