import {describe, expect, it} from 'vitest';
import {buildScenario, scenarios} from '../src/cluster/scenarios/index.js';
import {RELEASES} from '../src/cluster/release/index.js';
import {checkStructure, removeMapPrototypes, strictStructure} from '../src/cluster/state-shape.js';
import type {ClusterState} from '../src/cluster/state.js';
import {hasmit, sandbox} from './helpers/cli.js';
import {TEST_CLOCK} from './helpers/cluster.js';

/** A state as a file gives it back: every object a plain one. */
const loaded = (state: ClusterState) => JSON.parse(JSON.stringify(state)) as ClusterState;

describe('the shape of a cluster state', () => {
	it('declares every property holding objects of every sample cluster, on every release', () => {
		for (const scenario of scenarios())
			for (const release of RELEASES) expect(strictStructure(loaded(buildScenario(scenario, release, TEST_CLOCK)))).toBeUndefined();
	});

	it('refuses in strict checks a property it does not declare that holds objects, and names its path', () => {
		const state = loaded(buildScenario(scenarios()[0]!, RELEASES[0]!, TEST_CLOCK));
		const node = Object.keys(state.nodes)[0]!;
		(state.nodes[node] as unknown as Record<string, unknown>).notes = {monday: 'patch'};
		expect(strictStructure(state)).toBe(`its nodes.${node}.notes is not declared`);
		// A load lets it through, as any unknown property.
		expect(checkStructure(state)).toBeUndefined();
	});

	it("removes the prototypes of a loaded state's maps, and leaves its records theirs", () => {
		const state = loaded(buildScenario(scenarios().find(s => s.name === 'big')!, '5.2', TEST_CLOCK));
		state.queue.push({at: 1, seq: 1, kind: 'x', payload: {groups: {rg01: 'node01'}}} as unknown as ClusterState['queue'][number]);
		removeMapPrototypes(state);
		const [vg] = Object.values(state.vgda);
		const [lv] = Object.values(vg!.lvs);
		const node = state.nodes.node01!;
		for (const map of [state.nodes, state.vgda, vg!.lvs, vg!.filesystems, node.files, node.lvm.volumeGroups, node.subsystems]) {
			expect(Object.getPrototypeOf(map)).toBeNull();
		}
		for (const record of [state, vg, lv, node, node.lvm]) expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
		// A payload is its handler's: all its objects are taken for maps.
		const {payload} = state.queue.at(-1)! as unknown as {payload: {groups: object}};
		expect(Object.getPrototypeOf(payload.groups)).toBeNull();
	});

	it('keeps names such as __proto__ and constructor names like any other across a save and a load', () => {
		const {env} = sandbox();
		for (const name of ['__proto__', 'constructor', 'toString']) {
			expect(hasmit(['exec', `claddgrp -g ${name} -n 'node1 node2' -S OHN -O FNPN -B FBHPN`], {env}).code).toBe(0);
			expect(hasmit(['exec', `echo ${name} > /tmp/${name}`], {env}).code).toBe(0);
		}
		expect(hasmit(['exec', 'cllsgrp'], {env}).stdout.split('\n')).toEqual(['rg_app', '__proto__', 'constructor', 'toString', '']);
		expect(hasmit(['exec', 'cat /tmp/__proto__ /tmp/constructor'], {env}).stdout).toBe('__proto__\nconstructor\n');
		expect(hasmit(['exec', 'clrmgrp -g constructor'], {env}).code).toBe(0);
		expect(hasmit(['exec', 'cllsgrp'], {env}).stdout).toBe('rg_app\n__proto__\ntoString\n');
	});
});
