import {describe, expect, it} from 'vitest';
import {spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {NODE_BUNDLE} from '../scripts/node-bundle.mjs';
import {hasmit, hasmitAsync, sandbox} from './helpers/cli.js';
import {validateState} from '../src/store/state-file.js';

describe('state file', () => {
	it('moves a corrupt file aside, says where, and loads the sample cluster', () => {
		const {env, state, dir} = sandbox();
		writeFileSync(state, '{"format": "hasmit-cluster-state", "nodes": ');
		const result = hasmit(['exec', 'clnodename'], {env});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('node1\nnode2\n');
		const backup = readdirSync(dir).find(f => f.startsWith('state.json.corrupt-'));
		expect(backup).toMatch(/^state\.json\.corrupt-\d{8}T\d{6}$/);
		expect(result.stderr).toBe(
			`hasmit: ${state} is not a valid cluster state: it is not valid JSON.\nhasmit: it was moved to ${join(dir, backup!)}; the two-node sample ` +
				`cluster was loaded.\n`,
		);
		expect(readFileSync(join(dir, backup!), 'utf8')).toBe('{"format": "hasmit-cluster-state", "nodes": ');
		expect(validateState(JSON.parse(readFileSync(state, 'utf8')))).toBeUndefined();
	});

	it('refuses a directory or a folder it cannot make as the state file, with a message and no stack', () => {
		const {env, dir} = sandbox();
		const directory = hasmit(['exec', '--state', dir, 'hostname'], {env});
		expect(directory.code).toBe(1);
		expect(directory.stderr).toBe(
			`hasmit: ${dir} is a directory; --state (or HASMIT_STATE) names the cluster state file, e.g. ${join(dir, 'state.json')}.\n`,
		);
		writeFileSync(join(dir, 'plain'), 'x');
		const blocked = hasmit(['exec', '--state', join(dir, 'plain', 'state.json'), 'hostname'], {env});
		expect(blocked.code).toBe(1);
		expect(blocked.stderr).toMatch(/^hasmit: cannot use the cluster state .*plain\/state\.json: .*ENOTDIR/);
	});

	it('refuses valid JSON that is not a cluster state, and leaves it as it is', () => {
		const {env, state, dir} = sandbox();
		writeFileSync(state, JSON.stringify({hello: 'world'}));
		const result = hasmit(['exec', 'hostname'], {env});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('is not a hasmit cluster state (it has no hasmit format marker); hasmit leaves it as it is.');
		expect(readFileSync(state, 'utf8')).toBe('{"hello":"world"}');
		expect(readdirSync(dir).filter(f => f.startsWith('state.json'))).toEqual(['state.json']);
	});

	it('waits for a lock held by a running process, then fails clearly and changes nothing', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		const before = readFileSync(state, 'utf8');
		writeFileSync(`${state}.lock`, String(process.pid));
		const result = hasmit(['exec', 'startsrc -s clinfoES'], {env: {...env, HASMIT_LOCK_WAIT_MS: '300'}});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			`hasmit: the cluster state ${state} is in use by process ${process.pid}.\nhasmit: nothing was changed; try again when that command has ` +
				`finished.\n`,
		);
		expect(readFileSync(state, 'utf8')).toBe(before);
	});

	it('takes over a lock left by a process that no longer exists', () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		writeFileSync(`${state}.lock`, '999999');
		expect(hasmit(['exec', 'startsrc -s clinfoES'], {env}).code).toBe(0);
		expect(existsSync(`${state}.lock`)).toBe(false);
	});

	it('loses neither update when several processes change the cluster at once', async () => {
		const {env, state} = sandbox();
		hasmit(['exec', 'hostname'], {env});
		const writers = Array.from({length: 8}, (_, i) => hasmitAsync(['exec', `echo writer${i} >> /tmp/shared.log`], {env}));
		const results = await Promise.all(writers);
		expect(results.map(r => r.code)).toEqual(Array(8).fill(0));
		const lines = JSON.parse(readFileSync(state, 'utf8')).nodes.node1.files['/tmp/shared.log'].trim().split('\n').sort();
		expect(lines).toEqual(Array.from({length: 8}, (_, i) => `writer${i}`).sort());
	});

	it('keeps the previous state intact when a writer is killed in the middle of a save', async () => {
		const {dir, state} = sandbox();
		const script = join(dir, 'save-loop.mjs');
		await build({...NODE_BUNDLE, entryPoints: [join(import.meta.dirname, 'fixtures', 'save-loop.ts')], outfile: script, logLevel: 'silent'});
		const progress = join(dir, 'progress');
		for (let round = 0; round < 4; round++) {
			writeFileSync(progress, '');
			const child = spawn(process.execPath, [script, state, progress], {stdio: 'ignore', env: {...process.env, HOME: dir}});
			const saves = () => readFileSync(progress, 'utf8').trim().split('\n').filter(Boolean).map(Number);
			while (saves().length < 3) await new Promise(r => setTimeout(r, 10));
			await new Promise(r => setTimeout(r, 7 * round));
			child.kill('SIGKILL');
			await new Promise(r => child.on('close', r));
			const done = saves();
			const saved = JSON.parse(readFileSync(state, 'utf8'));
			expect(validateState(saved)).toBeUndefined();
			// The file holds the last completed save, or the one whose rename had just happened.
			expect([done.at(-1), done.at(-1)! + 1]).toContain(saved.lastPid);
		}
	}, 60000);
});
