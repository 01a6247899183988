// Tests that run the command line in a child process (hard time and memory bounds, other time
// zones and locales, signals) need lib/ to match src/, so it is compiled once before any test.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
