import {describe, expect, it} from 'vitest';
import {readFileSync, writeFileSync} from 'node:fs';
import {openSession} from '../src/cli/session.js';
import {findScenario, scenarios} from '../src/cluster/scenarios/index.js';
import type {ClusterState} from '../src/cluster/state.js';
import {readEntries, serialize} from '../src/store/saved-text.js';
import {StateFile} from '../src/store/state-file.js';
import {sandbox} from './helpers/cli.js';
import {TEST_CLOCK} from './helpers/cluster.js';

/** The state as a file would hold it at `generation`, in JSON.stringify's own layout. */
const asJson = ({format, version, release, ...model}: ClusterState, generation: number) =>
	JSON.parse(JSON.stringify({format, version, generation, release, ...model})) as unknown;

const generationOf = (text: string) => Number(/"generation":(\d+)/.exec(text)![1]);

/** The file's bytes are exactly what serialising its state anew, with nothing to reuse, writes. */
function expectWrittenAnew(path: string, file: StateFile): void {
	const bytes = readFileSync(path);
	expect(bytes.equals(Buffer.concat(serialize(file.current(), generationOf(bytes.toString('utf8')), new WeakMap()).pieces))).toBe(true);
}

describe('the text of a saved state', () => {
	it("is the state's JSON, each entry of its maps on a line of its own", () => {
		for (const scenario of scenarios()) {
			const state = scenario.build(TEST_CLOCK);
			const text = Buffer.concat(serialize(state, 7, new WeakMap()).pieces).toString('utf8');
			expect(JSON.parse(text)).toEqual(asJson(state, 7));
			expect(text).toMatch(/^\{"format":"hasmit-cluster-state","version":\d+,"generation":7,"release":"[\d.]+",/);
			const lines = text.split('\n');
			for (const node of Object.keys(state.nodes)) expect(lines.filter(line => line.startsWith(`${JSON.stringify(node)}:{`))).toHaveLength(1);
			for (const vgid of Object.keys(state.vgda)) expect(lines.filter(line => line.startsWith(`"${vgid}":{"vgid"`))).toHaveLength(1);
		}
	});

	it('gives back the bytes of every entry it was read from', () => {
		const state = findScenario('big')!.build(TEST_CLOCK);
		const bytes = Buffer.concat(serialize(state, 1, new WeakMap()).pieces);
		const read = JSON.parse(bytes.toString('utf8')) as ClusterState;
		const entries = readEntries(read, bytes.toString('utf8'), bytes);
		for (const [name, node] of Object.entries(read.nodes)) expect(entries.get(node)?.toString('utf8')).toBe(JSON.stringify(state.nodes[name]));
		for (const [vgid, vg] of Object.entries(read.vgda)) expect(entries.get(vg)?.toString('utf8')).toBe(JSON.stringify(state.vgda[vgid]));
		// A save of another layout (JSON.stringify's, on one line) gives none back, and is written anew.
		const oneLine = Buffer.from(JSON.stringify(asJson(state, 1)));
		const oneLineText = oneLine.toString('utf8');
		expect(readEntries(JSON.parse(oneLineText) as ClusterState, oneLineText, oneLine).get(read.nodes.node01!)).toBeUndefined();
	});

	it('is after each command what writing the state anew gives: across runs, with text beyond ASCII, from a one-line file', async () => {
		const {state: path} = sandbox();
		const {file: loader} = await StateFile.open({path});
		loader.replace(findScenario('big')!.build(Date.now()));
		const lines = [
			"cl_rc.cluster -cspoc '-n node01,node02' -N",
			'clRGinfo',
			'echo 节点二的笔记 > /tmp/note',
			'cat /tmp/note',
			"cl_clstop -cspoc '-n node01' -N -s -gr",
			'lsvg -o',
		];
		for (const line of lines) {
			// Each line in a session of its own, as `hasmit exec` runs it: the file read, the command run, the file saved.
			const {cluster} = await openSession({state: path, node: 'node02'});
			expect(cluster.run(line).code).toBe(0);
			expectWrittenAnew(path, cluster.file);
		}
		const {cluster} = await openSession({state: path, node: 'node02'});
		expect(cluster.run('clRGinfo rg01').code).toBe(0);
		expect(cluster.run("cl_rc.cluster -cspoc '-n node01' -N").code).toBe(0);
		expectWrittenAnew(path, cluster.file);
		// An older hasmit's save, on one line: read in full, and the next save lays it out.
		const text = readFileSync(path, 'utf8');
		writeFileSync(path, JSON.stringify(JSON.parse(text)));
		const {cluster: again} = await openSession({state: path, node: 'node02'});
		expect(again.run("cl_clstop -cspoc '-n node01' -N -s -g").code).toBe(0);
		expectWrittenAnew(path, again.file);
		expect(readFileSync(path, 'utf8').split('\n').length).toBeGreaterThan(100);
	});
});
