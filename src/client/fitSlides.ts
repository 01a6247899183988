// A safety net for text that is longer than any layout expects: a slide whose content is taller
// than the slide shrinks its type step by step until everything fits. Nothing is cut off.
const MIN_SCALE = 0.3;

export function fitSlide(section: HTMLElement, slideHeight: number): void {
  if (section.dataset.fitted === 'true' || getComputedStyle(section).display === 'none') return;
  const base = parseFloat(getComputedStyle(section).fontSize) || 30;
  let scale = 1;
  while (contentHeight(section) > slideHeight && scale > MIN_SCALE) {
    scale -= 0.05;
    section.style.fontSize = `${(base * scale).toFixed(1)}px`;
    // Drawings are sized by the slide's width, not its type: they shrink with the same factor.
    section.style.setProperty('--dd-fit', scale.toFixed(2));
  }
  section.dataset.fitted = 'true';
}

/** The bottom of the lowest visible child, measured from the top of the slide. */
function contentHeight(section: HTMLElement): number {
  const top = section.getBoundingClientRect().top;
  const scale = section.getBoundingClientRect().height / section.offsetHeight || 1;
  let bottom = 0;
  for (const child of Array.from(section.children) as HTMLElement[]) {
    if (child.matches('aside.notes')) continue;
    bottom = Math.max(bottom, (child.getBoundingClientRect().bottom - top) / scale);
  }
  return bottom;
}
