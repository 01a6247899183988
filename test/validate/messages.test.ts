// Every broken config gets a message naming file:line:col, the field path, what is wrong and a fix.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/buildDeck.js';
import { DeckError, formatDeckError, type Problem } from '../../src/errors.js';

const dir = 'test/fixtures/invalid';

function problemsOf(name: string): { problems: Problem[]; text: string } {
  try {
    loadAndPlan(`${dir}/${name}.yaml`);
  } catch (error) {
    if (error instanceof DeckError) return { problems: error.problems, text: formatDeckError(error) };
    throw error;
  }
  throw new Error(`${name}.yaml was accepted`);
}

interface Expected {
  at: string;
  path: string;
  message: RegExp;
  hint: RegExp;
}

const cases: Record<string, Expected> = {
  'misspelt-top-key': { at: '3:1', path: 'custmer', message: /unknown key `custmer`/, hint: /did you mean `customer`\?/ },
  'bad-role': { at: '7:11', path: 'audience[0].role', message: /`executiv` is not allowed/, hint: /did you mean `executive`\?/ },
  'unknown-feature': { at: '11:35', path: 'needs[0].features[1]', message: /no feature card `ar-ageng`/, hint: /did you mean `ar-ageing`\?/ },
  'missing-title': { at: '2:3', path: 'deck.title', message: /`title` is missing/, hint: /add `title:`/ },
  'duration-out-of-range': { at: '3:13', path: 'deck.duration', message: /500; the largest allowed is 240/, hint: /at most 240/ },
  'number-as-text': { at: '4:9', path: 'customer.name', message: /number 7; text is expected/, hint: /quote it/ },
  'bad-indent': { at: '4:9', path: 'customer.name', message: /Nested mappings/, hint: /indentation/ },
  'duplicate-key': { at: '8:5', path: 'audience[0].role', message: /unique/, hint: /each key may appear once/ },
  'unknown-focus': { at: '6:11', path: 'goal.focus[0]', message: /`recievables` is not the id of a need/, hint: /did you mean `receivables`\?/ },
  'no-audience': { at: '5:11', path: 'audience', message: /at least one person/, hint: /add/ },
  'bad-inline-feature': { at: '14:9', path: 'needs[0].features[0].funtion', message: /unknown key `funtion`/, hint: /did you mean `function`\?/ },
  'unsafe-website': { at: '5:12', path: 'customer.website', message: /http, https or mailto/, hint: /./ },
  'logo-outside': { at: '5:9', path: 'customer.logo', message: /outside the project folder/, hint: /inside the project/ },
  'unsupported-tag': { at: '2:10', path: 'deck', message: /the tag `!include` is not supported/, hint: /not supported/ },
  'unknown-supporter': { at: '13:16', path: 'strategy.supporters[0]', message: /`Zhang Ming` is not a person/, hint: /did you mean `Zhang Min`\?/ },
  'unknown-jump': { at: '14:72', path: 'strategy.contingencies[0].jump_to', message: /`valeu` is neither a need id, a card id used in this deck, nor a section/, hint: /did you mean `value`\?/ },
  'unknown-link': { at: '9:56', path: 'audience[0].concerns[0].at', message: /`ar-credit-contrl` is neither a need id, a card id used in this deck, nor a section/, hint: /did you mean `ar-credit-control`\?/ },
  'unknown-owner': { at: '11:12', path: 'needs[0].owner', message: /`Zhang Ming` is not a person in `audience`/, hint: /did you mean `Zhang Min`\?/ },
  'link-to-missing-section': { at: '9:42', path: 'audience[0].concerns[0].at', message: /this deck has no `pricing` slide/, hint: /add `pricing:`/ },
  'duplicate-card-id': { at: '12:14', path: 'needs[0].features[0].id', message: /card id `receivables` is already a need id/, hint: /different from every need id/ },
  'buffer-too-long': { at: '4:11', path: 'deck.buffer', message: /a buffer of 18 minutes leaves less than 5 of the 20/, hint: /at most 15 minutes/ },
  'jump-to-missing-section': { at: '16:16', path: 'strategy.contingencies[0].jump_to', message: /no `pricing` slide to jump to/, hint: /add `pricing:`/ },
  'value-unknown-fact': { at: '22:77', path: 'value.gains[0].of', message: /`overdu` is not the id of a fact/, hint: /did you mean `overdue`\?/ },
  'value-unknown-need': { at: '22:14', path: 'value.gains[0].need', message: /`recievables` is not the id of a need/, hint: /did you mean `receivables`\?/ },
  'value-unknown-case': { at: '22:111', path: 'value.gains[0].evidence', message: /`ningbo-brake-part` is not a case listed in `cases`/, hint: /did you mean `ningbo-brake-parts`\?/ },
  'value-turnover-no-figure': { at: '22:77', path: 'value.gains[0].of', message: /turnover gain has neither `change` nor `days`/, hint: /add `change: .*or `days: 5`/ },
  'value-two-figures': { at: '22:107', path: 'value.gains[0].days', message: /both `change` and `days`; it must use exactly one/, hint: /remove the other/ },
  'value-negative-amount': { at: '22:80', path: 'value.gains[0].amount', message: /must not be negative/, hint: /at least 0/ },
  'value-days-not-turnover': { at: '22:91', path: 'value.gains[0].days', message: /only an `improve-turnover` gain does/, hint: /use `change` here/ },
  // The payback is counted in whole months from signing: no half months, no go-live after the three years.
  'value-ramp-fraction': { at: '19:16', path: 'value.ramp_months', message: /must be a whole number of months \(after go-live until a gain is complete\)/, hint: /write a whole number here/ },
  'value-go-live-too-late': { at: '19:18', path: 'value.go_live_month', message: /is more than 36 months; write at most 36/, hint: /at most 36/ },
  'value-currency-mismatch': { at: '21:13', path: 'value.currency', message: /in EUR but the quote in `pricing` is in CNY/, hint: /same currency/ },
  'top-level-list': { at: '1:1', path: '', message: /holds a list at the top/, hint: /deck:/ },
  empty: { at: '1:1', path: '', message: /holds no deck config/, hint: /key: value/ },
  'comment-only': { at: '1:1', path: '', message: /holds no deck config/, hint: /key: value/ },
};

describe('validation messages', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(`${name}.yaml is refused at ${expected.at} with what is wrong and how to fix it`, () => {
      const { problems, text } = problemsOf(name);
      const first = problems[0];
      expect(first).toBeDefined();
      expect(`${first?.loc?.line}:${first?.loc?.col}`).toBe(expected.at);
      expect(first?.loc?.file).toBe(`${dir}/${name}.yaml`);
      expect(first?.path).toBe(expected.path);
      expect(first?.message).toMatch(expected.message);
      expect(first?.hint).toMatch(expected.hint);
      expect(text).toContain(`${dir}/${name}.yaml:${expected.at}`);
      expect(text).not.toMatch(/\n\s+at .+\.(ts|js):\d+/);
    });
  }

  it('reports every problem of a file at once, each with its own line', () => {
    const { problems } = problemsOf('many-problems');
    expect(problems.map((p) => `${p.loc?.line} ${p.path}`)).toEqual([
      '3 deck.languge',
      '8 audience[0].role',
      '9 audience[0].stance',
      '11 needs[0].id',
      '13 needs[0].priority',
    ]);
    expect(problems[0]?.hint).toBe('did you mean `language`?');
    expect(problems[1]?.hint).toContain('`executive`, `business-lead`, `manager`, `user`, `peer`');
  });

  it('shows a code frame with a caret under the column', () => {
    const { text } = problemsOf('bad-role');
    expect(text).toContain('> 7 |     role: executiv\n        |           ^');
  });
});

describe('one problem does not hide the others', () => {
  it('a control character (line 32) and a javascript: link (line 10) are reported together, in the order of the file', () => {
    const { problems, text } = problemsOf('control-and-unsafe-url');
    expect(problems.map((p) => `${p.loc?.line}:${p.loc?.col} ${p.path} ${p.code}`)).toEqual([
      '10:12 presenter.website custom',
      '32:49 needs[1].features[0].demo[2] control-character',
    ]);
    // Both locations are printed (indexOf would give -1 for a missing one), line 10 first.
    const first = text.indexOf(`${dir}/control-and-unsafe-url.yaml:10:12`);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(`${dir}/control-and-unsafe-url.yaml:32:49`)).toBeGreaterThan(first);
    expect(text).toMatch(/\(2 problems\)/);
  });

  it('reading problems come with unknown library ids and cross-field references of the same file', () => {
    const { problems } = problemsOf('control-and-unknown-card');
    expect(problems.map((p) => `${p.loc?.line} ${p.path} ${p.code}`)).toEqual([
      '22 needs[0].features[0] unknown-feature',
      '32 needs[1].features[0].demo[2] control-character',
      '34 strategy.supporters[0] unknown-person',
    ]);
    expect(problems[0]?.hint).toBe('did you mean `ar-credit-control`?');
  });

  it('a file whose only problem is a control character is still refused', () => {
    const source = readFileSync(`${dir}/control-and-unsafe-url.yaml`, 'utf8').replace('javascript:alert(document.cookie)', 'https://ledgerly.example');
    const file = join(mkdtempSync(join(tmpdir(), 'demodeck-control-')), 'deck.yaml');
    writeFileSync(file, source);
    expect(() => loadAndPlan(file)).toThrow(/holds the control character U\+0007/);
  });
});
