// After `stryker run` (npm run mutate): the mutation score of every file in reports/mutation/mutation.json,
// and exit 1 when any file is under 80%. Stryker's own thresholds.break judges only the total.
import { readFileSync } from 'node:fs';

const BREAK = 80;
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
let failed = 0;
for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const counted = mutants.filter((m) => COUNTED.has(m.status));
  const detected = counted.filter((m) => DETECTED.has(m.status)).length;
  const score = counted.length === 0 ? 100 : (100 * detected) / counted.length;
  if (score < BREAK) failed++;
  console.log(`${score < BREAK ? 'FAIL' : 'ok  '} ${score.toFixed(2).padStart(6)}%  ${String(detected).padStart(4)}/${String(counted.length).padEnd(4)} ${file}`);
}
if (failed > 0) {
  console.error(`${failed} file(s) under ${BREAK}%`);
  process.exit(1);
}
