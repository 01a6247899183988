// The files that travel with a deck: the readiness report, the rehearsal brief (Markdown and
// printable HTML) and, when asked, the client copy. Pure: strings in, strings out.
import { briefMarkdown } from '../brief/briefMarkdown.js';
import { buildBrief } from '../brief/briefModel.js';
import { assessReadiness, type Readiness } from '../check/readiness.js';
import type { TemplateSources } from '../load/templateFiles.js';
import type { SlidePlan } from '../plan/slidePlan.js';
import { translator } from '../plan/text.js';
import type { ResolvedMeeting } from '../types.js';
import { renderDeck, type RuntimeTags } from './renderDeck.js';
import { templateRunner } from './templateRunner.js';

export interface CompanionOptions {
  /** Clock time of the first slide, in minutes since midnight. */
  startMinutes: number;
  /** The runtime inlined, for a client copy that is one self-contained file; none: no copy. */
  clientRuntime?: RuntimeTags;
}

export interface Companions {
  readiness: Readiness;
  files: Map<string, string>;
}

export function renderCompanions(plan: SlidePlan, meeting: ResolvedMeeting, templates: TemplateSources, options: CompanionOptions): Companions {
  const t = translator(meeting.strings);
  const readiness = assessReadiness(meeting, plan, t);
  const brief = buildBrief(meeting, plan, t, options.startMinutes);
  const files = new Map<string, string>([
    ['readiness.json', `${JSON.stringify(readiness, null, 2)}\n`],
    ['brief.md', briefMarkdown(brief, t)],
    ['brief.html', templateRunner(templates, meeting.strings).render('brief', { brief })],
  ]);
  if (options.clientRuntime) files.set('client.html', renderDeck(plan, meeting, templates, options.clientRuntime, { client: true }));
  return { readiness, files };
}
