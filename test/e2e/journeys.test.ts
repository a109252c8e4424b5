/**
 * End-to-end journeys in a real pseudo-terminal (tmux, 80x24), on the built
 * bundle, with HOME and the cluster state in temp folders.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey, REPO} from '../helpers/tmux.js';

const TMUX = hasTmux();
if (!TMUX) console.warn('SKIPPED: the terminal journeys need tmux, which is not installed (.ci/run installs it).');

const MENUS = ['-o', 'test/fixtures/menus'];
let journey: Journey | undefined;
afterEach(() => journey?.close());
const start = (args: string[], options?: ConstructorParameters<typeof Journey>[1]) => (journey = new Journey(args, options));

/** A whole, clean frame: the title centred on the first line, then the screen's own first lines, nothing left over. */
function expectTop(screen: string, title: string, ...next: string[]): void {
	const lines = screen.split('\n');
	expect(lines[0]).toBe(`${' '.repeat(Math.floor((80 - title.length) / 2))}${title}`);
	expect(lines.slice(1, 1 + next.length)).toEqual(next);
	expect(lines.filter(l => /^F1=Help/.test(l))).toHaveLength(1);
}

/** The last lines the pane's shell printed after the app ended: the exit code and the tty mode. */
async function ended(j: Journey, code: number): Promise<void> {
	const screen = await j.waitFor(/EXIT=\d+\n.*echo/);
	expect(screen).toContain(`EXIT=${code}`);
	expect(screen).toMatch(/(^| )icanon( |$)/m); // raw mode is off again
	expect(screen).toMatch(/(^| )echo( |$)/m);
	expect(j.modes()).toBe('0 1'); // left the alternate screen, cursor visible
}

describe.skipIf(!TMUX)('terminal journeys (tmux, 80x24)', {timeout: 60000}, () => {
	it('menu → dialog → F4 pick → F6 → Enter → COMMAND STATUS → F3 → F10; the logs replay', async () => {
		const j = start(MENUS);
		const first = await j.waitFor('Move cursor to desired item and press Enter.');
		expect(first.split('\n')[0]).toBe(`${' '.repeat(31)}System Management`);
		expect(j.modes()).toBe('1 0'); // alternate screen, cursor hidden
		expectTop(await j.key('Enter', 'Echo a Message'), 'Demo Tasks', '', 'Move cursor to desired item and press Enter.', '', '  Echo a Message');
		expectTop(await j.key('Enter', '[Entry Fields]'), 'Echo a Message', 'Type or select values in entry fields.');
		await j.type('hello', '[hello');
		await j.key('Down', 'IP label');
		await j.key('F4', 'Move cursor to desired item and press Enter.');
		await j.key('Down', 'node1_boot1');
		await j.key('Enter', /IP label +\[node1_boot1/);
		const command = await j.key('F6', 'SHOW COMMAND STRING');
		expect(command).toContain("echo -l 'node1_boot1' '-N' 'hello'");
		await j.key('Enter', /^(?![\s\S]*SHOW COMMAND)/);
		const status = await j.key('Enter', 'Command: OK');
		expectTop(status, 'COMMAND STATUS', '');
		expect(status).toMatch(/Command: OK {12}stdout: yes {11}stderr: no/);
		expect(status).toContain('-l node1_boot1 -N hello');
		const back = await j.key('F3', '[Entry Fields]');
		expectTop(back, 'Echo a Message', 'Type or select values in entry fields.');
		expect(back).not.toContain('COMMAND STATUS');
		expect(back).toMatch(/Message text +\[hello\]/);
		expect(back).toMatch(/IP label +\[node1_boot1/);
		await j.key('F10', 'EXIT=');
		await ended(j, 0);
		const log = readFileSync(join(j.home, 'smit.log'), 'utf8');
		expect(log).toContain('Starting SMIT');
		expect(log).toContain(">> echo -l 'node1_boot1' '-N' 'hello'");
		expect(log).toContain('Exiting SMIT');
		const replay = execFileSync(process.execPath, ['dist/hasmit.mjs', 'exec', '--state', j.state, '-'], {
			cwd: REPO,
			input: readFileSync(join(j.home, 'smit.script')),
			encoding: 'utf8',
		});
		expect(replay).toBe('-l node1_boot1 -N hello\n');
	});

	it('the product menus: clstart through F6 and Enter on the sample cluster', async () => {
		const j = start(['clstart']);
		expectTop(await j.waitFor('[Entry Fields]'), 'Start Cluster Services', 'Type or select values in entry fields.');
		const shown = await j.key('F6', 'SHOW COMMAND STRING');
		expect(shown).toContain('/usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster');
		await j.key('Enter', /^(?![\s\S]*SHOW COMMAND)/);
		const status = await j.key('Enter', /Command: (OK|failed)/);
		expectTop(status, 'COMMAND STATUS', '');
		expect(status).toContain('Command: OK');
		await j.key('F10', 'EXIT=');
		await ended(j, 0);
		expect(readFileSync(join(j.home, 'smit.script'), 'utf8')).toContain('cl_rc.cluster');
	});

	it('a resize reflows the screen', async () => {
		const j = start([...MENUS, 'many_dlg']);
		await j.waitFor('[MORE...4]');
		// Wait for the settled frame: the terminal may show a mix while it redraws.
		const head = 'Type or select values in entry fields.\nPress Enter AFTER making all desired changes.\n\n';
		const wide = await j.resize(120, 40, new RegExp(`^ {54}Many Fields\n${head} {76}\\[Entry Fields\\]\n`));
		expect(wide).toContain('Field eighteen');
		expect(wide).not.toMatch(/\[MORE|\[TOP\]/);
		expect(wide).toContain('F1=Help                       F2=Refresh');
		const narrow = await j.resize(80, 24, new RegExp(`^ {34}Many Fields\n${head}\\[TOP\\] {51}\\[Entry Fields\\]\n`));
		expect(narrow).toContain('[MORE...4]');
		expect(narrow).not.toContain('Field fifteen');
		expect(narrow).toContain('F9=Shell            F10=Exit            Enter=Do');
		await j.key('F10', 'EXIT=');
		await ended(j, 0);
	});

	it('a small terminal: pop-ups keep their borders; too small, SMIT says so, and every screen comes back', async () => {
		const j = start([...MENUS, 'echo_dlg']);
		await j.waitFor('[Entry Fields]');
		await j.keys(['Down', 'F4'], 'Move cursor to desired item');
		const small = await j.resize(40, 10, /IP label[\s\S]*\+-{34}\+\s*$/);
		for (const line of small.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
		expect(small.split('\n').filter(l => /\+-{34}\+/.test(l))).toHaveLength(2); // both borders of the list
		const tiny = await j.resize(16, 6, 'too small');
		expect(tiny.split('\n').every(l => l.length <= 16)).toBe(true);
		expect(tiny).toMatch(/^The terminal is\ntoo small for\nSMIT: make it at\n/);
		await j.key('Enter', 'too small'); // not applied blind
		await j.resize(80, 24, /IP label[\s\S]*F10=Exit[\s\S]*\+-{74}\+/);
		await j.key('Enter', /IP label +\[loopback ?\]/);
		await j.key('F10', 'EXIT=');
		await ended(j, 0);
	});

	it('Esc+digit: F-keys whether tmux sends ESC and the digit together or apart, never a typed digit', async () => {
		const j = start([...MENUS, 'echo_dlg']);
		await j.waitFor('[Entry Fields]');
		await j.keys(['Escape', '1'], 'The words echo prints.'); // one read: ESC 1
		j.tmux('send-keys', '-t', 'journey', 'Escape');
		await new Promise(r => setTimeout(r, 150));
		await j.key('3', /^(?![\s\S]*The words echo prints)/); // two reads: ESC, then 3
		await j.keys(['Escape', '6'], 'SHOW COMMAND STRING');
		await j.keys(['Escape', '3'], /^(?![\s\S]*SHOW COMMAND)/);
		await j.type('ok', /Message text +\[ok/); // nothing else got typed
		await j.keys(['Down', 'Down', 'Down'], /Count/); // one read, three keys
		expectTop(await j.key('F2', /Message text +\[ok\]/), 'Echo a Message', 'Type or select values in entry fields.'); // redrawn whole
		await j.keys(['Down', 'Tab'], /Mask +\[/); // Tab on a text field changes nothing
		await j.type('12', /Mask +\[12/);
		await j.keys(['Up', 'Up', 'Tab'], /or both +restart/); // the ring, three rows up
		await j.keys(['Escape', '0'], 'EXIT=');
		await ended(j, 0);
	});

	it('F9 shell runs lines on the simulated cluster; Ctrl-C leaves SMIT and restores the terminal', async () => {
		const j = start(MENUS);
		await j.waitFor('Demo Tasks');
		await j.key('F9', 'node1:/#');
		await j.type('hostname', 'node1:/# hostname');
		await j.key('Enter', /node1:\/# hostname\nnode1\n/);
		await j.type('lssrc -g cluster', 'lssrc');
		await j.type('\u0015exit', 'node1:/# exit');
		await j.key('Enter', 'Demo Tasks');
		await j.key('C-c', 'EXIT=');
		await ended(j, 130);
	});

	it('SIGTERM and SIGHUP restore the terminal', async () => {
		for (const [signal, code] of [
			['SIGTERM', 143],
			['SIGHUP', 129],
		] as const) {
			const j = start(MENUS);
			await j.waitFor('Demo Tasks');
			process.kill(j.appPid(), signal);
			await ended(j, code);
			j.close();
		}
	});

	it('an unknown fast path and invalid menus stop before the TUI with a message and exit 1', async () => {
		const j = start([...MENUS, 'nosuch']);
		const screen = await j.waitFor('EXIT=');
		expect(screen).toContain('hasmit: 1800-106 The fast path "nosuch" was not found.');
		expect(screen).toContain('EXIT=1');
		expect(j.modes()).toBe('0 1');
		j.close();
		const bad = join(j.dir, '..', `hasmit-bad-menus-${process.pid}`);
		execFileSync('mkdir', ['-p', bad]);
		writeFileSync(join(bad, 'bad.json'), JSON.stringify({sm_menu_opt: [{id: 'top_menu', next_id: 'nowhere', text: 'x', next_type: 'm'}]}));
		const k = start(['-o', bad]);
		const refused = await k.waitFor('EXIT=');
		expect(refused).toContain('bad.json: top_menu: next_id: "nowhere" is not a menu');
		// Joined: the path's length (a PID of 3 to 7 digits) moves where tmux wraps this line, even inside a word.
		expect(k.screen(true)).toContain('SMIT was not started.');
		expect(refused).not.toMatch(/\n\s+at /); // no stack trace
		expect(refused).toContain('EXIT=1');
	});

	it('a crash restores the terminal and prints one line', async () => {
		const fixture = join(REPO, 'test/fixtures/crash-app.ts');
		const out = join(mkdtempSync(join(tmpdir(), 'hasmit-crash-')), 'crash-app.mjs');
		await build({entryPoints: [fixture], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent'});
		const j = start([], {command: `node '${out}'`});
		await j.waitFor('EXIT=');
		await ended(j, 1);
		const screen = j.screen();
		expect(screen).toContain('hasmit: internal error: something broke');
		expect(screen).not.toMatch(/\n\s+at /);
	});
});

describe('without a terminal', () => {
	it('says so, points to hasmit exec, and exits 1', () => {
		const result = spawnSync(process.execPath, ['dist/hasmit.mjs', ...MENUS], {cwd: REPO, input: '', encoding: 'utf8'});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('hasmit: SMIT needs a terminal');
		expect(result.stderr).toContain("hasmit exec 'command line'");
		expect(result.stdout).toBe('');
		expect(existsSync(join(REPO, 'smit.log'))).toBe(false);
	});
});
