// brief.md: the rehearsal brief as Markdown, for reading in an editor or pasting into notes.
// It must render in CommonMark viewers in both languages (issue 22): an emphasis marker never
// stands against punctuation inside it (the colon goes after the closing marker) nor wraps user
// text that may start or end with punctuation.
import type { Translate } from '../plan/text.js';
import type { Brief } from './briefModel.js';
import type { PrepCard } from './demoPrep.js';

/**
 * User text is text in Markdown too: characters that would start markup are escaped, and only
 * those, so the raw file stays readable (a "+" between two amounts is left alone; one that starts
 * the text would start a list).
 */
export function escapeMarkdown(text: string): string {
  // "1." is escaped as "1\." : a backslash before a digit is no escape and would show.
  return escapeInline(text).replace(/^[#+-]/, (m) => `\\${m}`).replace(/^(\d+)([.)])/, (_m, n: string, p: string) => `${n}\\${p}`);
}

/** Escaped for the middle of a line, where a leading "#", "-" or "1." starts nothing. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
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
  // Stances and who gave which figure are in here: the mark comes before anything else.
  out.push(`**${t('brief-internal')}**`, '');
  runSheetMarkdown(brief.runSheet, t, out);
  demoPrepMarkdown(brief.demoPrep, t, out);
  out.push(`## ${t('brief-qualification')}`, '');
  for (const fact of brief.qualification) out.push(`- **${e(fact.label)}**${t('label-colon')}${e(fact.text)}`);
  out.push('');
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
    if (p.handling) out.push(`- **${t('brief-handling')}**${t('label-colon')}${e(p.handling)}`);
    if (p.questions.length > 0) {
      out.push(`- ${label('brief-questions').trimEnd()}`);
      // No emphasis around a question: it ends in a question mark, right against the answer.
      for (const q of p.questions) out.push(`  - ${e(q.q)}${t('answer-lead')}${e(q.a)}`);
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
  out.push('', `## ${t('brief-scorecard')}`, '');
  for (const q of brief.scorecard) out.push(`- ${e(q)}  ☐1 ☐2 ☐3 ☐4 ☐5`);
  return `${out.join('\n')}\n`;
}

/** The demo preparation: the general checklist, then per live block each card, then the contingencies and the appendix. */
function demoPrepMarkdown(prep: Brief['demoPrep'], t: Translate, out: string[]): void {
  const e = escapeMarkdown;
  // A label before a list ends in its colon; one before text keeps the language's colon and space.
  const label = (key: string, text?: string): string => (text === undefined ? `**${t(key)}**${t('label-colon')}`.trimEnd() : `**${t(key)}**${t('label-colon')}${e(text)}`);
  const card = (c: PrepCard, heading: string): void => {
    out.push(`${heading} ${e(c.heading)}`, '');
    if (c.sameAs) {
      out.push(`- ${e(c.sameAs)}`, '');
      return;
    }
    if (c.leadIn.length > 0) out.push(`- ${label('prep-lead-in', t('prep-lead-in-note'))}`, ...c.leadIn.map((step) => `  - ${e(step)}`));
    out.push(`- ${label('prep-must-show', c.mustShowNote)}`, ...c.mustShow.map((step) => `  - ${e(step)}`));
    if (c.tight) out.push(`- ${label('prep-tight-label', c.tight)}`);
    if (c.ifTime.length > 0) out.push(`- ${label('prep-if-time', c.ifTimeNote)}`, ...c.ifTime.map((step) => `  - ${e(step)}`));
    out.push(`- ${label('prep-data')}`, ...c.prepare.map((item) => `  - [ ] ${e(item)}`));
    out.push(`- ${label('prep-fallback-label', c.fallback)}`, '');
  };
  out.push(`## ${t('prep-title')}`, '', `### ${t('prep-general')}`, '');
  for (const item of prep.general) out.push(`- [ ] ${e(item)}`);
  out.push('');
  for (const block of prep.blocks) {
    out.push(`### ${e(block.heading)}`, '');
    for (const c of block.cards) card(c, '####');
  }
  if (prep.contingencies.length > 0) {
    out.push(`### ${t('prep-contingencies')}`, '');
    for (const c of prep.contingencies) {
      out.push(`#### ${e(c.heading)}`, '');
      if (c.gap) out.push(`- ${e(c.gap)}`, '');
      for (const shown of c.cards) card(shown, '#####');
    }
  }
  if (prep.appendix.length > 0) {
    out.push(`### ${t('prep-appendix')}`, '');
    for (const c of prep.appendix) card(c, '####');
  }
}

/** One block per run of the plan; labels in bold with their colon outside the marker. */
function runSheetMarkdown(blocks: Brief['runSheet'], t: Translate, out: string[]): void {
  const e = escapeMarkdown;
  const label = (key: string): string => `**${t(key)}**${t('label-colon')}`;
  out.push(`## ${t('brief-run-sheet')}`, '');
  for (const block of blocks) {
    out.push(`### ${e(block.heading)}`, '');
    for (const mark of block.marks) out.push(`> ${e(mark)}`, '');
    out.push(`- ${label('brief-run-address')}${e(block.address)}`);
    if (block.say.length > 0) out.push(`- ${label('brief-run-say').trimEnd()}`, ...block.say.map((line) => `  - ${e(line)}`));
    if (block.slides.length > 0) out.push(`- ${label('brief-run-slides')}${block.slides.map(escapeInline).join(t('clause-separator'))}`);
    if (block.contingencies.length > 0) out.push(`- ${label('brief-run-if').trimEnd()}`, ...block.contingencies.map((line) => `  - ${e(line)}`));
    out.push('');
  }
}
