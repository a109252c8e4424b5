/** hasmit whatif (issue 11, item 6): the events a command or fault would run and where the groups would end, on a copy. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {whatIf} from '../src/cli/whatif.js';
import {readFileSync} from 'node:fs';
import {hasmit, sandbox} from './helpers/cli.js';

describe('hasmit whatif', () => {
	it('a node crash: the takeover events on node2 and rg_app moving there; the cluster itself is unchanged', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		const before = cluster.state;
		const {lines, code} = whatIf(cluster.state, 'node1', 'halt -q');
		expect(code).toBe(0);
		expect(lines.slice(0, 5)).toEqual([
			'What if: halt -q   (on node1; simulated, nothing is changed)',
			'',
			'  ....Halt completed....',
			'',
			'Events that would run:',
		]);
		expect(lines.filter(l => l.includes('EVENT') || /^ {2}\w+ +\d+ /.test(l)).map(l => l.replace(/^ {2}\S+ +\d+ [\d:]+ {2}/, '').trim())).toEqual([
			'node_down node1  (node2)',
			'rg_move_acquire node1 1  (node2)',
			'rg_move node1 1 ACQUIRE  (node2)',
			'acquire_takeover_addr app_svc  (node2)',
			'get_disk_vg_fs datavg  (node2)',
			'rg_move_complete node1 1  (node2)',
			'start_server app_srv  (node2)',
			'node_down_complete node1  (node2)',
		]);
		expect(lines.at(-1)).toBe('  rg_app              ONLINE on node1             -> ONLINE on node2');
		expect(cluster.state).toBe(before);
	});

	it('a command that fails says so and previews nothing', () => {
		const cluster = testCluster();
		const {lines, code} = whatIf(cluster.state, 'node1', 'hasmit_fault node off node7');
		expect(code).toBe(1);
		expect(lines).toContain('  hasmit_fault: node7 is not a node of this simulated cluster.');
		expect(lines).toContain('  (none)');
		expect(lines.at(-1)).toBe('  rg_app              OFFLINE                     (unchanged)');
	});
});

describe('hasmit whatif on the command line', () => {
	it('previews a fault on the state file without changing it; a missing line is a usage error', () => {
		const {env, state} = sandbox();
		expect(hasmit(['exec', 'cl_rc.cluster -N'], {env}).code).toBe(0);
		const before = readFileSync(state, 'utf8');
		const preview = hasmit(['whatif', '--node', 'node2', 'hasmit_fault node off node1'], {env});
		expect(preview.code).toBe(0);
		expect(preview.stdout).toContain('What if: hasmit_fault node off node1   (on node2; simulated, nothing is changed)');
		expect(preview.stdout).toMatch(/node_down node1 +\(node2\)/);
		expect(preview.stdout).toMatch(/rg_app +ONLINE on node1 +-> ONLINE on node2/);
		expect(readFileSync(state, 'utf8')).toBe(before);
		const bare = hasmit(['whatif'], {env});
		expect([bare.code, bare.stderr]).toEqual([
			2,
			"hasmit whatif: no command line given.\nUsage: hasmit whatif [--state FILE] [--node NODE] 'command line'\n",
		]);
	});
});
