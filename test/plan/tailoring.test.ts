// One test per rule of docs/tailoring.md, named after the rule it guards.
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { appendix, baseConfig, kinds, mainLine, notesText, only, planOf } from './tailoringHelpers.js';

describe('rule 1 — primary audience', () => {
  it('is the highest-ranked decision maker, even when someone more senior attends without deciding', () => {
    const config = baseConfig();
    config.audience = [
      { name: 'Owner', role: 'executive', decision: 'influencer' },
      { name: 'Finance', role: 'manager', decision: 'decision-maker' },
      { name: 'Lead', role: 'business-lead', decision: 'decision-maker' },
    ];
    const plan = planOf(config);
    expect(plan.primaryAudience).toEqual({ name: 'Lead', role: 'business-lead' });
    expect(plan.warnings.map((w) => w.code)).not.toContain('no-decision-maker');
  });

  it('without a decision maker is the highest-ranked person, ties broken by decision power then file order, with a warning', () => {
    const config = baseConfig();
    config.audience = [
      { name: 'Clerk', role: 'user', decision: 'none' },
      { name: 'Manager A', role: 'manager', decision: 'user' },
      { name: 'Manager B', role: 'manager', decision: 'influencer' },
      { name: 'Manager C', role: 'manager', decision: 'influencer' },
    ];
    const plan = planOf(config);
    expect(plan.primaryAudience).toEqual({ name: 'Manager B', role: 'manager' });
    expect(plan.warnings.find((w) => w.code === 'no-decision-maker')?.message).toContain('Manager B');
  });
});

describe('rule 2 — needs order', () => {
  it('orders needs by priority, then goal focus, then file order', () => {
    const config = baseConfig();
    config.needs = [
      { ...config.needs[0], id: 'a', title: 'Need A', priority: 3 },
      { ...config.needs[1], id: 'b', title: 'Need B', priority: 3 },
      { ...config.needs[2], id: 'c', title: 'Need C', priority: 1 },
      // A copy of the first need without its inline card, whose id must stay unique.
      { ...config.needs[0], id: 'd', title: 'Need D', priority: 3, features: ['ar-credit-control'] },
    ];
    (config.goal as Record<string, unknown>).focus = ['d'];
    const plan = planOf(config);
    expect(plan.slides.filter((s) => s.kind === 'need').map((s) => s.title)).toEqual(['Need C', 'Need D', 'Need A', 'Need B']);
  });
});

describe('rule 3 — emphasis by the primary role', () => {
  it('executive: the same-industry case comes before the first need, value right after the needs, one FFAB per need with the rest as backups', () => {
    const config = baseConfig();
    config.needs = [{ id: 'ar', title: 'Receivables', priority: 1, features: ['ar-credit-control', 'ar-ageing'] }];
    config.cases = ['goldcrust-foods', 'ningbo-brake-parts'];
    const plan = planOf(config);
    const main = kinds(mainLine(plan));
    expect(main).toContain('case');
    expect(main.indexOf('case')).toBeLessThan(main.indexOf('need'));
    expect(mainLine(plan).find((s) => s.kind === 'case')?.title).toContain('Ningbo');
    expect(main[main.lastIndexOf('ffab') + 1]).toBe('value');
    expect(main.filter((k) => k === 'ffab')).toHaveLength(1);
    expect(appendix(plan).some((s) => s.kind === 'backup' && s.title === 'Receivables ageing')).toBe(true);
  });

  it('business-lead: every card is an FFAB slide and the implementation plan comes right after the needs, before value', () => {
    const config = baseConfig();
    config.audience = only('business-lead');
    config.needs = [{ id: 'ar', title: 'Receivables', features: ['ar-credit-control', 'ar-ageing'] }];
    const main = kinds(mainLine(planOf(config)));
    expect(main.filter((k) => k === 'ffab')).toHaveLength(2);
    expect(main[main.lastIndexOf('ffab') + 1]).toBe('implementation');
    expect(main.indexOf('implementation')).toBeLessThan(main.indexOf('value'));
  });

  it('manager: the implementation plan stresses method and extensibility, cases come after the needs', () => {
    const config = baseConfig();
    config.audience = only('manager');
    const plan = planOf(config);
    const main = kinds(mainLine(plan));
    expect(main).toContain('case');
    expect(main).toContain('ffab');
    expect(main.indexOf('case')).toBeGreaterThan(main.lastIndexOf('ffab'));
    const implementation = plan.slides.find((s) => s.kind === 'implementation');
    expect(JSON.stringify(implementation?.body)).toMatch(/method/);
    expect(JSON.stringify(implementation?.body)).toMatch(/without re-implementing/);
  });

  it('user: the click path is walked through from the notes, and with nobody who decides in the room the value slide moves to the appendix', () => {
    const config = baseConfig();
    config.audience = [{ name: 'Pat Doe', role: 'user', decision: 'influencer' }];
    config.needs = [{ id: 'ar', title: 'Receivables', features: ['ar-credit-control'] }];
    const plan = planOf(config);
    const ffab = plan.slides.find((s) => s.kind === 'ffab');
    expect(JSON.stringify(ffab?.body)).not.toContain('Enter a sales order that takes the balance over the limit');
    expect(notesText(ffab)).toContain('Enter a sales order that takes the balance over the limit');
    expect(kinds(mainLine(plan))).not.toContain('value');
    expect(kinds(appendix(plan))).toContain('value');
  });

  it('peer: as manager, with the overview framed as where the industry is going', () => {
    const config = baseConfig();
    config.audience = only('peer');
    const overview = planOf(config).slides.find((s) => s.kind === 'overview');
    expect(overview?.title).toBe('Where the industry is going');
    expect(JSON.stringify(overview?.body)).toContain('auto parts manufacturing');
  });

  it('no audience gets click paths on a slide, FFAB or technical backup; they are in the notes', () => {
    for (const role of ['manager', 'user', 'executive']) {
      const config = baseConfig();
      config.audience = [...only(role), { name: 'Kim Lee', role: 'manager', experienced: true }];
      const plan = planOf(config);
      const ffab = plan.slides.find((s) => s.title === 'Credit check');
      expect(JSON.stringify(ffab?.body), role).not.toContain('enter an order over the limit');
      expect(notesText(ffab), role).toContain('enter an order over the limit');
      const technical = plan.slides.filter((s) => s.kind === 'backup');
      expect(technical.length, role).toBeGreaterThan(0);
      for (const slide of technical) expect(JSON.stringify(slide.body), role).not.toContain('enter an order over the limit');
    }
  });

  it('the overview shows what the customer gets, never the project plan, unless strategy.structure asks for the staircase', () => {
    const overviewFor = (role: string, structure?: string): { structure: string; layers: { title: string; items: string[] }[] } => {
      const config = baseConfig();
      config.audience = only(role);
      const strategy = config.strategy as Record<string, unknown>;
      if (structure) strategy.structure = structure;
      else delete strategy.structure;
      const body = planOf(config).slides.find((s) => s.kind === 'overview')?.body;
      if (body?.kind !== 'overview') throw new Error('no overview');
      return body;
    };
    const expected: Record<string, string> = { executive: 'pyramid', peer: 'pyramid', 'business-lead': 'concentric', manager: 'stacked', user: 'stacked' };
    for (const [role, structure] of Object.entries(expected)) expect(overviewFor(role).structure, role).toBe(structure);
    // A user sees their needs resting on the modules and the platform, not "prepare, configure, go live".
    const user = overviewFor('user');
    expect(user.layers.map((l) => l.title)).toEqual(['Your needs', 'Modules', 'Platform']);
    expect(user.layers[0]?.items).toContain('Sales insight');
    expect(JSON.stringify(user)).not.toMatch(/Prepare|Go live/);
    const asked = overviewFor('user', 'staircase');
    expect(asked.structure).toBe('staircase');
    expect(asked.layers.map((l) => l.title)).toEqual(['Prepare', 'Configure and train', 'Go live', 'Review']);
  });

  it('the implementation slide keeps the phases whatever the overview shows', () => {
    const config = baseConfig();
    config.audience = only('user');
    const implementation = planOf(config).slides.find((s) => s.kind === 'implementation');
    expect(implementation?.body.kind === 'implementation' && implementation.body.phases.map((p) => p.title)).toEqual(['Prepare', 'Configure and train', 'Go live', 'Review']);
  });
});

describe('rule 4 — benefit phrasing', () => {
  it('uses the card\'s benefit for the primary role, else its default benefit', () => {
    const config = baseConfig();
    config.needs = [{ id: 'ar', title: 'Receivables', features: ['ar-credit-control', { name: 'Plain card', feature: 'f', function: 'g', advantage: 'a', benefit: 'default benefit' }] }];
    config.audience = [{ name: 'Boss', role: 'executive', decision: 'decision-maker' }, { name: 'Peer', role: 'peer' }];
    const benefitOf = (plan: ReturnType<typeof planOf>, title: string): string => {
      const slide = plan.slides.find((s) => s.title === title);
      return slide?.body.kind === 'ffab' ? slide.body.benefit : '';
    };
    const executive = planOf(config);
    expect(benefitOf(executive, 'Credit control at order entry')).toMatch(/^You decide once how much risk/);
    expect(benefitOf(executive, 'Plain card')).toBe('default benefit');
    const peer = planOf(config, 'Peer');
    expect(benefitOf(peer, 'Credit control at order entry')).not.toMatch(/^You decide once/);
  });
});

describe('rule 5 — everyone is served', () => {
  it('puts every person in `for` of at least one main-line slide beyond the opening, with what to stress for their role', () => {
    const plan = planOf(baseConfig());
    for (const name of ['Zhang Min', 'Chen Jie', 'Wang Fang']) {
      const theirs = mainLine(plan).filter((s) => !['title', 'opening', 'agenda', 'closing', 'qna'].includes(s.kind) && s.for.includes(name));
      expect(theirs.length, name).toBeGreaterThan(0);
    }
    // What to stress for each role is read once, on the agenda; the other slides cue from their content.
    const agenda = mainLine(plan).find((s) => s.kind === 'agenda');
    expect(agenda?.notes.audience.find((a) => a.name === 'Wang Fang')?.stress).toMatch(/ease of use/);
    expect(agenda?.notes.audience.find((a) => a.name === 'Zhang Min')?.stress).toMatch(/same-industry cases/);
    const others = plan.slides.filter((s) => s.kind !== 'agenda').flatMap((s) => s.notes.audience.map((a) => a.stress));
    expect(others.filter((line) => /ease of use|same-industry cases/.test(line))).toEqual([]);
  });
});

describe('rule 6 — stance', () => {
  it('a resistant person gets an assurance slide in the main line before the closing', () => {
    const plan = planOf(baseConfig());
    const main = kinds(mainLine(plan));
    expect(main).toContain('assurance');
    expect(main.indexOf('assurance')).toBeLessThan(main.indexOf('closing'));
    const config = baseConfig();
    config.audience = config.audience.map((p) => ({ ...p, stance: 'neutral' }));
    expect(kinds(planOf(config).slides)).not.toContain('assurance');
  });

  it('a resistant person is named once with the reassurance to give, and their concern is answered on the assurance slide', () => {
    const plan = planOf(baseConfig());
    const named = plan.slides.filter((s) => s.notes.audience.some((a) => a.name === 'Zhang Min' && /Resistant: reassure/.test(a.stress)));
    expect(named.map((s) => s.kind)).toEqual(['agenda']);
    const assurance = mainLine(plan).find((s) => s.kind === 'assurance');
    expect(assurance?.notes.say.join(' ')).toContain('Zhang Min');
    // Answered by the slide as a whole, not by a sentence: it is not put on screen as a question.
    expect(plan.concerns.find((c) => c.person === 'Zhang Min')?.slide).toBe(assurance?.index);
    expect(assurance?.asked).toEqual([]);
    const linked = baseConfig();
    linked.audience[0] = { ...linked.audience[0], concerns: [{ concern: 'project failure would hurt her standing', answer: 'a pilot she can stop at any phase, with a signed checklist' }] };
    const shown = mainLine(planOf(linked)).find((s) => s.kind === 'assurance');
    expect(shown?.asked).toEqual([{ q: 'Project failure would hurt her standing', a: 'A pilot she can stop at any phase, with a signed checklist' }]);
  });

  it('a supporter is invited where their own area is shown: a need they own, else a card written for their role', () => {
    const config = baseConfig();
    config.needs[1] = { ...config.needs[1], owner: 'Chen Jie' };
    const plan = planOf(config);
    const invites = plan.slides.filter((s) => s.notes.say.some((line) => line.includes('Chen Jie')) && s.kind !== 'assurance');
    expect(invites.map((s) => `${s.kind}:${s.title}`)).toEqual(['need:Stock accuracy']);
    expect(invites[0]?.notes.say.join(' ')).toContain('Ask Chen Jie how this works today');
    const library = baseConfig();
    library.needs = [{ id: 'ar', title: 'Receivables', features: ['ar-credit-control'] }];
    const withCard = planOf(library);
    const invited = withCard.slides.filter((s) => s.notes.say.some((line) => line.startsWith('Invite Chen Jie')));
    expect(invited.map((s) => s.title)).toEqual(['Credit control at order entry']);
  });

  it('a peer from another firm is asked how their own firm runs it, on the case, never about the customer\'s situation', () => {
    const config = baseConfig();
    config.audience = [...config.audience, { name: 'Ola Berg', title: 'Partner, Berg Consulting', role: 'peer', stance: 'supporter' }];
    (config.strategy as Record<string, unknown>).supporters = ['Ola Berg'];
    const plan = planOf(config);
    const invites = plan.slides.filter((s) => s.notes.say.some((line) => line.includes('Ola Berg')));
    expect(invites.map((s) => s.kind)).toEqual(['case']);
    expect(invites[0]?.notes.say.join(' ')).toContain('how their own firm runs this');
  });
});

describe('rule 7 — experience', () => {
  it('an experienced person gets technical-detail backups in the appendix, referenced from the main need slides', () => {
    const config = baseConfig();
    config.audience = [{ name: 'Zhang Min', role: 'executive', decision: 'decision-maker' }, { name: 'Chen Jie', role: 'manager', experienced: true }];
    const plan = planOf(config);
    const backups = appendix(plan).filter((s) => s.title.startsWith('Technical detail'));
    expect(backups).toHaveLength(3);
    expect(backups.every((s) => s.for.includes('Chen Jie') && !s.for.includes('Zhang Min'))).toBe(true);
    const need = mainLine(plan).find((s) => s.kind === 'need' && s.title === 'Sales insight');
    const target = backups.find((s) => s.title === 'Technical detail: Sales insight');
    expect(notesText(need)).toContain(`backup slide ${target?.index}`);
    config.audience = [{ name: 'Zhang Min', role: 'executive', decision: 'decision-maker' }];
    expect(planOf(config).slides.some((s) => s.title.startsWith('Technical detail'))).toBe(false);
  });
});

describe('rule 8 — competitors and positioning', () => {
  const competitor = (fields: Record<string, unknown>): Record<string, unknown> => ({ name: 'RivalSoft', rebuttals: ['first rebuttal', 'second rebuttal'], ...fields });
  const positioningLine = (fields: Record<string, unknown>): string => {
    const config = baseConfig();
    config.competitors = [competitor(fields)];
    return notesText(planOf(config).slides.find((s) => s.kind === 'comparison'));
  };

  it('shows the customer criteria drawn from their needs; competitor names and weaknesses stay in the notes', () => {
    const config = baseConfig();
    config.competitors = [competitor({ weaknesses: ['slow support desk'] })];
    const comparison = planOf(config).slides.find((s) => s.kind === 'comparison');
    const body = JSON.stringify(comparison?.body);
    expect(body).toContain('Sales insight: handled out of the box');
    expect(body).not.toContain('RivalSoft');
    expect(body).not.toContain('slow support desk');
    expect(notesText(comparison)).toContain('RivalSoft: first rebuttal');
    expect(notesText(comparison)).toContain('RivalSoft: second rebuttal');
  });

  it('derives positioning: explicit wins, incumbent → reposition, big or broad → core needs (en and zh-CN), else criteria', () => {
    expect(positioningLine({ positioning: 'right-size', incumbent: true })).toContain('Big is not always better');
    expect(positioningLine({ incumbent: true, strengths: ['famous brand'] })).toContain('reposition them');
    expect(positioningLine({ strengths: ['very broad functionality'] })).toContain('anchor on the core needs');
    expect(positioningLine({ strengths: ['品牌知名度高'] })).toContain('anchor on the core needs');
    expect(positioningLine({ strengths: ['cheap licences'] })).toContain('hand over the selection criteria');
  });

  it('leaves the comparison slide out when no competitor is given', () => {
    const config = baseConfig();
    config.competitors = [];
    expect(kinds(planOf(config).slides)).not.toContain('comparison');
  });

  const comparisonCells = (plan: ReturnType<typeof planOf>): string[][] => {
    const body = plan.slides.find((s) => s.kind === 'comparison')?.body;
    if (body?.kind !== 'comparison') throw new Error(`${plan.deck}: no comparison slide`);
    return body.rows;
  };

  it('has one row per distinct criterion and never repeats a cell, on both example decks and their variants', () => {
    const plans = [
      loadAndPlan('decks/northwind-cfo.yaml').plan, loadAndPlan('decks/northwind-cfo.yaml', { forPerson: 'Tom Brennan' }).plan,
      loadAndPlan('decks/huadong.yaml').plan, loadAndPlan('decks/huadong.yaml', { forPerson: '陈洁' }).plan,
    ];
    for (const plan of plans) {
      const rows = comparisonCells(plan);
      expect(rows.length, plan.deck).toBeGreaterThanOrEqual(4);
      const cells = rows.flat();
      expect(new Set(cells).size, `${plan.deck}: ${cells.join(' | ')}`).toBe(cells.length);
      expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    }
  });

  it('keeps every rebuttal and positioning line in the notes; the "how to check" column holds checks a buyer runs on every vendor', () => {
    for (const [deck, rivals] of [['decks/northwind-cfo.yaml', ['Atlas', 'Coinsheet']], ['decks/huadong.yaml', ['鼎峰']]] as const) {
      const plan = loadAndPlan(deck).plan;
      const comparison = plan.slides.find((s) => s.kind === 'comparison');
      const cells = comparisonCells(plan).flat().join(' | ');
      const rebuttals = loadAndPlan(deck).meeting.config.competitors.flatMap((c) => c.rebuttals);
      for (const rebuttal of rebuttals) {
        expect(cells.toLowerCase()).not.toContain(rebuttal.toLowerCase());
        expect(notesText(comparison)).toContain(rebuttal);
      }
      for (const name of rivals) expect(JSON.stringify(comparison?.body)).not.toContain(name);
      // Every check is addressed to the buyer and applies to each vendor alike.
      for (const [, , check] of comparisonCells(plan)) expect(check).toMatch(/each vendor|every vendor|每家厂商/);
    }
    const northwind = comparisonCells(loadAndPlan('decks/northwind-cfo.yaml').plan).flat().join(' ');
    expect(northwind).not.toMatch(/not the longest feature list|who came first/);
  });

  it('words the positioning row of an incumbent neutrally, never as a dig at who came first', () => {
    const config = baseConfig();
    config.competitors = [competitor({ incumbent: true, rebuttals: ['ask how many RivalSoft modules you would really use in year one'] })];
    const plan = planOf(config);
    const cells = comparisonCells(plan).flat().join(' | ');
    expect(cells).not.toContain('RivalSoft');
    expect(cells).toContain('Fits how you work today');
    expect(cells).not.toMatch(/came first|not on who/);
  });
});

describe('rule 9 — time budget', () => {
  const manyCards = (): ReturnType<typeof baseConfig> => {
    const config = baseConfig();
    config.needs = [
      { id: 'ar', title: 'Receivables', priority: 1, features: ['ar-credit-control', 'ar-ageing', 'mobile-approval'] },
      { id: 'stock', title: 'Stock', priority: 2, features: ['inventory-slow-moving', 'inventory-safety-stock'] },
      { id: 'buy', title: 'Purchasing', priority: 3, features: ['purchase-price-history', 'purchase-price-comparison'] },
    ];
    // An excitement point naming a card, or a need in focus, would keep cards in the main line: these tests are about time alone.
    (config.strategy as Record<string, unknown>).excitement = [];
    (config.goal as Record<string, unknown>).focus = [];
    config.audience = only('manager');
    return config;
  };

  it('keeps a Q&A reserve of at least 10% and the opening within 10%, and the main line adds up to the duration', () => {
    for (const duration of [15, 30, 45, 90]) {
      const config = manyCards();
      (config.deck as Record<string, unknown>).duration = duration;
      const plan = planOf(config);
      const tenths = (kindsWanted: string[]): number => mainLine(plan).filter((s) => kindsWanted.includes(s.kind)).reduce((sum, s) => sum + Math.round(s.minutes * 10), 0);
      // At least 10% of the time planned for slides, in whole minutes; the buffer comes on top.
      expect(tenths(['qna']), `${duration} min`).toBeGreaterThanOrEqual(duration - plan.buffer);
      // Within 10%, or half a minute a slide where a short meeting's opening slides need more (one clock in half minutes).
      const openingSlides = mainLine(plan).filter((s) => ['title', 'opening', 'agenda'].includes(s.kind)).length;
      expect(tenths(['title', 'opening', 'agenda']), `${duration} min`).toBeLessThanOrEqual(Math.max(duration, openingSlides * 5));
      expect(mainLine(plan).reduce((sum, s) => sum + Math.round(s.minutes * 10), 0)).toBe((duration - plan.buffer) * 10);
    }
  });

  it('moves the lowest-priority FFAB slides out first, each with a time-overflow warning naming it', () => {
    const config = manyCards();
    (config.deck as Record<string, unknown>).duration = 45;
    const plan = planOf(config);
    const moved = plan.warnings.filter((w) => w.code === 'time-overflow').map((w) => w.message);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved[0]).toContain('Supplier price comparison');
    expect(appendix(plan).map((s) => s.title)).toContain('Supplier price comparison');
    expect(mainLine(plan).map((s) => s.title)).toContain('Credit control at order entry');
  });

  it('even a 15-minute deck keeps title, opening, the top need\'s FFAB, closing and Q&A', () => {
    const config = manyCards();
    (config.deck as Record<string, unknown>).duration = 15;
    const plan = planOf(config);
    const main = mainLine(plan);
    for (const kind of ['title', 'opening', 'agenda', 'closing', 'qna']) expect(kinds(main), kind).toContain(kind);
    expect(main.filter((s) => s.kind === 'ffab').map((s) => s.title)).toEqual(['Credit control at order entry']);
  });

  /** Every time-overflow warning names a slide now in the appendix, and every slide moved there has one. */
  const expectOverflowWarningsMatch = (config: ReturnType<typeof baseConfig>, plan: ReturnType<typeof planOf>): void => {
    // What the main line holds when time is no issue.
    const leisurely = planOf({ ...config, deck: { ...(config.deck as object), duration: 240 } });
    const drafted = mainLine(leisurely).map((s) => s.title);
    const warned = plan.warnings.filter((w) => w.code === 'time-overflow').map((w) => /“(.+)”/.exec(w.message)?.[1]);
    const moved = appendix(plan).filter((s) => drafted.includes(s.title)).map((s) => s.title);
    expect(moved.length).toBeGreaterThan(0);
    expect([...warned].sort()).toEqual([...moved].sort());
    expect(mainLine(plan).reduce((sum, s) => sum + Math.round(s.minutes * 10), 0)).toBe((plan.duration - plan.buffer) * 10);
  };

  it('compresses before dropping: a 30-minute meeting with two needs keeps both needs\' slides, shorter', () => {
    const config = baseConfig();
    config.needs = [
      { id: 'ar', title: 'Receivables', priority: 1, features: ['ar-credit-control', 'ar-ageing', 'mobile-approval'] },
      { id: 'stock', title: 'Stock', priority: 2, features: ['inventory-available-stock', 'inventory-safety-stock', 'inventory-slow-moving'] },
    ];
    (config.deck as Record<string, unknown>).duration = 30;
    (config.strategy as Record<string, unknown>).excitement = [];
    (config.goal as Record<string, unknown>).focus = [];
    config.audience = [{ name: 'Pat Doe', role: 'business-lead', decision: 'decision-maker', stance: 'resistant' }];
    (config.goal as Record<string, unknown>).message = 'Cash back from receivables and stock';
    const plan = planOf(config);
    const main = mainLine(plan);
    // Both needs keep their problem/solution slide and first card; the extra cards wait in the appendix.
    expect(main.filter((s) => s.kind === 'need').map((s) => s.title)).toEqual(['Receivables', 'Stock']);
    expect(main.filter((s) => s.kind === 'ffab').map((s) => s.title)).toEqual(['Credit control at order entry', 'Real-time available stock']);
    expect(appendix(plan).map((s) => s.title)).toEqual(expect.arrayContaining(['Receivables ageing', 'Mobile approval', 'Safety stock alerts', 'Slow-moving stock analysis']));
    // The rest of the main line stays too, each slide shorter than it would be with time to spare.
    expect(kinds(main)).toEqual(expect.arrayContaining(['implementation', 'assurance', 'value', 'comparison', 'case', 'pricing']));
    const ffab = main.find((s) => s.kind === 'ffab');
    expect(ffab?.minutes).toBeLessThan(3.5);
    expect(ffab?.minutes).toBeGreaterThanOrEqual(2.5);
    expect(plan.warnings.map((w) => w.code)).not.toContain('time-tight');
    expectOverflowWarningsMatch(config, plan);
  });

  it('compresses before dropping: in 20 minutes with many needs, the needs neither in focus nor in the central message leave first', () => {
    const config = baseConfig();
    const cards = ['ar-credit-control', 'inventory-available-stock', 'purchase-price-history', 'sales-analysis', 'vouchers-from-documents', 'quick-quotation', 'order-tracking', 'cash-bank-position'];
    const titles = ['Receivables', 'Stock', 'Purchasing', 'Sales figures', 'Bookkeeping', 'Quotations', 'Order status', 'Bank balances'];
    config.needs = cards.map((card, i) => ({ id: `n${i}`, title: titles[i], priority: i === 0 ? 1 : 2, features: [card] }));
    (config.deck as Record<string, unknown>).duration = 20;
    (config.deck as Record<string, unknown>).buffer = 0;
    (config.goal as Record<string, unknown>).focus = ['n6'];
    (config.goal as Record<string, unknown>).message = 'Know your bank balances every morning';
    config.audience = only('manager');
    const plan = planOf(config);
    const mainNeeds = mainLine(plan).filter((s) => s.kind === 'need').map((s) => s.title);
    const movedNeeds = appendix(plan).filter((s) => s.kind === 'need').map((s) => s.title);
    expect(movedNeeds.length).toBeGreaterThan(0);
    // The top need, the focused need and the need the central message names are the last to go.
    expect(mainNeeds).toEqual(expect.arrayContaining(['Receivables', 'Order status', 'Bank balances']));
    for (const kept of ['Receivables', 'Order status', 'Bank balances']) expect(movedNeeds).not.toContain(kept);
    // Needs leave only after every extra card and first card of the other needs has gone; the focus need keeps its card.
    expect(mainLine(plan).filter((s) => s.kind === 'ffab').map((s) => s.title)).toEqual(['Credit control at order entry', 'Order progress tracking']);
    expectOverflowWarningsMatch(config, plan);
  });

  it('gives every slide its full time when there is room: nothing shrinks, nothing moves, no time warning', () => {
    const config = baseConfig();
    (config.deck as Record<string, unknown>).duration = 90;
    const plan = planOf(config);
    expect(plan.warnings.filter((w) => w.code.startsWith('time-'))).toEqual([]);
    const ffabs = mainLine(plan).filter((s) => s.kind === 'ffab');
    expect(ffabs.length).toBeGreaterThan(0);
    // Each card gets the time its click path takes: 1.5 min to talk, 0.8 per demo step (more for a need in focus).
    const steps = (title: string): number => (title === 'Credit check' ? 3 : 0);
    for (const ffab of ffabs) expect(ffab.minutes, ffab.title).toBeGreaterThanOrEqual(Math.floor((1.5 + 0.8 * steps(ffab.title)) * 2) / 2);
  });

  it('demo time follows the click path: a card with more steps gets more minutes; one without is a short talk slide', () => {
    const config = baseConfig();
    (config.goal as Record<string, unknown>).focus = [];
    config.needs = [{ id: 'ar', title: 'Receivables', features: ['ar-credit-control', { id: 'talk', name: 'Policy in one page', feature: 'a', function: 'b', advantage: 'c', benefit: 'd' }] }];
    (config.deck as Record<string, unknown>).duration = 60;
    const plan = planOf(config);
    const minutes = (title: string): number => mainLine(plan).find((s) => s.title === title)?.minutes ?? 0;
    expect(minutes('Credit control at order entry')).toBeGreaterThan(minutes('Policy in one page'));
    expect(minutes('Policy in one page')).toBeLessThanOrEqual(2.5);
  });

  it('a need in focus gets more minutes than any other need and keeps all its cards in the main line', () => {
    const config = baseConfig();
    config.needs = [
      { id: 'ar', title: 'Receivables', priority: 1, features: ['ar-credit-control', 'ar-ageing', 'mobile-approval'] },
      { id: 'quotes', title: 'Pricing', priority: 3, features: ['quick-quotation', 'margin-aware-pricing'] },
    ];
    (config.goal as Record<string, unknown>).focus = ['quotes'];
    (config.strategy as Record<string, unknown>).excitement = [];
    config.audience = only('executive');
    (config.deck as Record<string, unknown>).duration = 30;
    const plan = planOf(config);
    const needMinutes = (id: string): number => mainLine(plan).filter((s) => s.needId === id && (s.kind === 'need' || s.kind === 'ffab')).reduce((sum, s) => sum + s.minutes, 0);
    expect(needMinutes('quotes')).toBeGreaterThan(needMinutes('ar'));
    // An executive sees one card per need, but not for the need in focus.
    expect(mainLine(plan).filter((s) => s.needId === 'quotes' && s.kind === 'ffab').map((s) => s.title)).toEqual(['Quick quotation', 'Margin-aware pricing']);
    // What leaves the main line first comes from needs outside the focus.
    const moved = appendix(plan).filter((s) => s.needId !== undefined).map((s) => s.needId);
    expect(moved.every((id) => id === 'ar')).toBe(true);
  });
});

describe('rule 10 — excitement and contingencies', () => {
  it('marks an excitement point on the card it links to or names, and leaves one it cannot place to readiness', () => {
    const config = baseConfig();
    (config.strategy as Record<string, unknown>).excitement = [{ point: 'a bin counted live on a phone', at: 'stock' }, 'scan a bin live with Cycle counts on a phone', 'a surprise nobody expects'];
    const plan = planOf(config);
    const marked = (point: string) => plan.slides.filter((s) => s.notes.say.some((l) => l.includes(point)));
    expect(marked('a bin counted live').map((s) => `${s.kind}:${s.title}`)).toEqual(['need:Stock accuracy']);
    expect(marked('scan a bin live').map((s) => s.title)).toEqual(['Cycle counts']);
    expect(marked('a surprise nobody expects')).toEqual([]);
    expect(plan.excitement.find((e) => e.point === 'a surprise nobody expects')?.slide).toBeNull();
  });

  it('keeps a card an excitement point links to in the main line, even for an executive who sees one card per need', () => {
    const plan = loadAndPlan('decks/huadong.yaml').plan;
    const slowMoving = plan.slides.find((s) => s.title === '呆滞积压分析');
    expect(slowMoving?.appendix).toBe(false);
    expect(slowMoving?.notes.say.join(' ')).toContain('演示呆滞分析和安全库存预警');
    // Its sister card, linked by nothing, waits in the appendix.
    expect(plan.slides.find((s) => s.title === '安全库存预警')?.appendix).toBe(true);
  });

  it('puts a contingency about someone leaving at an unknown time into the notes of the agenda, with the timing check', () => {
    const plan = planOf(baseConfig());
    const agenda = plan.slides.find((s) => s.kind === 'agenda');
    expect(agenda?.notes.ready).toContain('If the GM leaves early: jump to the value summary and closing');
  });
});
