// The command line run in this process, its lines captured, and a folder of the user's own to run
// it in: what the CLI tests share.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli.js';

export interface Captured {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[], cwd: string): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`), cwd });
  return { code, out, err };
}

/** A project of the user's own: a folder with a package.json, as `npm init` leaves it. */
export function userProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'package.json'), '{ "name": "my-meetings", "private": true }\n');
  return dir;
}
