// The corpus of broken and hostile configs (test/fixtures/hostile/, each file says what it holds
// in its first line). Every one is refused through the command line with exit 1, its file:line:col,
// the field where there is one, a plain message with a fix, no stack trace, no raw control
// character, under 1 KB per problem, and the earlier deck in the output folder left as it was.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInto, expectCleanRefusal } from './refusal.js';

const dir = 'test/fixtures/hostile';

/** name → [line:col, field path ('' = the whole file), what the message says]. */
const CASES: Record<string, [string, string, RegExp]> = {
  // YAML syntax
  'tab-indent': ['4:1', 'deck', /Tabs are not allowed as indentation/],
  'unclosed-double-quote': ['3:10', 'deck.title', /this quote is never closed/],
  'unclosed-single-quote': ['14:12', 'needs[0].title', /this quote is never closed/],
  'unclosed-bracket': ['22:15', 'needs[0].features[0].demo', /this bracket is never closed/],
  'duplicate-key-deep': ['22:9', 'needs[0].features[0].advantage', /`advantage` appears twice .*first on line 20/],
  'duplicate-top-key': ['23:1', 'customer', /`customer` appears twice .*first on line 5/],
  'several-documents': ['23:1', '', /more than one document/],
  'bad-indent-mapping': ['5:11', 'customer', /Nested mappings are not allowed/],
  'plain-text': ['1:1', '', /holds plain text at the top/],
  'top-level-number': ['1:1', '', /holds plain text at the top/],
  'whitespace-only': ['1:1', '', /holds no deck config/],
  // anchors and aliases
  'alias-bomb': ['11:11', 'deck.xi[0]', /expand into 490329036 values; the limit is 50000/],
  'circular-alias': ['8:7', 'customer.industry[0]', /`\*loop` refers to a value that contains it/],
  'undefined-alias': ['7:13', 'customer.industry', /`\*sector` has no anchor/],
  'many-aliases': ['8:411', '', /more than 100 aliases/],
  'merge-key': ['10:5', 'audience[0].<<', /merge keys \(`<<`\) are not supported/],
  // tags
  'tag-js-function': ['6:9', 'customer', /`!!js\/function` is not supported/],
  'tag-python': ['7:13', 'customer', /`!!python\/object\/apply:os.system` is not supported/],
  'tag-binary': ['6:18', 'customer.name', /`!!binary` is not supported/],
  'tag-set': ['7:19', 'customer.industry', /`!!set` is not supported/],
  // values
  'yes-as-boolean': ['12:18', 'audience[0].experienced', /must be true or false/],
  'leading-zero-number': ['6:9', 'customer.name', /`007`, which YAML reads as the number 7; text is expected/],
  'float-as-text': ['7:13', 'customer.industry', /`3.10`, which YAML reads as the number 3.1/],
  'boolean-as-text': ['14:12', 'needs[0].title', /the boolean true; text is expected/],
  'duration-nan': ['4:13', 'deck.duration', /must be a number of minutes/],
  'duration-infinite': ['4:13', 'deck.duration', /must be a number of minutes/],
  'duration-fraction': ['4:13', 'deck.duration', /must be whole minutes/],
  'duration-words': ['4:13', 'deck.duration', /must be a number of minutes/],
  'date-not-real': ['5:9', 'deck.date', /not a real calendar date/],
  // size and depth
  'deep-flow-nesting': ['7:45', '', /nested more than 32 levels deep/],
  'deep-block-nesting': ['40:67', 'customer.k0.k1.k2', /nested more than 32 levels deep/],
  'text-too-long': ['3:10', 'deck.title', /longer than 600 characters/],
  // encodings and control characters
  'invalid-utf8': ['6:1', '', /line 6 holds bytes that are not UTF-8/],
  'overlong-utf8': ['7:1', '', /line 7 holds bytes that are not UTF-8/],
  'utf16-no-bom': ['1:1', '', /looks like UTF-16 text without a byte-order mark/],
  'control-escape': ['3:10', 'deck.title', /control character U\+001B/],
  'control-raw': ['6:9', 'customer.name', /control character U\+001B/],
  'control-nul': ['7:13', 'customer.industry', /control character U\+0000/],
  'control-c1': ['14:12', 'needs[0].title', /control character U\+009B/],
  'control-in-comment': ['8:11', '', /line 8 holds the control character U\+0007/],
  'control-in-key': ['7:3', 'customer', /a key holds the control character U\+0008/],
  'bidi-in-message': ['10:11', 'audience[0].role', /`managerU\+202E` is not allowed/],
  // names that reach JavaScript prototypes
  'proto-key': ['7:3', 'customer.__proto__', /`__proto__` is a reserved name/],
  'constructor-key': ['5:3', 'deck.constructor', /`constructor` is a reserved name/],
  'prototype-id': ['13:9', 'needs[0].id', /reserved word/],
  'constructor-feature-id': ['17:9', 'needs[0].features[0]', /reserved word/],
  // links
  'url-javascript-disguised': ['7:12', 'customer.website', /http, https or mailto/],
  'url-entity': ['7:12', 'customer.website', /http, https or mailto/],
  'url-data': ['7:12', 'customer.website', /http, https or mailto/],
  'url-newline': ['7:12', 'customer.website', /http, https or mailto/],
  // paths
  'path-absolute': ['7:9', 'customer.logo', /not an absolute path/],
  'path-device': ['7:9', 'customer.logo', /not an absolute path/],
  'path-windows': ['7:9', 'customer.logo', /not an absolute path/],
  'path-dotdot': ['7:9', 'customer.logo', /outside the project folder/],
  'path-url': ['7:9', 'customer.logo', /not a URL/],
  'path-tilde': ['7:9', 'customer.logo', /`~` \(the home folder\) is not expanded/],
  'path-nul': ['7:9', 'customer.logo', /control character U\+0000/],
  'path-backslash': ['7:9', 'customer.logo', /must use \/ between folders/],
};

describe('the corpus of hostile configs', () => {
  it('holds at least 40 cases, each listed here with its expected message', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
    expect(files).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const [name, [at, path, message]] of Object.entries(CASES)) {
    it(`${name}.yaml is refused at ${at}${path ? ` in ${path}` : ''}`, async () => {
      const file = `${dir}/${name}.yaml`;
      const result = await buildInto(file);
      expectCleanRefusal(result);
      const first = result.err.split('\n\n')[1] ?? '';
      const head = first.split('\n')[0] ?? '';
      expect(head.startsWith(`${file}:${at}  ${path}`), head).toBe(true);
      expect(head).toMatch(message);
      expect(first).toMatch(/\n {2}fix: \S/);
    });
  }
});

describe('the broken configs of test/fixtures/invalid/', () => {
  for (const name of readdirSync('test/fixtures/invalid').filter((f) => f.endsWith('.yaml'))) {
    it(`${name} is refused cleanly and leaves the earlier deck alone`, async () => {
      const result = await buildInto(`test/fixtures/invalid/${name}`);
      expectCleanRefusal(result);
      expect(result.err).toContain(`test/fixtures/invalid/${name}:`);
    });
  }
});
