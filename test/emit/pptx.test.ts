// `--pptx`: the file's contents (unzipped) hold the plan's slides as editable text with speaker
// notes, and LibreOffice turns it into one page per slide.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { run } from '../../src/cli.js';
import { renderPptx } from '../../src/emit/pptx.js';
import type { SlidePlan } from '../../src/plan/slidePlan.js';
import { convertToPdf } from '../helpers/libreoffice.js';
import { pdfInfo, pdfLines, pdfWords } from '../helpers/poppler.js';
import { textOverlaps } from '../helpers/textOverlap.js';

const quiet = (log: string[]) => ({ out: (l: string) => log.push(l), err: (l: string) => log.push(l), cwd: process.cwd() });

/** The text runs of a DrawingML part, entities decoded, joined without spaces (runs split words). */
function textOf(xml: string): string {
  const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '');
  return runs.join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, '');
}
const flat = (text: string): string => text.replace(/\s+/g, '');
/** Results with both levels and a change, the ones whose line shows every part. */
const fullResults = <T extends { before?: string; after?: string; change?: string }>(results: T[]): T[] => results.filter((r) => r.before && r.after && r.change);

/** Every page carries text (an unread page would pass anything) and no line runs into another. */
function expectNoOverlaps(pdf: string, plan: SlidePlan): void {
  const pages = pdfLines(pdf);
  expect(pages).toHaveLength(plan.slides.length);
  pages.forEach((lines, i) => expect(lines.length, `text lines on page ${i + 1}`).toBeGreaterThan(0));
  expect(textOverlaps(pages, (page) => `page ${page} (${plan.slides[page - 1]?.kind ?? '?'})`)).toEqual([]);
}

async function slideParts(file: string): Promise<{ slides: string[]; notes: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const numbered = (prefix: string): string[] =>
    Object.keys(zip.files).filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n)).sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
  const read = (names: string[]) => Promise.all(names.map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')));
  return { slides: await read(numbered('ppt/slides/slide')), notes: await read(numbered('ppt/notesSlides/notesSlide')) };
}

for (const deck of [
  { file: 'decks/huadong.yaml', name: 'huadong', language: 'zh-CN', font: 'Microsoft YaHei' },
  { file: 'decks/northwind-cfo.yaml', name: 'northwind-cfo', language: 'en', font: 'Arial' },
]) describe(`--pptx on ${deck.file}`, () => {
  let pptx = '';
  let plan: SlidePlan;
  let parts: { slides: string[]; notes: string[] };
  let converted: string | undefined;
  /** Converted once, on first use, for the tests that read the rendered pages. */
  const pdf = (): string => (converted ??= convertToPdf([pptx])[0] ?? '');

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'demodeck-pptx-'));
    const log: string[] = [];
    expect(await run(['build', deck.file, '--pptx', '--out', out], quiet(log)), log.join('\n')).toBe(0);
    pptx = join(out, deck.name, `${deck.name}.pptx`);
    plan = loadAndPlan(deck.file).plan;
    parts = await slideParts(pptx);
  });

  it('has one slide and one notes page per planned slide', () => {
    expect(parts.slides).toHaveLength(plan.slides.length);
    expect(parts.notes).toHaveLength(plan.slides.length);
  });

  it('keeps the one clock: the agenda lists the time in hand, and each main-line slide\'s notes give its minutes', () => {
    const agenda = plan.slides.find((s) => s.kind === 'agenda') as SlidePlan['slides'][number];
    const words = deck.language === 'en' ? ['Time in hand', (a: number, b: number) => `Minute ${a}–${b}`] as const : ['机动时间', (a: number, b: number) => `第 ${a}–${b} 分钟`] as const;
    expect(textOf(parts.slides[agenda.index - 1] ?? '')).toContain(flat(words[0]));
    for (const slide of plan.slides.filter((s) => !s.appendix)) {
      expect(textOf(parts.notes[slide.index - 1] ?? ''), `slide ${slide.index}`).toContain(flat(words[1](slide.start ?? -1, (slide.start ?? 0) + slide.minutes)));
    }
  });

  it('writes every slide title as editable text on its slide', () => {
    plan.slides.forEach((slide, i) => expect(textOf(parts.slides[i] ?? ''), `slide ${slide.index}`).toContain(flat(slide.title)));
  });

  it('writes the FFAB parts and benefit of every FFAB slide as text', () => {
    const ffab = plan.slides.filter((s) => s.body.kind === 'ffab');
    expect(ffab.length).toBeGreaterThan(0);
    for (const slide of ffab) {
      if (slide.body.kind !== 'ffab') continue;
      const text = textOf(parts.slides[slide.index - 1] ?? '');
      for (const part of [...slide.body.parts.map((p) => p.text), slide.body.benefit]) expect(text, `slide ${slide.index}`).toContain(flat(part));
    }
  });

  it('draws the overview, FFAB, agenda and implementation as editable shapes holding their text', () => {
    const at = (kind: string): string => parts.slides[plan.slides.findIndex((s) => s.kind === kind)] ?? '';
    const overview = plan.slides.find((s) => s.kind === 'overview');
    if (overview?.body.kind !== 'overview') throw new Error('no overview');
    const geometry = overview.body.structure === 'pyramid' ? 'trapezoid' : 'ellipse';
    expect(at('overview')).toContain(`<a:prstGeom prst="${geometry}">`);
    for (const layer of overview.body.layers) expect(textOf(at('overview'))).toContain(flat(layer.title));
    expect(at('ffab').match(/<a:prstGeom prst="homePlate">/g)).toHaveLength(4);
    expect(at('agenda').match(/<a:prstGeom prst="rect">/g)?.length).toBeGreaterThanOrEqual(5);
    expect(at('implementation').match(/<a:prstGeom prst="rect">/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('writes each case result with the language’s own punctuation', () => {
    const cases = plan.slides.filter((s) => s.body.kind === 'case');
    expect(cases.length).toBeGreaterThan(0);
    for (const slide of cases) {
      const text = textOf(parts.slides[slide.index - 1] ?? '');
      for (const r of slide.body.kind === 'case' ? fullResults(slide.body.results) : []) {
        const line = deck.language === 'zh-CN' ? `${r.label}：${r.before}→${r.after}（${r.change}）` : `${r.label}: ${r.before} → ${r.after} (${r.change})`;
        expect(text, `slide ${slide.index}`).toContain(flat(line));
      }
    }
  });

  it('lays out the comparison and pricing slides as tables', () => {
    for (const slide of plan.slides.filter((s) => s.kind === 'comparison' || s.kind === 'pricing')) {
      expect(parts.slides[slide.index - 1], `slide ${slide.index} (${slide.kind})`).toContain('<a:tbl>');
    }
  });

  it('carries the value case as editable text and shapes: yearly value, payback, each gain, the chart\'s bars; the quote\'s payback rows', () => {
    const i = plan.slides.findIndex((s) => s.kind === 'value');
    const body = plan.slides[i]?.body;
    const valueCase = body?.kind === 'value' ? body.valueCase : undefined;
    expect(valueCase?.payback).toBeDefined();
    const slide = textOf(parts.slides[i] ?? '');
    expect(slide).toContain(flat(valueCase?.headline ?? '-'));
    expect(slide).toContain(flat(valueCase?.payback ?? '-'));
    for (const gain of valueCase?.points.flatMap((p) => p.gains) ?? []) expect(slide).toContain(flat(gain.source));
    // 37 monthly bars as rectangles, not a picture.
    expect((parts.slides[i] ?? '').match(/prstGeom prst="rect"/g)?.length ?? 0).toBeGreaterThanOrEqual(37);
    expect(parts.slides[i]).not.toContain('<p:pic>');
    const pricing = plan.slides.findIndex((s) => s.kind === 'pricing');
    const rows = plan.slides[pricing]?.body;
    const payback = rows?.kind === 'pricing' ? rows.rows.slice(-2) : [];
    expect(payback).toHaveLength(2);
    for (const row of payback) expect(textOf(parts.slides[pricing] ?? '')).toContain(flat(`${row.item}${row.amount}`));
  });

  it('puts each slide’s notes into its PowerPoint speaker notes', () => {
    plan.slides.forEach((slide, i) => {
      const notes = textOf(parts.notes[i] ?? '');
      expect(notes, `notes of slide ${slide.index}`).toContain(flat(slide.reason));
      for (const say of slide.notes.say) expect(notes).toContain(flat(say));
    });
  });

  it(`marks the text as ${deck.language} in ${deck.font}`, () => {
    const title = parts.slides[0] ?? '';
    expect(title).toContain(`lang="${deck.language}"`);
    expect(title).toContain(`<a:ea typeface="${deck.font}"`);
  });

  it('converts in LibreOffice to one page per slide', () => {
    expect(pdfInfo(pdf()).pages).toBe(plan.slides.length);
  }, 120_000);

  it('prints no text into other text on any page in LibreOffice', () => {
    expectNoOverlaps(pdf(), plan);
  }, 120_000);
});

type Agenda = Extract<SlidePlan['slides'][number]['body'], { kind: 'agenda' }>;
const agendaOf = (plan: SlidePlan): Agenda | undefined => plan.slides.map((s) => s.body).find((b): b is Agenda => b.kind === 'agenda');

/** The plan with `extra` agenda items, as the agenda would be with a buffer of spare minutes. */
function withAgendaItems(plan: SlidePlan, extra: Agenda['items']): SlidePlan {
  const longer = structuredClone(plan);
  agendaOf(longer)?.items.push(...extra);
  return longer;
}

describe('--pptx long agendas and long titles in LibreOffice', () => {
  const decks: { name: string; plan: SlidePlan; pdf: string }[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-pptx-long-'));
    const zh = loadAndPlan('test/fixtures/long-agenda-zh/deck.yaml');
    const en = loadAndPlan('test/fixtures/long-agenda-en/deck.yaml');
    const zh13 = withAgendaItems(zh.plan, [{ title: '机动时间', minutes: '2 分钟', value: 2 }, { title: '会后交流与参观安排', minutes: '1 分钟', value: 1 }]);
    const wanted = [
      { name: 'long-agenda-zh', plan: zh.plan, meeting: zh.meeting },
      { name: 'long-agenda-en', plan: en.plan, meeting: en.meeting },
      { name: 'long-agenda-zh-13', plan: zh13, meeting: zh.meeting },
    ];
    const files = await Promise.all(wanted.map(async ({ name, plan, meeting }) => {
      const file = join(dir, `${name}.pptx`);
      writeFileSync(file, await renderPptx(plan, meeting, []));
      return file;
    }));
    const pdfs = convertToPdf(files);
    wanted.forEach(({ name, plan }, i) => decks.push({ name, plan, pdf: pdfs[i] ?? '' }));
  }, 180_000);

  it('has agendas of 12 to 15 items (the sections, an early leaver\'s close and the time in hand) with three ground rules', () => {
    expect(decks.map((d) => agendaOf(d.plan)?.items.length)).toEqual([13, 12, 15]);
    expect(decks.map((d) => agendaOf(d.plan)?.rules.length)).toEqual([3, 3, 3]);
  });

  it('writes each section’s number whole in the agenda bar, a one-minute section’s too', () => {
    for (const deck of decks) {
      const page = deck.plan.slides.findIndex((s) => s.kind === 'agenda');
      const words = pdfWords(deck.pdf)[page]?.words.map((w) => w.text) ?? [];
      agendaOf(deck.plan)?.items.forEach((_item, i) => expect(words, `${deck.name}: ${i + 1} in the bar`).toContain(String(i + 1)));
    }
  });

  for (const name of ['long-agenda-zh', 'long-agenda-en', 'long-agenda-zh-13']) {
    it(`prints no text into other text on any page of ${name}`, () => {
      const deck = decks.find((d) => d.name === name);
      if (!deck) throw new Error(`${name} was not rendered`);
      expectNoOverlaps(deck.pdf, deck.plan);
    });
  }
});

describe('--pptx determinism', () => {
  it('gives the same bytes for the same deck', async () => {
    const files = [];
    for (let i = 0; i < 2; i++) {
      const out = mkdtempSync(join(tmpdir(), 'demodeck-pptx-same-'));
      expect(await run(['build', 'test/fixtures/everything/deck.yaml', '--pptx', '--out', out], quiet([]))).toBe(0);
      files.push(readFileSync(join(out, 'deck', 'deck.pptx')));
    }
    expect(files[0]?.equals(files[1] ?? Buffer.alloc(0))).toBe(true);
  });
});

describe('--pptx escaping', () => {
  it('writes markup pasted into the config as literal text, never as XML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-pptx-escape-'));
    const source = readFileSync('test/fixtures/minimal/deck.yaml', 'utf8')
      .replace('Stock you can trust', '"Stock </a:t><a:t>&amp; <script>"')
      .replace('the books match the shelf all year', 'the books match & "quote" <b>bold</b>');
    writeFileSync(join(dir, 'deck.yaml'), source);
    expect(await run(['build', join(dir, 'deck.yaml'), '--pptx', '--out', join(dir, 'out')], quiet([]))).toBe(0);
    const { slides } = await slideParts(join(dir, 'out', 'deck', 'deck.pptx'));
    const all = slides.join('');
    expect(all).not.toContain('<script>');
    expect(all).not.toContain('<b>');
    expect(textOf(slides[0] ?? '')).toContain(flat('Stock </a:t><a:t>&amp; <script>'));
    expect(textOf(all)).toContain(flat('the books match & "quote" <b>bold</b>'));
  });
});

describe('--pptx notes follow the project’s own notes.hbs', () => {
  it('writes what a --templates notes.hbs renders, as plain text, and shows the concern questions on the slide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demodeck-pptx-notes-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'notes.hbs'), '<aside class="notes"><p>Our house notes for {{slide.title}} &amp; co</p>\n<ul>{{#each slide.notes.say}}<li>{{this}}</li>{{/each}}</ul></aside>\n');
    const out = join(dir, 'out');
    expect(await run(['build', 'decks/northwind-cfo.yaml', '--pptx', '--templates', join(dir, 'templates'), '--out', out], quiet([]))).toBe(0);
    const { slides, notes } = await slideParts(join(out, 'northwind-cfo', 'northwind-cfo.pptx'));
    const plan = loadAndPlan('decks/northwind-cfo.yaml').plan;
    const assurance = plan.slides.find((s) => s.kind === 'assurance');
    if (!assurance) throw new Error('no assurance slide');
    const text = textOf(notes[assurance.index - 1] ?? '');
    expect(text).toContain(flat(`Our house notes for ${assurance.title} & co`));
    expect(text).toContain(flat(`• ${assurance.notes.say[0] ?? ''}`));
    // The shipped template's parts are gone: the project's template decides.
    expect(text).not.toContain(flat('Who cares here'));
    for (const asked of assurance.asked) expect(textOf(slides[assurance.index - 1] ?? '')).toContain(flat(asked.q));
  });
});
