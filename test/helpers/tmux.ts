/**
 * Terminal journeys in a real pseudo-terminal: tmux on a private socket
 * folder, the built bundle run with CI unset, HOME and the state file in a
 * temp folder. One key per send-keys, and the screen is awaited between keys.
 * After the app exits, the pane's shell prints the exit code and the tty's
 * mode (icanon / echo), so a test can see that the terminal was restored.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export const REPO = new URL('../../', import.meta.url).pathname;

export function hasTmux(): boolean {
	return spawnSync('tmux', ['-V'], {stdio: 'ignore'}).status === 0;
}

export class Journey {
	readonly dir = mkdtempSync(join(tmpdir(), 'hasmit-journey-'));
	readonly home = join(this.dir, 'home');
	readonly state = join(this.dir, 'state.json');
	private readonly env = {...process.env, TMUX_TMPDIR: this.dir, TMUX: ''};
	private readonly name = 'journey';

	/** Start `hasmit ARGS` (or another command line) in an 80x24 pane. */
	constructor(args: string[], options: {columns?: number; rows?: number; command?: string} = {}) {
		execFileSync('mkdir', ['-p', this.home]);
		const quoted = args.map(a => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
		const command = options.command ?? `node dist/hasmit.mjs --state '${this.state}' ${quoted}`;
		const script = join(this.dir, 'run.sh');
		writeFileSync(
			script,
			[
				`cd '${REPO}'`,
				`env -u CI -u CONTINUOUS_INTEGRATION HOME='${this.home}' ${command}`,
				'echo "EXIT=$?"',
				`stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo`,
				'sleep 600',
			].join('\n'),
		);
		this.tmux(
			'-f',
			'/dev/null',
			'new-session',
			'-d',
			'-s',
			this.name,
			'-x',
			String(options.columns ?? 80),
			'-y',
			String(options.rows ?? 24),
			`sh '${script}'`,
		);
		this.tmux('set-option', '-t', this.name, 'status', 'off');
	}

	tmux(...args: string[]): string {
		return execFileSync('tmux', args, {env: this.env, encoding: 'utf8'});
	}

	/** The screen's rows; `joined`: a line tmux wrapped at the right edge as one row, so no assertion depends on where it wraps. */
	screen(joined = false): string {
		return this.tmux('capture-pane', '-p', ...(joined ? ['-J'] : []), '-t', this.name)
			.split('\n')
			.map(l => l.trimEnd())
			.join('\n');
	}

	/** Wait until the screen matches; the screen is in the error when it does not. */
	async waitFor(expected: string | RegExp, timeout = 15000): Promise<string> {
		const start = Date.now();
		for (;;) {
			const screen = this.screen();
			if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
			if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${String(expected)}; the screen was:\n${screen}`);
			await new Promise(r => setTimeout(r, 20));
		}
	}

	/** One key (a tmux key name such as F4, Down, Enter, or a character), then wait for the screen. */
	async key(key: string, expected: string | RegExp): Promise<string> {
		this.tmux('send-keys', '-t', this.name, key);
		return this.waitFor(expected);
	}

	/** Several keys in one send-keys: they reach the app in one read. */
	async keys(keys: string[], expected: string | RegExp): Promise<string> {
		this.tmux('send-keys', '-t', this.name, ...keys);
		return this.waitFor(expected);
	}

	/** Literal text, one character per send-keys. */
	async type(text: string, expected: string | RegExp): Promise<string> {
		for (const char of text) this.tmux('send-keys', '-t', this.name, '-l', char);
		return this.waitFor(expected);
	}

	async resize(columns: number, rows: number, expected: string | RegExp): Promise<string> {
		this.tmux('resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows));
		return this.waitFor(expected);
	}

	/** `alternate_on cursor_flag` for the pane: "0 1" once the terminal is restored. */
	modes(): string {
		return this.tmux('display-message', '-p', '-t', this.name, '#{alternate_on} #{cursor_flag}').trim();
	}

	/** The pid of the app (the child of the pane's shell). */
	appPid(): number {
		const shell = this.tmux('display-message', '-p', '-t', this.name, '#{pane_pid}').trim();
		return Number(execFileSync('pgrep', ['-P', shell, 'node'], {encoding: 'utf8'}).trim().split('\n')[0]);
	}

	close(): void {
		try {
			this.tmux('kill-server');
		} catch {}
		rmSync(this.dir, {recursive: true, force: true});
	}
}
