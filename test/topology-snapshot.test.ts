/** clsnapshot: a snapshot is the configuration as ODM stanzas under the snapshot directory; applying it replaces the DCD. */
import {describe, expect, it} from 'vitest';
import {dcdOf} from '../src/cluster/config.js';
import {fromStanzas, toStanzas} from '../src/cluster/topology/snapshot.js';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand, selectorList} from './helpers/smit.js';

const U = '/usr/es/sbin/cluster/utilities';
const DIR = '/usr/es/sbin/cluster/snapshots';

describe('clsnapshot', () => {
	it('every sample configuration survives the round trip through ODM stanzas', () => {
		for (const scenario of ['two-node', 'mutual-takeover', 'concurrent', 'big']) {
			const config = dcdOf(testCluster(scenario).state, Object.keys(testCluster(scenario).state.nodes)[0]!);
			expect(fromStanzas(toStanzas(config))).toEqual(config);
		}
	});

	it('creates, lists, applies and removes', () => {
		const cluster = testCluster();
		expect(cluster.ok(`${U}/clsnapshot -c -n before_change -d 'as delivered'`)).toBe(
			'clsnapshot: Succeeded creating Cluster Snapshot: before_change.\n',
		);
		expect(cluster.file('node1', `${DIR}/before_change.odm`)).toMatch(/^HACMPcluster:\n\tname = "prodcluster"\n\tid = 1\n/);
		expect(cluster.file('node1', `${DIR}/before_change.odm`)).toContain('HACMPadapter:\n\tkey = "node1_boot1"\n\tlabel = "node1_boot1"\n');
		expect(cluster.ok(`${U}/clsnapshot -l`)).toBe('before_change           as delivered\n');
		const original = dcdOf(cluster.state, 'node1');
		cluster.ok(`${U}/clrmgrp -g rg_app`);
		cluster.ok(`${U}/clmodnetwork -c -n net_ether_01 -l no`);
		expect(cluster.ok(`${U}/clsnapshot -a -n before_change`)).toBe(
			'clsnapshot: Succeeded applying Cluster Snapshot: before_change (the configuration of node1, node2).\n',
		);
		expect(dcdOf(cluster.state, 'node1')).toEqual(original);
		expect(cluster.state.nodes.node2!.dcd).toBe(cluster.state.nodes.node1!.dcd);
		cluster.ok(`${U}/clsnapshot -r -n before_change`);
		expect(cluster.ok(`${U}/clsnapshot -l`)).toBe('');
		expect(cluster.file('node1', `${DIR}/before_change.info`)).toBe('');
	});

	it('refuses applying while cluster services run, a name taken or missing, and a file that is no snapshot', () => {
		const cluster = testCluster();
		cluster.ok(`${U}/clsnapshot -c -n snap1`);
		cluster.refused(`${U}/clsnapshot -c -n snap1`, 'ERROR: Snapshot snap1 already exists');
		cluster.refused(`${U}/clsnapshot -a -n snap2`, 'ERROR: Snapshot snap2 does not exist');
		cluster.refused(`${U}/clsnapshot -c -n 'a/b'`, 'is not a valid snapshot name');
		cluster.arrange(state => void (state.nodes.node1!.files[`${DIR}/junk.odm`] = 'not a snapshot\n'));
		cluster.refused(`${U}/clsnapshot -a -n junk`, 'ERROR: Snapshot junk is not a valid HACMP snapshot.');
		cluster.ok('cl_rc.cluster -N');
		cluster.refused(`${U}/clsnapshot -a -n snap1`, 'ERROR: Cannot apply a snapshot while cluster services are running (on node1, node2)');
	});
});

describe('Snapshot Configuration', () => {
	it('adds, applies and removes a snapshot through its dialogs', () => {
		const cluster = testCluster();
		const add = dialogCommand(cluster, 'cm_add_snapshot', {}, {'Cluster Snapshot Name': 'snap1', 'Cluster Snapshot Description': 'first'});
		expect(add).toBe(`${U}/clsnapshot -c -n 'snap1' -d 'first'`);
		cluster.ok(add);
		expect(selectorList(cluster, 'cm_apply_snapshot_select')).toEqual(['snap1']);
		const apply = dialogCommand(cluster, 'cm_apply_snapshot', {_rawname: 'snap1'});
		expect(apply).toBe(`${U}/clsnapshot -a -n 'snap1'`);
		cluster.ok(apply);
		expect(selectorList(cluster, 'cm_rm_snapshot_select')).toEqual(['snap1']);
		const remove = dialogCommand(cluster, 'cm_rm_snapshot', {_rawname: 'snap1'});
		expect(remove).toBe(`${U}/clsnapshot -r -n 'snap1'`);
		cluster.ok(remove);
		expect(selectorList(cluster, 'cm_rm_snapshot_select')).toEqual([]);
	});
});
