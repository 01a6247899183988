// Tests that run the command line in a child process (hard time and memory bounds, other time
// zones and locales, signals, the installed bundle, worker threads) need lib/ to match src/, so
// the whole build runs once before any test: `npm test` and a bare `npx vitest` alike.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
