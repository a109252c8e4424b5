import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {dirname, join} from 'node:path';
import {BUNDLE, hasmit, sandbox} from './helpers/cli.js';

describe('hasmit exec', () => {
	it('runs one line and exits with its code; state persists between runs', () => {
		const {env, state} = sandbox();
		const started = hasmit(['exec', 'rc.cluster -N'], {env});
		expect(started.code).toBe(0);
		expect(started.stdout).toContain('0513-059 The topsvcs Subsystem has been started.');
		const info = hasmit(['exec', 'clRGinfo'], {env});
		expect(info.stdout).toMatch(/rg_app\s+ONLINE\s+node1/);
		expect(JSON.parse(readFileSync(state, 'utf8')).nodes.node1.cm).toBe('ST_STABLE');
	});

	it('prints Usage and exits 1 on a bad flag', () => {
		const {env} = sandbox();
		const result = hasmit(['exec', 'clstop -q'], {env});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('clstop: Not a recognized flag: q\nUsage: clstop {-f | -g | -gr} [-s] [-y] [-N | -R | -B]\n');
	});

	it('refuses a repeated start and an unknown node, leaving the state file as it was', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'rc.cluster -N'], {env});
		const before = readFileSync(state, 'utf8');
		const again = hasmit(['exec', 'rc.cluster -N'], {env});
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('Cluster services are already active on node1. Nothing was started.');
		const unknown = hasmit(['exec', "cl_rc.cluster -cspoc '-n node7' -N"], {env});
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('node7 is not a cluster node');
		expect(readFileSync(state, 'utf8')).toBe(before);
	});

	it('runs on the node given by --node, before or after the sub-command', () => {
		const {env} = sandbox();
		expect(hasmit(['exec', '--node', 'node2', 'hostname'], {env}).stdout).toBe('node2\n');
		expect(hasmit(['--node', 'node2', 'exec', 'hostname'], {env}).stdout).toBe('node2\n');
		const bad = hasmit(['exec', '--node', 'node9', 'hostname'], {env});
		expect(bad.code).toBe(2);
		expect(bad.stderr).toBe('hasmit: node9 is not a node of this cluster (nodes: node1, node2).\n');
	});

	it('reads a script from standard input, skipping comments, stopping at the first failure unless -k', () => {
		const {env} = sandbox();
		const script = '#\n# [Nov 21 2026, 12:00:00]\n#\nhostname\n\nnosuchcommand\necho after\n';
		const stop = hasmit(['exec', '-'], {env, input: script});
		expect(stop.code).toBe(127);
		expect(stop.stdout).toBe('node1\n');
		expect(stop.stderr).toBe('ksh: nosuchcommand:  not found.\n');
		const keepGoing = hasmit(['exec', '-k', '-'], {env, input: script});
		expect(keepGoing.code).toBe(127);
		expect(keepGoing.stdout).toBe('node1\nafter\n');
	});
});

describe('a reader that stops early', () => {
	it('ends hasmit quietly with status 141, as SIGPIPE ends a command', () => {
		const {env} = sandbox();
		hasmit(['scenario', 'load', 'big', '--yes'], {env});
		const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${BUNDLE}" exec 'cl_lsvg -l' | head -1; echo "status=\${PIPESTATUS[0]}"`], {
			env,
			encoding: 'utf8',
		});
		expect(piped.stdout).toBe('node01: vg01:\nstatus=141\n');
		expect(piped.stderr).toBe('');
	});
});

describe('hasmit scenario and reset', () => {
	it('lists, loads with --yes, and refuses to ask without a terminal', () => {
		const {env} = sandbox();
		expect(hasmit(['scenario', 'list'], {env}).stdout).toMatch(/^big\s+32 nodes/m);
		const load = hasmit(['scenario', 'load', 'mutual-takeover', '--yes'], {env});
		expect(load.code).toBe(0);
		expect(hasmit(['exec', 'clnodename'], {env}).stdout).toBe('nodea\nnodeb\n');
		const ask = hasmit(['scenario', 'load', 'two-node'], {env});
		expect(ask.code).toBe(2);
		expect(ask.stderr).toContain('add --yes');
		expect(hasmit(['exec', 'clnodename'], {env}).stdout).toBe('nodea\nnodeb\n');
		expect(hasmit(['scenario', 'load', 'nosuch', '--yes'], {env}).stderr).toContain('there is no scenario named nosuch');
		expect(hasmit(['reset', '--yes'], {env}).code).toBe(0);
		expect(hasmit(['exec', 'clnodename'], {env}).stdout).toBe('node1\nnode2\n');
	});
});

describe('hasmit itself', () => {
	it('answers --version and --help, and refuses unknown flags without a stack trace', () => {
		const {env} = sandbox();
		expect(hasmit(['--version'], {env}).stdout).toMatch(/^hasmit \d+\.\d+\.\d+\n$/);
		expect(hasmit(['--help'], {env}).stdout).toContain('hasmit exec');
		const bad = hasmit(['-Q'], {env});
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('hasmit: Not a recognized flag: Q');
		expect(bad.stderr).not.toMatch(/\bat .*\.m?js:\d+/);
	});

	it('is built as ASCII text, which V8 holds as one byte a character (one other character makes it two for the whole source)', () => {
		const source = readFileSync(join(dirname(BUNDLE), 'hasmit-bundle.cjs'), 'latin1');
		expect(source.match(/[\x80-\xff].{0,40}/)?.[0]).toBeUndefined();
	});
});

describe('a session whose cluster is replaced under it', () => {
	it('says so instead of running on a node that no longer exists', async () => {
		const {openSession} = await import('../src/cli/session.js');
		const {state} = sandbox();
		const {cluster} = await openSession({state, node: 'node2'});
		expect(cluster.run('hostname').stdout).toBe('node2\n');
		const {StateFile} = await import('../src/store/state-file.js');
		const {findScenario} = await import('../src/cluster/scenarios/index.js');
		const {file} = await StateFile.open({path: state});
		file.replace(findScenario('mutual-takeover')!.build(Date.now()));
		const result = cluster.run('hostname');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('hasmit: node node2 is no longer in the cluster (another hasmit loaded the mutual-takeover scenario).');
		expect(result.stderr).toContain('--node one of: nodea, nodeb');
	});
});
