import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

function twoMembers() {
	const cluster = testCluster('cvm', 'teal');
	cluster.ok('vxclustadm startnode', 'teal');
	cluster.ok('vxclustadm startnode', 'giga');
	return cluster;
}

/** The seed's table "allowed and conflicting activation modes", row by row. */
const MATRIX: Array<[string, string, boolean]> = [
	['exclusive-write', 'exclusive-write', false],
	['exclusive-write', 'read-only', false],
	['exclusive-write', 'shared-read', true],
	['exclusive-write', 'shared-write', false],
	['read-only', 'exclusive-write', false],
	['read-only', 'read-only', true],
	['read-only', 'shared-read', true],
	['read-only', 'shared-write', false],
	['shared-read', 'exclusive-write', true],
	['shared-read', 'read-only', true],
	['shared-read', 'shared-read', true],
	['shared-read', 'shared-write', true],
	['shared-write', 'exclusive-write', false],
	['shared-write', 'read-only', false],
	['shared-write', 'shared-read', true],
	['shared-write', 'shared-write', true],
];

describe('activation modes of a shared disk group', () => {
	it.each(MATRIX)('%s on one node, then %s on another: succeeds %s', (first, second, allowed) => {
		const cluster = twoMembers();
		cluster.ok('vxdg -g group1 set activation=off', 'giga');
		cluster.ok(`vxdg -g group1 set activation=${first}`, 'teal');
		const line = `vxdg -g group1 set activation=${second}`;
		if (allowed) {
			cluster.ok(line, 'giga');
			expect(cluster.ok('vxdg list group1', 'giga')).toMatch(`local-activation: ${second}`);
		} else {
			cluster.refused(
				line,
				`VxVM vxdg ERROR V-5-1-3264 Disk group group1: cannot activate ${second}: conflicts with mode ${first} on node teal`,
				'giga',
			);
		}
	});

	it('takes the short names and refuses others', () => {
		const cluster = twoMembers();
		cluster.ok('vxdg -g group1 set activation=sr');
		expect(cluster.ok('vxdg list group1')).toMatch(/cluster-actv-modes: teal=sr giga=sw/);
		cluster.refused('vxdg -g group1 set activation=rw', /V-5-1-3265 Invalid activation mode rw/);
		cluster.refused('vxdg -g rootdg set activation=sw', /V-5-1-3266 Disk group rootdg: activation applies only to a cluster-shared disk group/);
	});

	it('off: no I/O, but queries still work; read-only: reads only', () => {
		const cluster = twoMembers();
		cluster.ok('vxdg -g group1 set activation=off', 'giga');
		cluster.refused('hasmit_vxio -g group1 -r 1 vol1', /V-5-1-1241 Disk group group1: volumes cannot be accessed: activation mode is off/, 'giga');
		cluster.ok('vxprint -g group1 -ht', 'giga');
		cluster.ok('vxdg -g group1 set activation=off');
		cluster.ok('vxdg -g group1 set activation=ro', 'giga');
		cluster.ok('hasmit_vxio -g group1 -r 5 vol1', 'giga');
		cluster.refused('hasmit_vxio -g group1 -w 5 vol1', /V-5-1-1240 Disk group group1: no write access: activation mode is read-only/, 'giga');
	});

	it('/etc/default/vxdg is read when vxconfigd restarts, and applies at join, create and import', () => {
		const cluster = twoMembers();
		cluster.ok("echo 'enable_activation=true\\ndefault_activation_mode=exclusive-write' > /etc/default/vxdg", 'jade');
		// Not yet read: jade joins in the default shared-write mode.
		cluster.ok('vxclustadm startnode', 'jade');
		expect(cluster.ok('vxdg list group1', 'jade')).toMatch('local-activation: shared-write');
		cluster.ok('vxclustadm stopnode', 'jade');
		cluster.ok('vxconfigd -k', 'jade');
		// Now it is: an exclusive-write join conflicts with the others' shared-write, and the join fails.
		cluster.refused(
			'vxclustadm startnode',
			/join failed: cannot activate group1 exclusive-write: conflicts with mode shared-write on node teal/,
			'jade',
		);
		cluster.ok('vxdg -g group1 set activation=off', 'teal');
		cluster.ok('vxdg -g group1 set activation=off', 'giga');
		cluster.ok('vxdg -g group2 set activation=sr', 'teal');
		cluster.ok('vxdg -g group2 set activation=sr', 'giga');
		cluster.ok('vxclustadm startnode', 'jade');
		expect(cluster.ok('vxdg list group1', 'teal')).toMatch('cluster-actv-modes: teal=off giga=off jade=ew');
	});

	it('an import that cannot activate every member in its default mode fails and changes nothing', () => {
		const cluster = twoMembers();
		for (const node of ['teal', 'giga']) {
			cluster.ok("echo 'enable_activation=true\\ndefault_activation_mode=ew' > /etc/default/vxdg", node);
			cluster.ok('vxconfigd -k', node);
		}
		cluster.ok('vxdg deport group2');
		cluster.refused('vxdg -s import group2', /V-5-1-587 Disk group group2: import failed: cannot activate exclusive-write on giga/);
	});
});
