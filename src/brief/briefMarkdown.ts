// brief.md: the rehearsal brief as Markdown, for reading in an editor or pasting into notes.
import type { Translate } from '../plan/text.js';
import type { Brief } from './briefModel.js';

/** User text is text in Markdown too: characters that would start markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function briefMarkdown(brief: Brief, t: Translate): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  const list = (items: readonly string[]): void => {
    if (items.length === 0) out.push(`- ${t('brief-none')}`);
    for (const item of items) out.push(`- ${e(item)}`);
  };
  out.push(`# ${e(t('brief-title', { title: brief.title }))}`, '', e(t('brief-for', { customer: brief.customer, date: brief.date ?? '' })).replace(/ · $/, ''), '');
  out.push(`## ${t('brief-message')}`, '', `> ${e(brief.message)}`, '');
  out.push(`## ${t('brief-timeline')}`, '', `| ${t('brief-clock')} | ${t('brief-section')} | ${t('brief-minutes')} |`, '|---|---|---:|');
  for (const row of brief.timeline) out.push(`| ${row.from}–${row.to} | ${e(row.section)} | ${row.minutes} |`);
  out.push(`| | **${t('brief-total')}** | **${brief.totalMinutes}** |`, '');
  out.push(`## ${t('brief-people')}`, '');
  for (const p of brief.people) {
    out.push(`### ${e(p.name)}${p.title ? ` — ${e(p.title)}` : ''}`, '');
    out.push(`- ${t('brief-role')}: ${e(p.role)} · ${t('brief-decision')}: ${e(p.decision)} · ${t('brief-stance')}: ${e(p.stance)}`);
    if (p.background) out.push(`- ${t('brief-background')}: ${e(p.background)}`);
    out.push(`- ${t('brief-concerns')}: ${p.concerns.length > 0 ? p.concerns.map(e).join('; ') : t('brief-none')}`);
    out.push(`- ${t('brief-stress')}: ${e(p.stress)}`);
    if (p.handling) out.push(`- **${t('brief-handling')}:** ${e(p.handling)}`);
    if (p.questions.length > 0) {
      out.push(`- ${t('brief-questions')}:`);
      for (const q of p.questions) out.push(`  - *${e(q.q)}* — ${e(q.a)}`);
    }
    out.push('');
  }
  out.push(`## ${t('brief-competitors')}`, '');
  if (brief.competitors.length === 0) out.push(`- ${t('brief-none')}`);
  for (const c of brief.competitors) {
    out.push(`### ${e(c.name)}`, '', `- ${t('brief-positioning')}: ${e(c.positioning)}`);
    out.push(`- ${t('brief-strengths')}: ${c.strengths.map(e).join('; ') || t('brief-none')}`);
    out.push(`- ${t('brief-weaknesses')}: ${c.weaknesses.map(e).join('; ') || t('brief-none')}`);
    out.push(`- ${t('brief-rebuttals')}:`);
    for (const r of c.rebuttals) out.push(`  - ${e(r)}`);
    out.push('');
  }
  out.push(`## ${t('brief-contingencies')}`, '');
  list(brief.contingencies.map((c) => `${t('brief-if')} ${c.if} → ${c.then}`));
  out.push('', `## ${t('brief-supporters')}`, '');
  list(brief.supporters.map((s) => `${s.name}: ${s.when}`));
  out.push('', `## ${t('brief-checklist')}`, '');
  for (const item of brief.checklistGeneral) out.push(`- [ ] ${e(item)}`);
  for (const card of brief.checklist) {
    out.push(`- [ ] **${e(card.card)}**`);
    card.steps.forEach((step, i) => out.push(`  ${i + 1}. ${e(step)}`));
  }
  out.push('', `## ${t('brief-scorecard')}`, '');
  for (const q of brief.scorecard) out.push(`- ${e(q)}  ☐1 ☐2 ☐3 ☐4 ☐5`);
  return `${out.join('\n')}\n`;
}
