#!/usr/bin/env node
// Prints a built deck as a reader sees it: each slide's visible text, then its speaker notes, in
// deck order. For reading a deck cold (a colleague, a helper) without opening a browser:
//   node scripts/read-deck.mjs dist/<deck>/index.html
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/read-deck.mjs dist/<deck>/index.html');
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
const text = (fragment) => fragment
  .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
  .replace(/<(br|\/p|\/li|\/h\d|\/tr|\/div|\/td|\/th|\/text|\/figcaption|\/dt|\/dd)\b[^>]*>/g, (m) => (/td|th/.test(m) ? ' | ' : '\n'))
  .replace(/<[^>]+>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&')
  .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
const sections = html.split(/<section class="dd-slide/).slice(1);
for (const part of sections) {
  const head = /data-kind="([^"]+)" data-index="(\d+)" data-section="([^"]+)"/.exec(part);
  const body = part.split('</section>')[0];
  const [slide, notes = ''] = body.split(/<aside class="notes"[^>]*>/);
  console.log(`\n===== slide ${head?.[2]} · ${head?.[1]} · section ${head?.[3]}${/data-appendix|dd-appendix/.test(part.slice(0, 300)) ? ' · appendix' : ''}`);
  console.log(text(slide));
  console.log('--- notes');
  console.log(text(notes.split('</aside>')[0]));
}
