// marp-cli 4, the peer the bench compares against: installed on first use into a cache folder
// outside the repository (never a dependency of demodeck), and a 40-slide Markdown deck for it
// with the same kind of content as the 40-slide meeting.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where marp-cli is installed: $DEMODECK_BENCH_CACHE, else ~/.cache/demodeck-bench. */
export function marpFolder() {
  return join(process.env.DEMODECK_BENCH_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'demodeck-bench'), 'marp-cli');
}

/**
 * The marp-cli entry script and version, installing it with npm when missing. Undefined when
 * BENCH_MARP=0 or the install fails (offline, say): the bench then reports without the ratio.
 */
export function marpCli(log) {
  if (process.env.BENCH_MARP === '0') return undefined;
  const folder = marpFolder();
  const entry = join(folder, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js');
  if (!existsSync(entry)) {
    mkdirSync(folder, { recursive: true });
    if (!existsSync(join(folder, 'package.json'))) writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
    log(`  installing @marp-team/marp-cli@4 into ${folder} (once) …\n`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = spawnSync(npm, ['install', '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error', '@marp-team/marp-cli@4'], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (install.status !== 0 || !existsSync(entry)) {
      log(`  marp-cli could not be installed, so no ratio is reported:\n${install.stderr}\n`);
      return undefined;
    }
  }
  const { version } = JSON.parse(readFileSync(join(folder, 'node_modules', '@marp-team', 'marp-cli', 'package.json'), 'utf8'));
  return { entry, version };
}

/** A Marp deck of `count` slides: a heading, three points and a speaker note each. */
export function writeMarpDeck(file, count) {
  const slides = Array.from({ length: count }, (_, i) => [
    `# Need ${i + 1}: differences are found at month end`,
    '',
    '- a reconciled balance every day',
    '- bank lines matched as they arrive, exceptions listed for the team',
    '- month-end close drops from three days to half a day',
    '',
    `<!-- Ask how the team finds differences today, then show need ${i + 1} in the product. -->`,
  ].join('\n'));
  writeFileSync(file, `---\nmarp: true\ntheme: default\n---\n\n${slides.join('\n\n---\n\n')}\n`);
  return file;
}
