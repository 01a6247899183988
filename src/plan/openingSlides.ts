// Step 6, the opening: welcome, who we are, why we are here (the central message), the hook,
// and a map of the session with its ground rules.
import type { PlanContext, SlideDraft } from './context.js';
import { orderNeeds } from './needSlides.js';

export function openingSlides(ctx: PlanContext): SlideDraft[] {
  const { meeting, t } = ctx;
  const { config } = meeting;
  const presenter = config.presenter;
  const presenterLine = presenter ? [presenter.name, presenter.title, presenter.company].filter(Boolean).join(' · ') : undefined;
  const slides: SlideDraft[] = [];

  slides.push({
    kind: 'title',
    section: 'opening',
    title: config.deck.title,
    reason: t('reason-title'),
    body: { kind: 'title', title: config.deck.title, subtitle: config.deck.subtitle, customer: config.customer.name, presenter: presenterLine, date: config.deck.date },
    say: [t('say-title', { customer: config.customer.name })],
  });

  const welcomeLines = [t('welcome-line', { customer: config.customer.name })];
  if (presenter) welcomeLines.push(t('intro-line', { name: presenter.name, role: presenter.title ?? t('presenter-default-title'), company: presenter.company ?? t('our-company') }));
  slides.push({
    kind: 'opening',
    section: 'opening',
    title: t('welcome-title'),
    reason: t('reason-welcome'),
    body: { kind: 'opening', heading: t('welcome-heading', { customer: config.customer.name }), lines: welcomeLines },
    say: [t('say-welcome'), t('say-intro')],
  });

  const technique = config.opening?.technique ?? 'question';
  const topNeed = orderNeeds(meeting.needs)[0];
  const hook = config.opening?.hook ?? t(`hook-default-${technique}`, { problem: topNeed?.problem ?? topNeed?.title ?? config.customer.name });
  slides.push({
    kind: 'opening',
    section: 'opening',
    title: t(`hook-title-${technique}`),
    reason: t('reason-hook', { technique: t(`technique-${technique}`) }),
    body: { kind: 'opening', emphasis: hook, lines: [], technique },
    say: [t(`say-hook-${technique}`)],
  });

  const goal = config.goal;
  const message = goal?.message ?? t('default-message', { customer: config.customer.name });
  if (!goal?.message) ctx.warnings.push({ code: 'no-goal-message', message: t('warn-no-goal-message') });
  slides.push({
    kind: 'opening',
    section: 'opening',
    title: t('intent-title'),
    reason: t('reason-intent'),
    body: { kind: 'opening', heading: t('intent-heading'), emphasis: message, lines: goal?.why_us ?? [] },
    say: [t('say-intent'), ...(goal?.why_us.length ? [t('say-why-us')] : [])],
  });

  const rules = config.opening?.rules.length ? config.opening.rules : [t('rule-default-questions'), t('rule-default-time', { minutes: config.deck.duration })];
  slides.push({
    kind: 'agenda',
    section: 'opening',
    title: t('agenda-title'),
    reason: t('reason-agenda'),
    // The items are filled in once the plan knows each section's minutes.
    body: { kind: 'agenda', items: [], rules, rulesTitle: t('rules-title') },
    say: [t('say-agenda', { minutes: config.deck.duration }), t('say-rules')],
  });
  return slides;
}
