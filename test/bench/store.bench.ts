/**
 * Issue 9 / issue 8 item 10 figures for the state file of the `big` scenario: its size, and a save
 * (atomic, flushed to disk with fsync, the previous file kept as the last good copy) plus a load
 * (parsed, its whole structure and the model's invariants checked). The baseline, measured in the
 * same run, is the state as version 2 stored it (5,000 user records) written and read back the way
 * conf did: no fsync, no structure check.
 */
import '../../src/domains/index.js';
import {mkdtempSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {nodeFiles} from '../../src/cluster/scenarios/files.js';
import {checkInvariants} from '../../src/cluster/invariants.js';
import {StateFile} from '../../src/store/state-file.js';
import {checkStructure} from '../../src/cluster/state-shape.js';
import {report, timeMedian} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
// The version-2 state: the same cluster plus what big used to carry and nothing read: 5,000 user
// records and every application's scripts on all 32 nodes.
const users = Object.fromEntries(
	Array.from({length: 5000}, (_, i) => {
		const u = i + 1;
		const name = `user${String(u).padStart(4, '0')}`;
		const pgrp = u % 10 === 0 ? 'dba' : 'staff';
		return [name, {id: 1000 + u, pgrp, groups: [pgrp], home: `/home/${name}`, shell: '/usr/bin/ksh', gecos: `Cluster user ${u}`, admin: false}];
	}),
);
const userGroups = {
	staff: {id: 1, users: Object.keys(users).filter((_, i) => (i + 1) % 10 !== 0), admin: false},
	dba: {id: 300, users: Object.keys(users).filter((_, i) => (i + 1) % 10 === 0), admin: false},
};
const scripts = nodeFiles(big.configs[big.nodes.node01!.dcd]!);
const nodes = Object.fromEntries(Object.entries(big.nodes).map(([name, node]) => [name, {...node, files: {...scripts, ...node.files}}]));
const v2Text = JSON.stringify({...big, version: 2, nodes, users, userGroups});

const dir = mkdtempSync(join(tmpdir(), 'hasmit-bench-store-'));
const path = join(dir, 'state.json');
const {file} = await StateFile.open({path});
file.replace(big);
const size = readFileSync(path).length / 1e3;

let n = 0;
// StateFile.open does all its work before it returns its promise, so the time is the load's.
const saveLoad = timeMedian(() => {
	file.replace({...big, lastPid: big.lastPid + ++n});
	void StateFile.open({path});
});
const save = timeMedian(() => file.replace({...big, lastPid: big.lastPid + ++n}));
const text = readFileSync(path, 'utf8');
const parsed = JSON.parse(text);
const figures = [
	{name: 'big state file, version 2 (baseline)', value: v2Text.length / 1e3, unit: 'KB', target: 2200},
	{name: 'big state file, now', value: size, unit: 'KB', target: 1100},
	{
		name: 'baseline: v2 write (no fsync) + read + parse',
		value: timeMedian(() => {
			writeFileSync(`${path}.v2-tmp`, v2Text);
			renameSync(`${path}.v2-tmp`, `${path}.v2`);
			JSON.parse(readFileSync(`${path}.v2`, 'utf8'));
		}),
		unit: 'ms',
		target: 25,
	},
	{name: 'state save + load (fsync, last good copy, full check)', value: saveLoad, unit: 'ms', target: 25},
	{name: '  of which: save (serialize, write, fsync, rename)', value: save, unit: 'ms', target: 25},
	{name: '  of which: JSON.parse', value: timeMedian(() => JSON.parse(text)), unit: 'ms', target: 25},
	{name: '  of which: structure check', value: timeMedian(() => checkStructure(parsed)), unit: 'ms', target: 25},
	{name: '  of which: invariants', value: timeMedian(() => checkInvariants(parsed)), unit: 'ms', target: 25},
];
report('State file of big (issue 9, issue 8 item 10)', figures);
