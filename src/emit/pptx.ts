// `--pptx`: the same SlidePlan as an editable PowerPoint file, with each slide's notes as speaker
// notes. pptxgenjs is imported only when a PPTX is asked for. The file is made byte-identical for
// the same deck by fixing the dates pptxgenjs stamps into docProps/core.xml and the ZIP entries.
import { join } from 'node:path';
import type Pptx from 'pptxgenjs';
import { DeckError } from '../errors.js';
import type { SlidePlan } from '../plan/slidePlan.js';
import { translator } from '../plan/text.js';
import { paletteFromCss } from '../theme/palette.js';
import type { ResolvedMeeting } from '../types.js';
import { addAsked, addBody, type SlideStyle } from './pptxSlides.js';
import { writeFileAtomic } from './writeAtomic.js';

/** Fonts Office and LibreOffice know; LibreOffice substitutes Noto CJK for YaHei through fontconfig. */
const FONTS = { en: 'Arial', 'zh-CN': 'Microsoft YaHei' } as const;
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** `notes`: each slide's speaker notes as plain text, rendered from the deck's notes template. */
export async function writePptx(deckDir: string, plan: SlidePlan, meeting: ResolvedMeeting, notes: readonly string[]): Promise<string> {
  const bytes = await renderPptx(plan, meeting, notes);
  const file = join(deckDir, `${plan.deck}.pptx`);
  writeFileAtomic(file, bytes);
  return file;
}

export async function renderPptx(plan: SlidePlan, meeting: ResolvedMeeting, notes: readonly string[]): Promise<Buffer> {
  let PptxGenJS: typeof Pptx.default;
  try {
    // The package's types describe its CommonJS build; the ESM build's default export is the class.
    PptxGenJS = (await import('pptxgenjs')).default as unknown as typeof Pptx.default;
  } catch (cause) {
    throw new DeckError('PowerPoint output is not installed', [
      { code: 'pptx-missing', path: '--pptx', message: 'the pptxgenjs package could not be loaded', hint: 'run `npm ci` in the demodeck folder' },
    ], { cause });
  }
  const t = translator(meeting.strings);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = t('page-title', { title: meeting.config.deck.title, customer: meeting.config.customer.name });
  pptx.company = meeting.config.presenter?.company ?? '';
  pptx.author = meeting.config.presenter?.name ?? '';
  pptx.theme = { headFontFace: FONTS[plan.language], bodyFontFace: FONTS[plan.language] };
  const palette = paletteFromCss(meeting.themeCss);
  const logos = [meeting.logos.brand, meeting.logos.customer, meeting.logos.presenter]
    .flatMap((logo) => (logo && !logo.dataUri.startsWith('data:image/svg') ? [logo.dataUri.replace(/^data:/, '')] : []));
  const style: SlideStyle = { palette, font: FONTS[plan.language], lang: plan.language, logos };

  plan.slides.forEach((planned, i) => {
    const slide = pptx.addSlide();
    slide.background = { color: palette.bg.slice(1).toUpperCase() };
    if (planned.kind !== 'title') {
      slide.addText(planned.title, {
        x: 0.5, y: 0.3, w: 12.33, h: 0.8, fontFace: style.font, lang: style.lang, fontSize: 30, bold: true,
        color: palette.heading.slice(1).toUpperCase(), valign: 'bottom', fit: 'shrink',
      });
      slide.addShape('line', { x: 0.5, y: 1.12, w: 12.33, h: 0, line: { color: palette.accent.slice(1).toUpperCase(), width: 3 } });
    }
    addBody(slide, planned.body, style);
    if (planned.asked.length > 0) addAsked(slide, planned.asked, style, t('asked-title'));
    slide.addNotes(notes[i] ?? '');
  });
  const zipped = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  return fixZipDates(zipped);
}

async function fixZipDates(zipped: Buffer): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(zipped);
  const out = new JSZip();
  const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
