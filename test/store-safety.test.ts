// Issue 9: the state file survives full disks, kills, races and foreign files. Each test here failed on the
// store as it was (conf's writes, a pid-less lock, no symlink resolution, no ownership check).
import {describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {
	chmodSync,
	chownSync,
	copyFileSync,
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {BUNDLE, hasmit, hasmitAsync, sandbox} from './helpers/cli.js';
import {validateState} from '../src/store/state-file.js';
import {STATE_VERSION} from '../src/cluster/state.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const clinfo = (path: string) => read(path).nodes.node1.subsystems.clinfoES.pid;
const others = (dir: string) => readdirSync(dir).filter(f => f.startsWith('state.json') && f !== 'state.json');

/** Run hasmit under a file-size limit of `blocks` 512-byte blocks, as `ulimit -f` sets it. */
function hasmitLimited(blocks: number, args: string[], env: NodeJS.ProcessEnv) {
	const run = spawnSync('sh', ['-c', `ulimit -f ${blocks}; exec "$0" "$@"`, process.execPath, BUNDLE, ...args], {env, encoding: 'utf8'});
	return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

describe('saves that cannot lose the cluster', () => {
	it('fails a command whose save hits the file size limit, leaving the previous state as it was', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		const before = readFileSync(state, 'utf8');
		// With SNAP set too: conf wrote in place then, without a temporary file.
		for (const environment of [env, {...env, SNAP: '/snap/hasmit/1'}]) {
			const result = hasmitLimited(16, ['exec', 'startsrc -s clinfoES'], environment);
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toBe(
				`hasmit: cannot save the cluster state ${state}: the file would exceed the file size limit (ulimit -f); nothing was changed.\n`,
			);
			expect(readFileSync(state, 'utf8')).toBe(before);
		}
		const next = hasmit(['exec', 'lssrc -s clinfoES'], {env});
		expect(next.stderr).toBe('');
		expect(next.stdout).toContain('inoperative');
	});

	it('restores a damaged state from its last good copy instead of loading the sample', () => {
		const {env, state, dir} = sandbox();
		hasmit(['exec', 'startsrc -s clinfoES'], {env});
		hasmit(['exec', 'echo second change > /tmp/second'], {env});
		const good = read(`${state}.bak`);
		writeFileSync(state, readFileSync(state, 'utf8').slice(0, 5000));
		const result = hasmit(['exec', 'lssrc -s clinfoES'], {env});
		expect(result.code).toBe(0);
		const aside = readdirSync(dir).find(f => f.startsWith('state.json.corrupt-'))!;
		expect(result.stderr).toBe(
			`hasmit: ${state} is not a valid cluster state: it is not valid JSON.\nhasmit: it was moved to ${join(dir, aside)}; the last good copy, ` +
				`${state}.bak, was restored.\n`,
		);
		expect(result.stdout).toMatch(/clinfoES +cluster +\d+ +active/);
		expect(clinfo(state)).toBe(good.nodes.node1.subsystems.clinfoES.pid);
		expect(read(state).nodes.node1.files['/tmp/second']).toBeUndefined();
		expect(readFileSync(join(dir, aside), 'utf8')).toHaveLength(5000);
	});

	it('restores a state file removed since its last save', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'startsrc -s clinfoES'], {env});
		hasmit(['exec', 'echo second change > /tmp/second'], {env});
		rmSync(state);
		const result = hasmit(['exec', 'lssrc -s clinfoES'], {env});
		expect(result.stderr).toBe(`hasmit: ${state} was missing; the last good copy, ${state}.bak, was restored.\n`);
		expect(result.stdout).toMatch(/clinfoES +cluster +\d+ +active/);
	});

	it('keeps a copy of what it saved beside the file, and checks in full a file changed since', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'startsrc -s clinfoES'], {env});
		const copy = join(state, '..', '.state.json.checked');
		expect(readFileSync(copy, 'utf8')).toBe(readFileSync(state, 'utf8'));
		// Changed in place to the same length, still valid JSON: no longer the copy, so checked in full and refused.
		const text = readFileSync(state, 'utf8');
		expect(text).toContain('"cm":"ST_INIT"');
		writeFileSync(state, text.replace('"cm":"ST_INIT"', '"cm":999999999'));
		expect(hasmit(['exec', 'hostname'], {env}).stderr.split('\n')[0]).toBe(
			`hasmit: ${state} is not a valid cluster state: its nodes.node1.cm is not a string.`,
		);
		// And changed otherwise.
		hasmit(['exec', 'startsrc -s clinfoES'], {env});
		const changed = read(state);
		changed.nodes.node1.subsystems = 'none';
		writeFileSync(state, JSON.stringify(changed));
		const result = hasmit(['exec', 'hostname'], {env});
		expect(result.stderr.split('\n')[0]).toBe(`hasmit: ${state} is not a valid cluster state: its nodes.node1.subsystems is not an object.`);
	});

	it('reports the first wrong path of a state whose nesting is broken, and restores the last good copy', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'startsrc -s clinfoES'], {env});
		const broken = read(state);
		broken.nodes.node1.files = ['not', 'a', 'map'];
		writeFileSync(state, JSON.stringify(broken));
		const result = hasmit(['exec', 'cat /etc/hosts'], {env});
		expect(result.code).toBe(0);
		expect(result.stderr.split('\n')[0]).toBe(`hasmit: ${state} is not a valid cluster state: its nodes.node1.files is not an object.`);
		expect(validateState(read(state))).toBeUndefined();
	});

	it('removes temporary files left by writers that were killed', () => {
		const {env, state, dir} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		writeFileSync(`${state}.tmp-999999-0badcafe`, '{"format":"hasmit-cl');
		writeFileSync(`${state}.lock.tmp-999999-0badcafe`, '999999');
		expect(hasmit(['exec', 'hostname'], {env}).code).toBe(0);
		expect(others(dir)).toEqual([]);
	});

	it('never gives two damaged files the same backup name', async () => {
		const {state, dir} = sandbox();
		const {StateFile} = await import('../src/store/state-file.js');
		const now = () => Date.UTC(2026, 10, 21, 12);
		for (let i = 0; i < 2; i++) {
			writeFileSync(state, `{"format":"hasmit-cluster-state","version":3,"scenario":"copy${i}`);
			await StateFile.open({path: state, now});
		}
		expect(
			readdirSync(dir)
				.filter(f => f.includes('.corrupt-'))
				.sort(),
		).toEqual(['state.json.corrupt-20261121T120000', 'state.json.corrupt-20261121T120000-2']);
	});

	it('creates new state files 0600 and keeps the mode of an existing one', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		expect(statSync(state).mode & 0o777).toBe(0o600);
		chmodSync(state, 0o640);
		expect(hasmit(['exec', 'startsrc -s clinfoES'], {env}).code).toBe(0);
		expect(statSync(state).mode & 0o777).toBe(0o640);
	});

	it.runIf(process.getuid?.() === 0)('keeps the owner of a state file that root changes', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		chownSync(state, 4321, 4321);
		expect(hasmit(['exec', 'startsrc -s clinfoES'], {env}).code).toBe(0);
		expect(statSync(state)).toMatchObject({uid: 4321, gid: 4321});
	});

	it('upgrades a state file written by the previous release (version 2) and keeps its text as the last good copy', () => {
		const {env, state} = sandbox();
		copyFileSync(join(import.meta.dirname, 'fixtures', 'state-v2.json'), state);
		const original = readFileSync(state, 'utf8');
		expect(hasmit(['exec', 'clnodename'], {env})).toEqual({code: 0, stdout: 'node1\nnode2\n', stderr: ''});
		const upgraded = read(state);
		expect(upgraded.version).toBe(STATE_VERSION);
		expect(upgraded.users).toBeUndefined();
		expect(validateState(upgraded)).toBeUndefined();
		expect(readFileSync(`${state}.bak`, 'utf8')).toBe(original);
	});

	it('refuses a state file from a newer hasmit and leaves it as it is', () => {
		const {env, state, dir} = sandbox();
		const newer = {...read(join(import.meta.dirname, 'fixtures', 'state-v2.json')), version: 99};
		writeFileSync(state, JSON.stringify(newer));
		const result = hasmit(['exec', 'hostname'], {env});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`hasmit: ${state} has cluster state version 99, from a newer hasmit`);
		expect(read(state)).toEqual(newer);
		expect(others(dir)).toEqual([]);
	});
});

describe('locks without races', () => {
	/** A state file in real/, and link.json beside real/ pointing at it. */
	function symlinkedState() {
		const {env, dir} = sandbox();
		mkdirSync(join(dir, 'real'));
		const real = join(dir, 'real', 'state.json');
		const link = join(dir, 'link.json');
		hasmit(['exec', '--state', real, 'hostname'], {env});
		symlinkSync(real, link);
		return {env, real, link};
	}

	it('shares one lock between a symlink to the state and its real path', () => {
		const {env, real, link} = symlinkedState();
		writeFileSync(`${real}.lock`, String(process.pid));
		const blocked = hasmit(['exec', '--state', link, 'startsrc -s clinfoES'], {env: {...env, HASMIT_LOCK_WAIT_MS: '200'}});
		expect(blocked.code).toBe(1);
		expect(blocked.stderr).toContain(`is in use by process ${process.pid}`);
	});

	it('changes the real file through a symlink, which stays a symlink', () => {
		const {env, real, link} = symlinkedState();
		expect(hasmit(['exec', '--state', link, 'startsrc -s clinfoES'], {env}).code).toBe(0);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(clinfo(real)).not.toBe(0);
		expect(readFileSync(link, 'utf8')).toBe(readFileSync(real, 'utf8'));
	});

	it('loses no update when writers through a symlink and the real path race over a stale lock', async () => {
		const {env, real, link} = symlinkedState();
		writeFileSync(`${real}.lock`, '999999');
		const writers = Array.from({length: 8}, (_, i) =>
			hasmitAsync(['exec', '--state', i % 2 ? link : real, `echo writer${i} >> /tmp/shared.log`], {env}),
		);
		const results = await Promise.all(writers);
		expect(results.map(r => r.code)).toEqual(Array(8).fill(0));
		const lines = read(real).nodes.node1.files['/tmp/shared.log'].trim().split('\n').sort();
		expect(lines).toEqual(Array.from({length: 8}, (_, i) => `writer${i}`).sort());
	});

	it('lets only one waiter take over a stale lock: another one taking it over makes the rest wait', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		const lock = `${state}.lock`;
		writeFileSync(lock, '999999');
		const stale = statSync(lock, {bigint: true});
		// A live waiter (this test's process) holds the takeover of that very lock file.
		const guard = `${lock}.takeover-${stale.ino}-${stale.ctimeNs}`;
		writeFileSync(guard, String(process.pid));
		const second = hasmit(['exec', 'startsrc -s clinfoES'], {env: {...env, HASMIT_LOCK_WAIT_MS: '300'}});
		expect(second.code).toBe(1);
		expect(second.stderr).toContain('is in use by process 999999');
		rmSync(guard);
		expect(hasmit(['exec', 'startsrc -s clinfoES'], {env})).toMatchObject({code: 0, stderr: ''});
	});

	it('takes over an empty lock file left long ago instead of locking everyone out', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		writeFileSync(`${state}.lock`, '');
		const old = new Date(Date.now() - 60_000);
		utimesSync(`${state}.lock`, old, old);
		const result = hasmit(['exec', 'startsrc -s clinfoES'], {env: {...env, HASMIT_LOCK_WAIT_MS: '500'}});
		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(existsSync(`${state}.lock`)).toBe(false);
	});
});

describe('never touching what is not ours', () => {
	it('refuses a host file named with --state and leaves it as it is', () => {
		const {env, dir} = sandbox();
		const hosts = join(dir, 'hosts');
		const text = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n';
		writeFileSync(hosts, text);
		const result = hasmit(['exec', '--state', hosts, 'hostname'], {env});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			`hasmit: ${hosts} is not a hasmit cluster state (it is not JSON); hasmit leaves it as it is.\nhasmit: name the cluster state file with --state ` +
				`(or HASMIT_STATE).\n`,
		);
		expect(readFileSync(hosts, 'utf8')).toBe(text);
		expect(readdirSync(dir).filter(f => f.startsWith('hosts'))).toEqual(['hosts']);
	});

	it('refuses a FIFO at once instead of waiting for a writer', () => {
		const {env, dir} = sandbox();
		const fifo = join(dir, 'fifo');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		const run = spawnSync(process.execPath, [BUNDLE, 'exec', '--state', fifo, 'hostname'], {
			env,
			encoding: 'utf8',
			timeout: 20_000,
			killSignal: 'SIGKILL',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toBe(
			`hasmit: ${fifo} is not a hasmit cluster state (it is a FIFO); hasmit leaves it as it is.\nhasmit: name the cluster state file with --state ` +
				`(or HASMIT_STATE).\n`,
		);
		expect(statSync(fifo).isFIFO()).toBe(true);
	});

	it('opens a read-only state read-only: commands that change nothing run, changes are refused', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		chmodSync(state, 0o444);
		const before = readFileSync(state, 'utf8');
		expect(hasmit(['exec', 'lssrc -s clinfoES'], {env})).toMatchObject({code: 0, stderr: ''});
		const change = hasmit(['exec', 'startsrc -s clinfoES'], {env});
		expect(change).toEqual({code: 1, stdout: '', stderr: `hasmit: ${state} is read-only: the change was not saved.\n`});
		expect(readFileSync(state, 'utf8')).toBe(before);
		expect(statSync(state).mode & 0o777).toBe(0o444);
	});

	it('refuses a menu file that is a link to /dev/zero instead of reading it for ever', () => {
		const {env, dir} = sandbox();
		const menus = join(dir, 'menus');
		mkdirSync(menus);
		symlinkSync('/dev/zero', join(menus, 'zero.json'));
		const run = spawnSync(process.execPath, [BUNDLE, 'menus', 'check', '--menus', menus], {
			env,
			encoding: 'utf8',
			timeout: 20_000,
			killSignal: 'SIGKILL',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`zero.json: -: -: cannot be read (${join(menus, 'zero.json')} is a device)`);
	});
});
