import {describe, expect, it} from 'vitest';
import {runLine} from '../src/command/shell.js';
import {fedVxdiskadm, runningCvm} from './helpers/vxvm.js';

const running = runningCvm;
const fed = fedVxdiskadm;

describe('vxdiskadm', () => {
	it('shows the main menu and leaves with q', () => {
		const cluster = running();
		const out = cluster.ok(fed(['q']));
		expect(out).toMatch(/^Volume Manager Support Operations\nMenu: VolumeManager\/Disk\n\n 1 {6}Add or initialize one or more disks$/m);
		expect(out).toMatch(/Select an operation to perform:\n\nGoodbye\.\n$/);
	});

	it('adds a disk to a shared disk group on the master, with ? help and list at the prompts', () => {
		const cluster = running();
		const out = cluster.ok(fed(['1', '?', 'list', 'c4t5d0', '', 'group1', '', '', '', '', 'n', 'q']));
		expect(out).toMatch(/Menu: VolumeManager\/Disk\/AddDisks/);
		expect(out).toMatch(/Enter one or more disk device names or patterns/);
		expect(out).toMatch(/^c4t5d0 +sliced +- +- +online$/m);
		expect(out).toMatch(/Which disk group \[<group>,none,list,q,\?\] \(default: rootdg\)/);
		expect(out).toMatch(/Continue with operation\? \[y,n,q,\?\] \(default: y\)/);
		expect(out).toMatch(/Adding disk device c4t5d0 to disk group group1 with disk\n {2}name group101\./);
		expect(cluster.ok('vxdisk list', 'giga')).toMatch(/^c4t5d0 +sliced +group101 +group1 +online shared$/m);
	});

	it("on a slave, adding to a shared group shows VxVM's message and changes nothing", () => {
		const cluster = running();
		const result = cluster.run(fed(['1', 'c4t5d0', 'y', 'group1', 'y', 'n', 'n', 'y', 'q']), 'giga');
		expect(result.stderr).toMatch(/VxVM vxdg ERROR V-5-1-3155 Disk group group1: Operation must be executed on master/);
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t5d0 +sliced +- +- +online$/m);
	});

	it('creates a new shared disk group, deports and imports one', () => {
		const cluster = running();
		cluster.ok(fed(['1', 'c4t6', '', 'newdg', 'y', 'y', '', '', '', '', 'n', 'q']));
		expect(cluster.ok('vxdg -s list', 'giga')).toMatch(/^newdg +enabled,shared/m);
		cluster.ok(fed(['9', 'group2', 'y', 'n', 'q']));
		expect(cluster.ok('vxdg list')).not.toMatch(/group2/);
		const out = cluster.ok(fed(['8', 'list', 'group2', 'y', 'n', 'q']));
		expect(out).toMatch(/GROUP group2 \(id: 774575420\.1170\.teal\)/);
		expect(out).toMatch(/The import of group2 was successful\./);
		expect(cluster.ok('vxdg -s list', 'giga')).toMatch(/^group2 +enabled,shared/m);
	});

	it("asks its questions one by one on SMIT's terminal", () => {
		const cluster = running();
		const first = runLine(cluster.session, 'vxdiskadm', 'tui-dialog', []);
		expect(first.question).toBe('Select an operation to perform:');
		const later = runLine(cluster.session, 'vxdiskadm', 'tui-dialog', ['1', 'c4t5d0']);
		expect(later.question).toBe('Continue operation? [y,n,q,?] (default: y)');
		const done = runLine(cluster.session, 'vxdiskadm', 'tui-dialog', ['1', 'c4t5d0', '', 'group1', '', '', '', '', 'n', 'q']);
		expect(done.code).toBe(0);
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t5d0 +sliced +group101 +group1/m);
	});
});
