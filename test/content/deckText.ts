// A built deck's text as a reader meets it, slide by slide: each text node of the slide and each
// line of its speaker notes. Inline emphasis (<em>, <strong>, …) stays inside its line, since the
// browser runs it on with its neighbours; every other tag ends a text node, and whitespace
// collapses to one space the way the browser shows it.

export interface SlideText {
  /** The slide's number in deck order, from 1. */
  number: number;
  kind: string;
  texts: string[];
  notes: string[];
}

const INLINE = /<\/?(?:em|strong|b|i|bdi|a|code|small|abbr)\b[^>]*>/g;

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');

/** The text nodes of an HTML fragment, inline emphasis kept in its node. */
export function textNodes(html: string): string[] {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(INLINE, '')
    .split(/<[^>]+>/)
    .map((node) => decode(node).replace(/[ \t\r\n]+/g, ' ').trim())
    .filter(Boolean);
}

/** Every slide of a built index.html, in deck order. */
export function slidesOf(html: string): SlideText[] {
  return html.split(/<section class="dd-slide/).slice(1).map((part, i) => {
    const body = part.slice(part.indexOf('>') + 1).split('</section>')[0] ?? '';
    const [slide = '', notes = ''] = body.split(/<aside class="notes"[^>]*>/);
    return {
      number: i + 1,
      kind: /data-kind="([^"]+)"/.exec(part)?.[1] ?? '?',
      texts: textNodes(slide),
      notes: textNodes(notes.split('</aside>')[0] ?? ''),
    };
  });
}
