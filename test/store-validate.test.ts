// The structure check names the first wrong path of a state file; migrations chain to the current version.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {STATE_VERSION} from '../src/cluster/state.js';
import {MIGRATIONS, migrate} from '../src/store/migrations.js';
import {validateState} from '../src/store/state-file.js';

/** A parsed state file: plain JSON, broken freely here. */
type Raw = ReturnType<typeof JSON.parse>;
const v2 = (): Raw => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'state-v2.json'), 'utf8'));
const current = () => {
	const data = v2();
	migrate(data, 2, STATE_VERSION);
	return data;
};

describe('state structure', () => {
	it('accepts the previous release’s file once migrated', () => {
		expect(validateState(current())).toBeUndefined();
	});

	it.each([
		['a map that is a list', (s: Raw) => (s.nodes.node1.files = []), 'its nodes.node1.files is not an object'],
		['a missing field', (s: Raw) => delete s.nodes.node2.lvm.mounts, 'its nodes.node2.lvm.mounts is not an object'],
		[
			'a wrong item deep in a list',
			(s: Raw) => (s.vgda[Object.keys(s.vgda)[0]!].lvs.hd5.copies[0][0].first = '1'),
			/^its vgda\.\w+\.lvs\.hd5\.copies\[0\]\[0\]\.first is not a number$/,
		],
		['a wrong optional field', (s: Raw) => (s.configs.c1.settlingTime = 'soon'), 'its configs.c1.settlingTime is not a number'],
		['a null where a record is', (s: Raw) => (s.resourceGroups = null), 'its resourceGroups is not an object'],
		['a string that is a number', (s: Raw) => (s.nodes.node1.inittab[2] = 3), 'its nodes.node1.inittab[2] is not a string'],
		['a due event without its payload', (s: Raw) => s.queue.push({at: 1, seq: 1, kind: 'settling'}), 'its queue[0].payload is not an object'],
		[
			'a held event of no event sequence',
			(s: Raw) =>
				(s.heldEvents = [
					{event: 'node_up', args: 'node1', node: 'node1', sequence: 'nodeJoin', phase: 0, nodes: [], plan: {release: [], acquire: []}},
				]),
			'its heldEvents[0].sequence is not nodeUp, nodeDown, groupMove, announce',
		],
	])('names the first wrong path of %s', (_, breakIt, problem) => {
		const state = current();
		breakIt(state);
		expect(validateState(state)).toMatch(problem);
	});
});

describe('migrations', () => {
	it('chain from version 2 to the current one, one step each', () => {
		expect(MIGRATIONS.map(m => [m.from, m.to])).toEqual(Array.from({length: STATE_VERSION - 2}, (_, i) => [2 + i, 3 + i]));
	});

	it('drop the user records from a version-2 file', () => {
		const data = current();
		expect(data.version).toBe(STATE_VERSION);
		expect(data).not.toHaveProperty('users');
		expect(data).not.toHaveProperty('userGroups');
	});

	it('say when no step leads from a version', () => {
		expect(migrate({version: 1}, 1, STATE_VERSION)).toBe('no migration from state version 1');
	});
});
