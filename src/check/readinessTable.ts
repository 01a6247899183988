// The readiness report as a terminal table: one row per check, a fix under each failed one,
// coloured only when the output is a terminal.
import type { Translate } from '../plan/text.js';
import { isWide } from '../source/textWidth.js';
import type { Readiness, ReadinessCheck } from './readiness.js';

const COLOURS = { ok: '\u001b[32m', block: '\u001b[31;1m', warn: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

export function readinessTable(readiness: Readiness, deck: string, t: Translate, colour: boolean): string {
  const paint = (key: keyof typeof COLOURS, text: string): string => (colour ? `${COLOURS[key]}${text}${COLOURS.reset}` : text);
  const status = (check: ReadinessCheck): string => (check.ok ? t('status-ok') : t(`status-${check.severity}`));
  const rows = readiness.checks.map((check) => [status(check), String(check.step), check.code, check.message]);
  const header = [t('col-status'), t('col-step'), t('col-check'), ''];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]): string => cells.map((c, i) => (i < cells.length - 1 ? pad(c, widths[i] ?? 0) : c)).join('  ').trimEnd();
  const out = [t('readiness-title', { deck, score: readiness.score }), paint('dim', t('readiness-breakdown', readiness.breakdown)), '', paint('dim', line(header))];
  readiness.checks.forEach((check, i) => {
    const text = line(rows[i] ?? []);
    out.push(paint(check.ok ? 'ok' : check.severity, text));
    if (!check.ok) out.push(`${' '.repeat((widths[0] ?? 0) + (widths[1] ?? 0) + 4)}→ ${check.fix}`);
  });
  return out.join('\n');
}

export function readinessSummary(readiness: Readiness, t: Translate): string {
  const failed = readiness.checks.filter((c) => !c.ok).length;
  return failed === 0 ? `${t('readiness-summary', { score: readiness.score, failed })}${t('readiness-all-ok')}` : t('readiness-summary', { score: readiness.score, failed });
}

/** Chinese characters take two terminal columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
