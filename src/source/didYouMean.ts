// "Did you mean" for misspelt keys, enum values and content ids.

export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** A "did you mean" sentence, or the list of valid values when nothing is close. */
export function suggest(input: string, candidates: readonly string[], noun = 'one of'): string {
  const match = closest(input, candidates);
  if (match !== undefined) return `did you mean \`${match}\`?`;
  const shown = candidates.slice(0, 12).map((c) => `\`${c}\``).join(', ');
  const more = candidates.length > 12 ? `, … (${candidates.length} in all)` : '';
  return `use ${noun} ${shown}${more}`;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
