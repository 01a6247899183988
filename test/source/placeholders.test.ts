// What counts as a placeholder left by `demodeck new`, and where it was written.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/load/yamlSource.js';
import { isPlaceholder, placeholderFields } from '../../src/source/placeholders.js';

describe('placeholders', () => {
  it('is a text that starts with TODO or 待填写, nothing else', () => {
    expect(isPlaceholder('TODO: the deck\'s title')).toBe(true);
    expect(isPlaceholder('TODO')).toBe(true);
    expect(isPlaceholder('待填写：客户名称')).toBe(true);
    expect(isPlaceholder('TODOs are tracked in the old system')).toBe(false);
    expect(isPlaceholder('Our TODO list is long')).toBe(false);
    expect(isPlaceholder('todo: lower case is a word a customer may write')).toBe(false);
    expect(isPlaceholder('客户待填写的表格太多')).toBe(false);
    expect(isPlaceholder(0)).toBe(false);
  });

  it('names each with its field path and line, in the order of the file, flow style included', () => {
    const source = parseYamlText([
      'deck: {title: "TODO: title", language: en}',
      'customer:',
      '  name: Acme',
      '  industry: 待填写：行业',
      'needs:',
      '  - {id: a, title: ok, features: [x], problem: "TODO: what goes wrong"}',
      '  - id: b',
      '    title: "TODO: need"',
      '',
    ].join('\n'), 'deck.yaml');
    expect(placeholderFields(source)).toEqual([
      { path: 'deck.title', line: 1 },
      { path: 'customer.industry', line: 4 },
      { path: 'needs[0].problem', line: 6 },
      { path: 'needs[1].title', line: 8 },
    ]);
  });

  it('finds them in a config written as JSON, with their lines', () => {
    const json = JSON.stringify({ deck: { title: 'Q3 review', language: 'en' }, customer: { name: 'TODO: the customer' }, needs: [{ id: 'a', title: '待填写：需求' }] }, null, 2);
    expect(placeholderFields(parseYamlText(json, 'deck.json'))).toEqual([
      { path: 'customer.name', line: 7 },
      { path: 'needs[0].title', line: 12 },
    ]);
    expect(placeholderFields(parseYamlText(JSON.stringify({ deck: { title: 'Q3 review' } }), 'deck.json'))).toEqual([]);
  });

  it('finds one hidden behind a repeated key, which the plain data no longer holds', () => {
    const source = parseYamlText('customer:\n  name: "TODO: the customer"\n  name: Acme\n', 'deck.yaml');
    expect(placeholderFields(source)).toEqual([{ path: 'customer.name', line: 2 }]);
  });
});
