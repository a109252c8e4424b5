/** man: every declared command's page, from its declaration; AIX's answer for a page not installed. */
import {describe, expect, it} from 'vitest';
import {runLine, type Session} from '../src/command/shell.js';
import {createRegistry} from '../src/domains/index.js';
import {findScenario} from '../src/cluster/scenarios/index.js';
import {setRelease} from '../src/cluster/release/apply.js';
import {TEST_CLOCK} from './helpers/cluster.js';
import {hasmit, sandbox} from './helpers/cli.js';
import {KEY} from './helpers/keys.js';
import {renderApp} from './helpers/ui.js';

function session(): Session {
	return {state: findScenario('two-node')!.build(TEST_CLOCK), node: 'node1', registry: createRegistry()};
}

/** A page with its wrapping undone, to find a help text whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('man', () => {
	it('documents every registered command: its synopsis, every flag and operand it declares, and what it does to the cluster', () => {
		const shell = session();
		// 4.3's own commands (claddnim, clrmnim) have their pages on a 4.3 node.
		const shell43 = session();
		setRelease(shell43.state, '4.3');
		const registry = createRegistry();
		for (const declared of registry.commands()) {
			// The page of the command as the session's release (5.2) has it, or 4.3's for a command only 4.3 has.
			const only43 = declared.releases?.includes('5.2') === false;
			const command = declared.byRelease?.[only43 ? '4.3' : '5.2'] ?? declared;
			const path = `${command.dir}/${command.name}`;
			const result = runLine(only43 ? shell43 : shell, `man ${only43 ? command.name : path}`);
			expect(result.code, path).toBe(0);
			const page = result.stdout;
			expect(page.startsWith(`${command.name} Command\n\nPurpose\n`), path).toBe(true);
			const synopsis = command.usage!.split('\n')[0]!.replace(/^Usage: /, '');
			expect(page, path).toContain(`Syntax\n       ${synopsis}\n`);
			expect(flat(page), path).toContain(flat(command.help.summary));
			for (const [key, flag] of Object.entries(command.help.flags)) {
				expect(page, `${path} -${key}`).toMatch(new RegExp(`\\n {7}${escaped(`-${key}${flag.arg ? ` ${flag.arg}` : ''}`)}(\\n| )`));
				expect(flat(page), `${path} -${key}`).toContain(flat(flag.notSimulated ? `${flag.help} (not simulated by hasmit: refused)` : flag.help));
			}
			for (const operand of command.help.operands) expect(flat(page), `${path} ${operand.name}`).toContain(flat(`${operand.name} ${operand.help}`));
			expect(flat(page), path).toContain(command.help.readOnly ? 'It only reads the simulated cluster' : 'It can change the simulated cluster');
		}
	});

	it('lays a page out as the Commands Reference does', () => {
		expect(runLine(session(), 'man lsvg').stdout).toContain(
			[
				'Flags',
				'       -o              lists only the volume groups varied on',
				'       -i              reads the volume group names from standard input',
				'       -l              lists the logical volumes of each volume group',
				'       -p              lists the physical volumes of each volume group',
				'       -M              shows the map of each physical partition',
				'       -n PhysicalVolume',
				'                       reads the descriptor area on that disk rather than the',
				'                       ODM (not simulated by hasmit: refused)',
			].join('\n'),
		);
	});

	it('answers as AIX does for a page not installed, and goes on with the others', () => {
		const result = runLine(session(), 'man nosuch clRGmove');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('Manual entry for nosuch not found or not installed.\n');
		expect(result.stdout).toMatch(/^clRGmove Command\n/);
		expect(result.stdout).toContain('       -g groupname    the resource group\n');
	});

	it('takes a section number before the title and ignores it', () => {
		expect(runLine(session(), 'man 1 hostname').stdout).toMatch(/^hostname Command\n/);
	});

	it('is read-only itself, and its page says so', () => {
		const page = runLine(session(), 'man man').stdout;
		expect(page).toContain(
			'       -k Keyword      list the pages whose purpose contains Keyword (not\n                       simulated by hasmit: refused)\n',
		);
		expect(flat(page)).toContain('It only reads the simulated cluster: it never changes it.');
	});

	it('runs in hasmit exec and hasmit shell', () => {
		const {env} = sandbox();
		const exec = hasmit(['exec', 'man lsvg'], {env});
		expect(exec.code).toBe(0);
		expect(exec.stdout).toMatch(/^lsvg Command\n\nPurpose\n {7}Shows volume groups/);
		const missing = hasmit(['exec', 'man lsvgx'], {env});
		expect(missing).toEqual({code: 1, stdout: '', stderr: 'Manual entry for lsvgx not found or not installed.\n'});
		const shell = hasmit(['shell'], {env, input: 'man clstop\n'});
		expect(shell.stdout).toContain('clstop Command\n\nPurpose\n');
	});

	it('runs in the F9 shell', async () => {
		const app = renderApp({fastPath: 'echo_dlg', rows: 40});
		await app.settle('[Entry Fields]');
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`man hostname${KEY.ENTER}`, 'hostname Command');
		expect(app.frame()).toContain('       Shows the name of the node the shell is on.');
	});
});
