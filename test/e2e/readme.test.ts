/**
 * Every command line of the README's sh blocks, run in order as a reader would type it, `hasmit` reached through
 * the PATH (a link to the built bundle, as `npm install` makes) with HOME and the state in one temp folder. Lines that
 * open the TUI run in a tmux pane: a dialog is run with Enter as it opens, then F10 leaves. Each line must exit 0.
 * `npm install`, and the link it makes, is tested on its own: its figures are npm's.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BUNDLE} from '../helpers/cli.js';
import {hasTmux, Journey, REPO} from '../helpers/tmux.js';

/** The README's command lines: each line of each ```sh block, its `# comment` cut off. */
function readmeCommands(readme: string): string[] {
	const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(m => m[1]!);
	return blocks.flatMap(block => block.split('\n').map(line => line.replace(/(^|\s+)#\s.*$/, '').trim())).filter(Boolean);
}

/** A line that opens the TUI: `hasmit` with no sub-command that works without one. */
const opensTui = (line: string) =>
	/^hasmit(\s|$)/.test(line) && !/^hasmit(\s+--(state|node)\s+\S+)*\s+(exec|shell|status|menus|scenario|reset|--help|--version)\b/.test(line);

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const LINES = readmeCommands(README);
/** npm's own lines: the quick start's install and the developer's; the test of link-bin.mjs stands for the first. */
const NPM = ['npm install && npm start', 'npm test', 'npm run bench'];

describe('the README', () => {
	it('shows hasmit lines and only npm lines this test knows', () => {
		expect(LINES.filter(l => l.startsWith('npm'))).toEqual(expect.arrayContaining(['npm install && npm start', 'npm test']));
		for (const line of LINES.filter(l => l.startsWith('npm'))) expect(NPM).toContain(line);
		expect(LINES.filter(l => !l.startsWith('npm') && !l.startsWith('hasmit'))).toEqual([]);
	});

	it('npm install links hasmit into npm’s bin folder on the PATH, or ~/.local/bin for a user who cannot write there', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hasmit-link-'));
		const prefix = join(dir, 'prefix');
		mkdirSync(join(prefix, 'bin'), {recursive: true});
		const env = {...process.env, HOME: dir, npm_command: 'install', npm_config_global_prefix: prefix};
		const run = (path: string) => spawnSync(process.execPath, ['scripts/link-bin.mjs'], {cwd: REPO, env: {...env, PATH: path}, encoding: 'utf8'});
		expect(run(`${join(prefix, 'bin')}:/usr/bin:/bin`).status).toBe(0);
		expect(readlinkSync(join(prefix, 'bin', 'hasmit'))).toBe(BUNDLE);
		const found = spawnSync('sh', ['-c', 'hasmit --version'], {env: {...env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}`}, encoding: 'utf8'});
		expect(found.stdout).toMatch(/^hasmit \d/);
		// npm's folder not on the PATH (or not writable): ~/.local/bin, and the line that puts it on the PATH.
		const user = run('/usr/bin:/bin');
		expect(readlinkSync(join(dir, '.local', 'bin', 'hasmit'))).toBe(BUNDLE);
		expect(user.stdout).toContain(`export PATH="${join(dir, '.local', 'bin')}:$PATH"`);
	});

	describe.skipIf(!hasTmux())('every command line, in order', {timeout: 600000}, () => {
		const dir = mkdtempSync(join(tmpdir(), 'hasmit-readme-'));
		const bin = join(dir, 'bin');
		const env = {HOME: join(dir, 'home'), PATH: `${bin}:${process.env.PATH}`};
		// The defaults a reader has: no state file named, no XDG folder, a terminal (not CI).
		const {HASMIT_STATE, XDG_CONFIG_HOME, CI, ...inherited} = process.env;
		mkdirSync(env.HOME, {recursive: true});
		mkdirSync(bin);
		symlinkSync(BUNDLE, join(bin, 'hasmit'));
		for (const line of LINES.filter(l => !NPM.includes(l))) {
			it(line, async () => {
				if (!opensTui(line)) {
					const ran = spawnSync('sh', ['-c', line], {cwd: env.HOME, env: {...inherited, ...env}, encoding: 'utf8'});
					expect({line, code: ran.status, stderr: ran.stderr}).toEqual({line, code: 0, stderr: ''});
					return;
				}
				const assignments = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
				const journey = new Journey([], {
					command: `env -u HASMIT_STATE -u XDG_CONFIG_HOME ${assignments.join(' ')} sh -c ${quote(`cd ~ && ${line}`)}`,
				});
				try {
					// SMIT's own words are in the screens' language (`--lang zh`: Chinese).
					const screen = await journey.waitFor(/F1=(Help|帮助)|EXIT=/);
					if (/\[(Entry Fields|输入字段)\]/.test(screen))
						await journey.key('Enter', /(COMMAND STATUS|命令状态)[\s\S]*(Command: (OK|failed)|命令：(正常|失败))/);
					await journey.key('F10', 'EXIT=');
					expect(journey.screen()).toContain('EXIT=0');
				} finally {
					journey.close();
				}
			});
		}
		it('leaves the state and the logs where the README says', () => {
			expect(existsSync(join(env.HOME, '.config', 'hasmit', 'state.json'))).toBe(true);
			expect(existsSync(join(env.HOME, '.config', 'hasmit', 'state.json.bak'))).toBe(true);
			expect(existsSync(join(env.HOME, 'smit.log'))).toBe(true);
			expect(existsSync(join(env.HOME, 'smit.script'))).toBe(true);
		});
	});
});
