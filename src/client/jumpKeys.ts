// Shift+1 … Shift+9: contingency N's jump. The target slide carries `data-dd-jump="N …"`; the key
// moves the deck there and shows nothing else, so the audience sees only the slide change.
// reveal ignores digits with Shift, so the two never compete. The speaker view forwards key
// presses to its preview of the deck as bare key codes (without Shift), so that preview — the
// one deck opened with `?receiver` — jumps on the bare digit, and reveal then moves the main deck.

interface JumpDeck {
  getIndices(slide: HTMLElement): { h: number; v?: number };
  slide(h: number, v?: number): void;
  addKeyBinding(binding: { keyCode: number; key: string; description: string }, callback: () => void): void;
}

export function jumpTarget(key: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.reveal .slides > section[data-dd-jump~="${key}"]`);
}

function jump(deck: JumpDeck, key: number): boolean {
  const target = jumpTarget(key);
  if (!target) return false;
  const { h, v } = deck.getIndices(target);
  deck.slide(h, v);
  return true;
}

/** The digit of Shift+1 … Shift+9 on the main keyboard row, whatever the layout prints on it. */
function shiftedDigit(event: KeyboardEvent): number | undefined {
  if (!event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const match = /^Digit([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : undefined;
}

export function installJumpKeys(deck: JumpDeck): void {
  document.addEventListener('keydown', (event) => {
    const key = shiftedDigit(event);
    if (key !== undefined && jump(deck, key)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
  if (!/(^|[?&])receiver(&|=|$)/.test(window.location.search.slice(1))) return;
  for (let key = 1; key <= 9; key++) {
    deck.addKeyBinding({ keyCode: 48 + key, key: String(key), description: `contingency ${key}` }, () => void jump(deck, key));
  }
}
