// A real pseudo-terminal for a command, as a person at a keyboard would use it: util-linux's
// `script` runs the command on a pty (there is no node-pty here), keys are written to it, and the
// screen is read back without its colours and cursor moves. A test waits for a question to show
// before it answers, so it depends on the order of things, never on how fast they happen.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

export const KEYS = { enter: '\r', down: '\u001b[B', space: ' ', ctrlC: '\u0003' } as const;

/** Generous: the box is shared, and a cold start of the command is slow under load. */
const WAIT_MS = 60_000;

export function hasScript(): boolean {
  return spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).status === 0;
}

// eslint-disable-next-line no-control-regex -- the escape sequences a terminal draws with are what is removed
const plain = (text: string): string => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
const quoted = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

export class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private output = '';
  /** How much of the screen text has been consumed by waitFor. */
  private seen = 0;
  private readonly exited: Promise<number | null>;

  constructor(command: readonly string[], cwd: string) {
    // A wide screen, so no question is wrapped onto two lines; no CI flag, so the command knows a person is there.
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TERM: 'xterm-256color', LANG: 'C.UTF-8' };
    delete env.CI;
    this.child = spawn('script', ['-qefc', `stty cols 200 rows 60; exec ${command.map(quoted).join(' ')}`, '/dev/null'], { cwd, env });
    this.child.stdout.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.stderr.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((done) => this.child.once('exit', (code) => done(code)));
  }

  get screen(): string {
    return plain(this.output);
  }

  /** Waits until `text` appears after what earlier waits consumed. */
  async waitFor(text: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const at = this.screen.indexOf(text, this.seen);
      if (at >= 0) {
        this.seen = at + text.length;
        return;
      }
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`the terminal never showed “${text}”; it shows:\n${this.screen.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Answers the question that is showing: waits for it, then types. */
  async answer(question: string, ...keys: string[]): Promise<void> {
    await this.waitFor(question);
    for (const key of keys) this.child.stdin.write(key);
  }

  async exitCode(): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), WAIT_MS);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
