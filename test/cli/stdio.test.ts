// The installed command writes its lines straight to the descriptors (src/stdio.ts): colours only
// on a terminal, plain text into a pipe, and a reader that stops early ends it quietly.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasScript } from '../support/terminal.js';

const COMMAND = ['lib/bundle/demodeck.js', 'check', 'decks/huadong.yaml'];
const env = (): NodeJS.ProcessEnv => {
  const copy = { ...process.env };
  delete copy.NO_COLOR;
  return copy;
};
const ESC = '\u001b[';

describe("the command's output", () => {
  it.runIf(hasScript())('is in colour on a terminal and plain in a pipe', () => {
    const onTerminal = spawnSync('script', ['-qefc', `${process.execPath} ${COMMAND.join(' ')}`, '/dev/null'], { encoding: 'utf8', env: env() });
    expect(onTerminal.stdout).toContain('100/100');
    expect(onTerminal.stdout).toContain(ESC);
    const piped = spawnSync(process.execPath, COMMAND, { encoding: 'utf8', env: env() });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain('100/100');
    expect(piped.stdout).not.toContain(ESC);
  });

  it('ends quietly, with its own exit code, when the reader closes the pipe first', async () => {
    const child = spawn(process.execPath, COMMAND, { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the command writes anything: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
