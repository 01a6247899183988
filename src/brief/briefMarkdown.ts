// brief.md: the rehearsal brief as Markdown, for reading in an editor or pasting into notes.
import type { Translate } from '../plan/text.js';
import type { Brief } from './briefModel.js';

/** User text is text in Markdown too: characters that would start markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function briefMarkdown(brief: Brief, t: Translate): string {
  const e = escapeMarkdown;
  // "Role: …" in English, "角色：…" in Chinese: the punctuation comes with the language.
  const label = (key: string): string => `${t(key)}${t('label-colon')}`;
  const clauses = (items: readonly string[]): string => items.map(e).join(t('clause-separator'));
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
  if (brief.valueCase) {
    const v = brief.valueCase;
    out.push(`## ${t('brief-value')}`, '', `**${e(v.confirm)}**`, '', `### ${t('brief-value-facts')}`, '');
    for (const f of v.facts) out.push(`- ${e(f)}`);
    out.push('', `### ${t('brief-value-gains')}`, '');
    for (const g of v.gains) out.push(`- ${e(g)}`);
    out.push('', `### ${t('brief-value-totals')}`, '');
    for (const line of v.totals) out.push(`- ${e(line)}`);
    out.push('');
  }
  out.push(`## ${t('brief-people')}`, '');
  for (const p of brief.people) {
    out.push(`### ${e(p.title ? t('person-with-title', { name: p.name, title: p.title }) : p.name)}`, '');
    out.push(`- ${label('brief-role')}${e(p.role)} · ${label('brief-decision')}${e(p.decision)} · ${label('brief-stance')}${e(p.stance)}`);
    if (p.background) out.push(`- ${label('brief-background')}${e(p.background)}`);
    out.push(`- ${label('brief-concerns')}${p.concerns.length > 0 ? clauses(p.concerns) : t('brief-none')}`);
    out.push(`- ${label('brief-stress')}${e(p.stress)}`);
    if (p.handling) out.push(`- **${label('brief-handling')}**${e(p.handling)}`);
    if (p.questions.length > 0) {
      out.push(`- ${label('brief-questions').trimEnd()}`);
      for (const q of p.questions) out.push(`  - *${e(q.q)}*${t('answer-lead')}${e(q.a)}`);
    }
    out.push('');
  }
  out.push(`## ${t('brief-competitors')}`, '');
  if (brief.competitors.length === 0) out.push(`- ${t('brief-none')}`);
  for (const c of brief.competitors) {
    out.push(`### ${e(c.name)}`, '', `- ${label('brief-positioning')}${e(c.positioning)}`);
    out.push(`- ${label('brief-strengths')}${clauses(c.strengths) || t('brief-none')}`);
    out.push(`- ${label('brief-weaknesses')}${clauses(c.weaknesses) || t('brief-none')}`);
    out.push(`- ${label('brief-rebuttals').trimEnd()}`);
    for (const r of c.rebuttals) out.push(`  - ${e(r)}`);
    out.push('');
  }
  out.push(`## ${t('brief-contingencies')}`, '');
  list(brief.contingencies.map((c) => `${t('ready-contingency', { if: c.if, action: c.then })}${t('brief-contingency-where', { where: [c.where, c.key].filter(Boolean).join(t('clause-separator')) })}`));
  if (brief.keys.length > 0) {
    out.push('', `### ${t('brief-keys')}`, '');
    list(brief.keys);
  }
  out.push('', `## ${t('brief-supporters')}`, '');
  list(brief.supporters.map((s) => `${s.name}${t('label-colon')}${s.when}`));
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
