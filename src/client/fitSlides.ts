// Each slide is fitted to the slide once it is laid out with its real fonts:
// - text longer than any layout expects shrinks step by step until everything fits (nothing is
//   ever cut off);
// - a slide with little on it uses the slide: its body's type grows (the title keeps the size all
//   titles share) until the content nearly fills the slide or the type is half as large again,
//   and what room is left is shared above and below the body, so no slide ends in a band of white.
const MIN_SCALE = 0.3;
/** Type grows at most this much: larger reads as shouting, not as a slide. */
const MAX_GROWTH = 1.5;
/** Growing stops when the content reaches this share of the slide's height. */
const FILL = 0.86;

export function fitSlide(section: HTMLElement, slideHeight: number): void {
  if (section.dataset.fitted === 'true' || getComputedStyle(section).display === 'none') return;
  const body = section.querySelector<HTMLElement>(':scope > .dd-body');
  if (contentHeight(section) > slideHeight) shrink(section, slideHeight);
  else if (body) {
    grow(section, body, slideHeight);
    balance(section, body, slideHeight);
  }
  section.dataset.fitted = 'true';
}

function shrink(section: HTMLElement, slideHeight: number): void {
  const base = parseFloat(getComputedStyle(section).fontSize) || 30;
  let scale = 1;
  while (contentHeight(section) > slideHeight && scale > MIN_SCALE) {
    scale -= 0.05;
    section.style.fontSize = `${(base * scale).toFixed(1)}px`;
    // Drawings are sized by the slide's width, not its type: they shrink with the same factor.
    section.style.setProperty('--dd-fit', scale.toFixed(2));
  }
}

/** The largest growth, in steps of 0.05, at which the content stays within FILL of the slide. */
function grow(section: HTMLElement, body: HTMLElement, slideHeight: number): void {
  const limit = slideHeight * FILL;
  const fits = (scale: number): boolean => {
    body.style.fontSize = `${scale.toFixed(2)}em`;
    return contentHeight(section) <= limit;
  };
  let low = 1;
  let high = MAX_GROWTH;
  if (fits(high)) return;
  while (high - low > 0.05) {
    const mid = Math.round(((low + high) / 2) * 20) / 20;
    if (mid <= low || mid >= high) break;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  if (low === 1) body.style.removeProperty('font-size');
  else fits(low);
}

/** The room left under the body is split above and below it, so the body sits in the middle. */
function balance(section: HTMLElement, body: HTMLElement, slideHeight: number): void {
  const padding = parseFloat(getComputedStyle(section).paddingBottom) || 0;
  const free = slideHeight - padding - contentHeight(section);
  // Moved, not re-flowed: a relative offset changes no margin and no line break.
  if (free > 1) body.style.top = `${Math.floor(free / 2)}px`;
}

/** The bottom of the lowest visible child, measured from the top of the slide. */
function contentHeight(section: HTMLElement): number {
  const top = section.getBoundingClientRect().top;
  const scale = section.getBoundingClientRect().height / section.offsetHeight || 1;
  let bottom = 0;
  for (const child of Array.from(section.children) as HTMLElement[]) {
    if (child.matches('aside.notes') || getComputedStyle(child).position === 'absolute') continue;
    bottom = Math.max(bottom, (child.getBoundingClientRect().bottom - top) / scale);
  }
  return bottom;
}
