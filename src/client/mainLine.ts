// What the audience sees of the deck's length: the main line only. Appendix slides (class
// `dd-appendix`, always after the main line) are backups shown when asked, so counting them would
// make a 20-slide talk read "17 / 29". Reveal keeps counting every slide (`getTotalSlides()` equals
// plan.json's slides); only the slide number and the progress bar are drawn from the main line.

export interface MainLine {
  /** Reveal's `slideNumber` as a function: `[n, '/', total]` on the main line, `[label n]` after it. */
  slideNumber(slide?: Element): (string | number)[];
  /** 0 on the first main-line slide, 1 on the last one and on every appendix slide. */
  progress(slide?: Element): number;
}

export function mainLine(slides: readonly Element[], appendixLabel: string): MainLine {
  const main = slides.filter((s) => !s.classList.contains('dd-appendix'));
  const appendix = slides.filter((s) => s.classList.contains('dd-appendix'));
  return {
    slideNumber(slide) {
      const m = slide ? main.indexOf(slide) : -1;
      if (m >= 0) return [m + 1, '/', main.length];
      const a = slide ? appendix.indexOf(slide) : -1;
      return a >= 0 ? [`${appendixLabel} ${a + 1}`] : [''];
    },
    progress(slide) {
      const m = slide ? main.indexOf(slide) : -1;
      if (m < 0) return 1;
      return main.length < 2 ? 0 : m / (main.length - 1);
    },
  };
}

/** Reveal's own bar counts every slide; this one, styled by the same `.progress` rules, the main line. */
export function mainLineProgressBar(reveal: HTMLElement, line: MainLine): (slide?: Element) => void {
  const element = document.createElement('div');
  element.className = 'progress dd-progress';
  element.style.display = 'block';
  const bar = document.createElement('span');
  element.appendChild(bar);
  reveal.appendChild(element);
  return (slide) => {
    bar.style.transform = `scaleX(${line.progress(slide)})`;
  };
}
