/**
 * currentView: the LVM commands read the cluster outside the transaction's
 * proxy, and what they read is the state as it is now, never the state the
 * transaction started from: the shell's clock catch-up may fire timers
 * (events vary VGs on and mount file systems) before the command runs, and
 * a command run through ctx.exec may follow another change.
 */
import {createDraft, finishDraft, isDraft} from 'immer';
import {describe, expect, it} from 'vitest';
import {currentView, peek} from '../src/cluster/view.js';
import {mountFileSystem, varyOnVolumeGroup} from '../src/cluster/lvm-ops.js';
import type {ClusterState} from '../src/cluster/state.js';
import {testCluster} from './helpers/cluster.js';

const CS = '/usr/es/sbin/cluster/cspoc';

describe('currentView', () => {
	it('shares what the transaction has not changed and copies what it has, with no draft left in it', () => {
		const c = testCluster();
		const committed = c.state;
		const draft = createDraft(committed) as ClusterState;
		expect(currentView(draft)).toBe(committed);
		draft.nodes.node2!.lvm.varyon.datavg = 'active';
		const view = currentView(draft);
		expect(isDraft(view) || isDraft(view.nodes) || isDraft(view.nodes.node2!.lvm)).toBe(false);
		expect(view.nodes.node2!.lvm.varyon.datavg).toBe('active');
		expect(committed.nodes.node2!.lvm.varyon.datavg).toBeUndefined();
		expect(view.nodes.node1).toBe(committed.nodes.node1);
		expect(view.vgda).toBe(committed.vgda);
		expect(view.nodes.node2!.lvm.volumeGroups).toBe(committed.nodes.node2!.lvm.volumeGroups);
		// An object put into the draft is read as it is, drafts inside it included.
		draft.nodes.node2!.lvm.mounts = {...draft.nodes.node2!.lvm.mounts, '/data': {dev: '/dev/datalv', vfs: 'jfs2', options: 'rw', at: 0}};
		expect(isDraft(currentView(draft).nodes.node2!.lvm.mounts['/']!)).toBe(false);
		expect(Object.keys(currentView(draft).nodes.node2!.lvm.mounts)).toContain('/data');
		expect(currentView(committed)).toBe(committed);
	});

	it('peeks at a member without drafting it: the committed value, or the draft already made', () => {
		const c = testCluster();
		const committed = c.state;
		const draft = createDraft(committed) as ClusterState;
		const nodes = draft.nodes;
		expect(peek(nodes, 'node1')).toBe(committed.nodes.node1);
		expect(peek(peek(nodes, 'node1')!, 'lvm')).toBe(committed.nodes.node1!.lvm);
		draft.nodes.node2!.lvm.varyon.datavg = 'active';
		const node2 = peek(nodes, 'node2')!;
		expect(isDraft(node2)).toBe(true);
		expect(peek(peek(node2, 'lvm'), 'varyon').datavg).toBe('active');
		expect(peek(nodes, 'node3')).toBeUndefined();
		// Peeking drafted nothing (a read through the proxy does): node1 is still the committed object in the draft.
		expect(peek(nodes, 'node1')).toBe(committed.nodes.node1);
		expect(isDraft(nodes.node1)).toBe(true);
		expect(isDraft(peek(nodes, 'node1'))).toBe(true);
		expect((finishDraft(draft) as ClusterState).nodes.node1).toBe(committed.nodes.node1);
		expect(peek(committed.nodes, 'node1')).toBe(committed.nodes.node1);
	});

	it('copies changed arrays, and the drafts inside an array put into the draft', () => {
		const c = testCluster();
		const committed = c.state;
		const draft = createDraft(committed) as ClusterState;
		const datavg = draft.vgda['00c8d7b000004c02']!;
		datavg.pvids.push('00c8d7b0a1b2c304');
		const datalv = datavg.lvs.datalv!;
		datalv.copies[1]![0]!.stale = true;
		datalv.copies = datalv.copies.filter(() => true);
		const view = currentView(draft).vgda['00c8d7b000004c02']!;
		expect(Array.isArray(view.pvids) && !isDraft(view.pvids)).toBe(true);
		expect(view.pvids).toEqual(['00c8d7b0a1b2c302', '00c8d7b0a1b2c303', '00c8d7b0a1b2c304']);
		expect(isDraft(view.lvs.datalv!.copies[1])).toBe(false);
		expect(view.lvs.datalv!.copies[1]![0]!.stale).toBe(true);
		expect(view.lvs.datalv!.copies[0]).toBe(committed.vgda['00c8d7b000004c02']!.lvs.datalv!.copies[0]);
		expect(view.lvs.dataloglv).toBe(committed.vgda['00c8d7b000004c02']!.lvs.dataloglv);
	});

	it('lets the listings see what changed before the command ran in the same transaction', () => {
		const c = testCluster();
		c.session.beforeCommand = draft => {
			varyOnVolumeGroup(draft, 'node1', 'datavg');
			mountFileSystem(draft, 'node1', '/data');
		};
		expect(c.ok('lsvg -o')).toContain('datavg');
		expect(c.ok('lsvg -l datavg')).toMatch(/datalv +jfs2 .* open\/syncd +\/data/);
		expect(c.ok(`${CS}/cl_lsvg -l datavg`)).toMatch(/node1: datalv +jfs2 .* open\/syncd +\/data/);
	});

	it('lets C-SPOC see where the VG was varied on before the command ran in the same transaction', () => {
		const c = testCluster();
		c.session.beforeCommand = draft => void varyOnVolumeGroup(draft, 'node2', 'datavg');
		c.refused(
			`${CS}/cl_mklv -cspoc "-n node1" -y newlv datavg 1`,
			'cl_mklv: Volume group datavg is varied on on node2, which is not among the nodes node1.',
		);
		// On both nodes, the change is made on node2, where the VG is, and node2 keeps it varied on.
		expect(c.ok(`${CS}/cl_mklv -cspoc "-n node1,node2" -y newlv datavg 1`)).toBe('node2: newlv\n');
		expect(c.state.nodes.node2!.lvm.varyon.datavg).toBe('active');
		expect(c.state.nodes.node1!.lvm.volumeGroups.datavg!.lvs).toContain('newlv');
	});
});
