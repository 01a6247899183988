// The browser runtime every deck loads: reveal.js, its notes plugin and our start-up code.
// Vite bundles it once at install time into a classic (IIFE) script, because module scripts
// are blocked by CORS when a deck is opened from file://.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck.css';
import { fitSlide } from './fitSlides.js';
import { installJumpKeys } from './jumpKeys.js';
import { mainLine, mainLineProgressBar } from './mainLine.js';

declare global {
  interface Window {
    Reveal: typeof Reveal;
  }
}

// Tests and the notes window look for the global, which the ESM build does not set.
window.Reveal = Reveal;

/** reveal's margin around the slide on screen: the slide shows at 96% of the window. */
const SCREEN_MARGIN = 0.04;

function start(): void {
  // Printing (`--pdf`) asks reveal for no margin, so a page is exactly one slide; the slide then
  // shrinks by the same factor as on screen, keeping the screen's margin on every page.
  document.documentElement.style.setProperty('--dd-screen-scale', String(1 - SCREEN_MARGIN));
  const revealElement = document.querySelector<HTMLElement>('.reveal');
  const line = mainLine(Array.from(document.querySelectorAll('.reveal .slides > section')), revealElement?.dataset.ddAppendix ?? 'A');
  void Reveal.initialize({
    hash: true,
    width: 1280,
    height: 720,
    margin: SCREEN_MARGIN,
    controls: true,
    // Our own bar, of the main line (mainLine.ts); the speaker view's previews ask for none.
    progress: false,
    slideNumber: (slide: HTMLElement) => line.slideNumber(slide),
    // The speaker view paces the talk only when one of these is set: every main-line slide
    // carries its seconds in data-timing, appendix slides carry none and so add no time.
    defaultTiming: 0,
    transition: 'slide',
    center: false,
    plugins: [Notes],
  }).then(() => {
    installJumpKeys(Reveal as unknown as Parameters<typeof installJumpKeys>[0]);
    const showsBar = revealElement && !Reveal.isSpeakerNotes() && !(Reveal as unknown as { isPrintView(): boolean }).isPrintView() && new URLSearchParams(location.search).get('progress') !== 'false';
    if (showsBar) {
      const update = mainLineProgressBar(revealElement, line);
      update(Reveal.getCurrentSlide());
      Reveal.on('slidechanged', (event) => update((event as unknown as { currentSlide: Element }).currentSlide));
    }
    const height = Reveal.getConfig().height as number;
    const fit = (slide: Element | undefined): void => {
      if (slide instanceof HTMLElement) fitSlide(slide, height);
    };
    // Measure with the real fonts (a CJK font loads late): measuring with a fallback would shrink
    // differently from run to run. In print view every slide is laid out at once; otherwise each
    // slide is fitted as it is shown. `data-dd-fitted` tells printers and tests that it is done.
    void document.fonts.ready.then(() => {
      if ((Reveal as unknown as { isPrintView(): boolean }).isPrintView()) document.querySelectorAll('.reveal .slides > section').forEach(fit);
      else fit(Reveal.getCurrentSlide());
      Reveal.on('slidechanged', (event) => fit((event as unknown as { currentSlide: Element }).currentSlide));
      document.documentElement.dataset.ddFitted = 'true';
    });
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
