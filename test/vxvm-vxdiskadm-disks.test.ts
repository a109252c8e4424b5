import {describe, expect, it} from 'vitest';
import {fedVxdiskadm, runningCvm} from './helpers/vxvm.js';

const running = runningCvm;
const fed = fedVxdiskadm;

describe("vxdiskadm's disk operations, on a shared disk group from the master", () => {
	it('moves the volumes off a disk (vxevac), then removes it (vxdg rmdisk)', () => {
		const cluster = running();
		cluster.ok('vxdg -g group2 adddisk disk05=c4t5d0');
		const moved = cluster.ok(fed(['7', '?', 'list', 'disk03', '', 'n', 'q']));
		expect(moved).toMatch(/^Move volumes from a disk\nMenu: VolumeManager\/Disk\/Evacuate$/m);
		expect(moved).toMatch(/Enter the disk media name of a disk in an imported disk group/);
		expect(moved).toMatch(/Requested operation is to move all volumes from disk disk03 in\n {2}group group2\./);
		expect(moved).toMatch(/Move volume vol2 \.\.\.\n\n {2}Evacuation of disk disk03 is complete\./);
		expect(cluster.ok('vxprint -g group2 -ht', 'giga')).toMatch(/^sd +disk05-01 +vol2-01 +disk05 /m);
		const removed = cluster.ok(fed(['3', 'disk03', 'y', 'n', 'q']));
		expect(removed).toMatch(/Menu: VolumeManager\/Disk\/RemoveDisk/);
		expect(removed).toMatch(
			/Requested operation is to remove disk disk03 from group group2\.\n\nContinue with operation\? \[y,n,q,\?\] \(default: y\)/,
		);
		expect(removed).toMatch(/Removal of disk disk03 is complete\./);
		expect(cluster.ok('vxdisk list', 'giga')).toMatch(/^c4t3d0 +sliced +- +- +online$/m);
	});

	it('removing a disk still in use offers to move its volumes first; vxdg rmdisk alone refuses', () => {
		const cluster = running();
		cluster.refused('vxdg -g group2 rmdisk disk03', /VxVM vxdg ERROR V-5-1-552 Disk disk03 is used by one or more subdisks\./);
		const out = cluster.ok(fed(['3', 'disk03', 'n', 'n', 'q']));
		expect(out).toMatch(
			/The following volumes currently use part of disk disk03:\n\n {4}vol2\n\n {2}Volumes must be moved from disk03 before it can be removed\./,
		);
		expect(out).toMatch(/Move volumes to other disks\? \[y,n,q,\?\] \(default: n\)/);
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t3d0 +sliced +disk03 +group2/m);
	});

	it('removes a disk for replacement (vxdg -k rmdisk), then replaces it (vxdg -k adddisk, vxrecover)', () => {
		const cluster = running();
		const out = cluster.ok(fed(['4', 'disk02', '', 'n', 'q']));
		expect(out).toMatch(/Menu: VolumeManager\/Disk\/RemoveForReplace/);
		expect(out).toMatch(
			/The following volumes will lose mirrors as a result of this\n {2}operation:\n\n {4}vol1\n\n {2}No data on these volumes will be lost\./,
		);
		expect(out).toMatch(/Removal of disk disk02 completed successfully\./);
		expect(cluster.ok('vxdisk list', 'giga')).toMatch(/^- +- +disk02 +group1 +removed$/m);
		expect(cluster.ok('vxprint -g group1 -ht')).toMatch(/^pl +vol1-02 +vol1 +DISABLED NODEVICE/m);
		const replaced = cluster.ok(fed(['5', 'disk01', 'list', 'disk02', 'c4t6d0', '', 'n', 'q']));
		expect(replaced).toMatch(/There is no removed or failed disk named disk01 in any imported disk group\./);
		expect(replaced).toMatch(/Select disk device to initialize \[<address>,list,q,\?\]/);
		expect(replaced).toMatch(/Replacement of disk disk02 in group group1 with disk device\n {2}c4t6d0 completed successfully\./);
		expect(cluster.ok('vxdisk list', 'giga')).toMatch(/^c4t6d0 +sliced +disk02 +group1 +online shared$/m);
		expect(cluster.ok('vxprint -g group1 -ht')).toMatch(/^pl +vol1-02 +vol1 +ENABLED +ACTIVE/m);
	});

	it('mirrors the volumes of a disk (vxassist mirror), leaving those already mirrored', () => {
		const cluster = running();
		cluster.ok('vxassist -g group2 make vol3 10m');
		const out = cluster.ok(fed(['6', 'disk03', 'disk03', 'disk04', '', 'n', 'q']));
		expect(out).toMatch(/Menu: VolumeManager\/Disk\/Mirror/);
		expect(out).toMatch(/There is no other disk named disk03 in disk group group2\./);
		expect(out).toMatch(/mirror all volumes on disk disk03\n {2}in disk group group2 onto available disk space on disk disk04\./);
		expect(out).toMatch(/Mirror volume vol3 \.\.\.\n\n {2}Mirroring of disk disk03 is complete\./);
		expect(out).not.toMatch(/Mirror volume vol2/);
		expect(cluster.ok('vxprint -g group2 -ht', 'giga')).toMatch(/^pl +vol3-02 +vol3 +ENABLED +ACTIVE .*\n^sd +disk04-\d\d +vol3-02 +disk04 /m);
	});

	it('marks a disk spare and out of hot-relocation use, and back (vxedit set)', () => {
		const cluster = running();
		cluster.ok('vxdg -g group2 adddisk disk05=c4t5d0');
		const out = cluster.ok(fed(['12', 'disk05', 'n', '15', 'disk05', 'n', 'q']));
		expect(out).toMatch(/Menu: VolumeManager\/Disk\/MarkSpareDisk/);
		expect(out).toMatch(/Marking of disk05 in group2 as a spare disk is complete\./);
		expect(out).toMatch(/Excluding disk05 in group2 from hot-relocation use is complete\./);
		expect(cluster.ok('vxdisk list c4t5d0', 'giga')).toMatch(/^flags: +online ready autoconfig shared imported spare nohotuse$/m);
		// No volume is allocated on a spare.
		cluster.ok('vxassist -g group2 make vol3 10m');
		cluster.refused('vxassist -g group2 mirror vol3 disk05', /V-5-1-435 Cannot allocate space for vol3/);
		const back = cluster.ok(fed(['13', 'disk05', 'n', '16', 'disk05', 'n', 'q']));
		expect(back).toMatch(/Disk disk05 in group2 no longer marked as a spare disk\./);
		expect(back).toMatch(/Making disk05 in group2 available for hot-relocation use is complete\./);
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t5d0 +sliced +disk05 +group2 +online shared$/m);
		cluster.refused('vxedit -g group2 set spare=on disk03', /V-5-1-2362 Disk disk03 has subdisks: it cannot be a spare/);
	});

	it('takes a disk offline and online (vxdisk offline|online); a disk of a group cannot go offline', () => {
		const cluster = running();
		const out = cluster.ok(fed(['11', 'c4t5d0', 'n', 'q']));
		expect(out).toMatch(/Menu: VolumeManager\/Disk\/OfflineDisk/);
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t5d0 +sliced +- +- +offline$/m);
		cluster.ok(fed(['10', 'c4t5d0', 'n', 'q']));
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t5d0 +sliced +- +- +online$/m);
		const refused = cluster.run(fed(['11', 'c4t1d0', 'n', 'q']));
		expect(refused.stderr).toMatch(/V-5-1-5448 Disk c4t1d0 is in a disk group/);
	});

	it('says plainly what the model cannot do: encapsulation, unrelocation', () => {
		const cluster = running();
		const out = cluster.run(fed(['2', '14', 'disk01', 'n', 'q']));
		expect(out.stdout).toMatch(/Menu: VolumeManager\/Disk\/Encapsulate\n[\s\S]*Encapsulation is not available on this system/);
		expect(out.stderr).toMatch(/VxVM vxunreloc ERROR V-5-2-2145 There are no subdisks that were hot-relocated from disk01/);
		expect(out.stdout).not.toMatch(/not simulated/);
	});

	it("on a slave, a change to a shared disk group shows VxVM's message and changes nothing", () => {
		const cluster = running();
		const result = cluster.run(fed(['12', 'disk03', 'n', 'q']), 'giga');
		expect(result.stderr).toMatch(/VxVM vxedit ERROR V-5-1-3155 Disk group group2: Operation must be executed on master/);
		expect(cluster.ok('vxdisk list c4t3d0')).not.toMatch(/spare/);
	});
});

describe("vxdiskadm's device operations and its menu by release", () => {
	it('suppresses a device from VxVM view (17) and makes it visible again (18), through /etc/vx/vxvm.exclude and vxdctl enable', () => {
		const cluster = running();
		const out = cluster.ok(fed(['17', '', '?', '2', 'c4t1', 'c4t5d0', '', '8', 'q', 'q']));
		expect(out).toMatch(/Menu: VolumeManager\/Disk\/ExcludeDevices/);
		expect(out).toMatch(/^ {2}2 {6}Suppress a path from VxVM's view$/m);
		expect(out).toMatch(/2 suppresses \(or unsuppresses\) a path/);
		expect(out).toMatch(/No disk in no disk group matches c4t1: a disk of a disk group cannot be suppressed\./);
		expect(out).toMatch(/Devices suppressed from VxVM's view:\n\n {6}c4t5d0/);
		expect(cluster.file('teal', '/etc/vx/vxvm.exclude')).toBe('c4t5d0\n');
		expect(cluster.ok('vxdisk list')).not.toMatch(/c4t5d0/);
		expect(cluster.ok('vxdisk list', 'giga')).toMatch(/^c4t5d0 /m);
		cluster.refused('vxdg -g group2 adddisk c4t5d0', /V-5-1-558 Disk c4t5d0: Disk not in the configuration/);
		cluster.ok(fed(['18', '', '2', 'c4t5d0', '', 'q', 'q']));
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t5d0 +sliced +- +- +online$/m);
		expect(cluster.ok(fed(['19', 'q']))).toMatch(/No devices are suppressed\./);
	});

	it("offers the operations of the node's VxVM release: 4.0's 21 and 22, not on 3.2", () => {
		const cluster = running();
		const old = cluster.ok(fed(['22', 'q']));
		expect(old).toMatch(/^ 20 {5}Change the disk naming scheme$/m);
		expect(old).not.toMatch(/Change\/Display the default disk layouts/);
		expect(old).toMatch(/ERROR: Invalid selection: 22/);
		cluster.ok('vxclustadm stopnode', 'giga');
		cluster.ok('hasmit_vxrelease 4.0', 'giga');
		const out = cluster.ok(fed(['22', '20', 'y', 'q']), 'giga');
		expect(out).toMatch(/^ 22 {5}Change\/Display the default disk layouts$/m);
		expect(out).toMatch(/Menu: VolumeManager\/Disk\/DiskDefaults\n[\s\S]*format=sliced {2}privlen=2048/);
		expect(out).toMatch(/The disk naming scheme is currently set to the c#t#d# format\.[\s\S]*the names stay in the c#t#d# format/);
	});
});

describe("vxdiskadm's list", () => {
	it('lists every disk (vxdisk list), then one in detail (vxdisk list DEVICE); ? at the main menu explains it', () => {
		const cluster = running();
		const out = cluster.ok(fed(['?', 'list', '?', '', 'c4t9d9', 'c4t1d0', 'q']));
		expect(out).toMatch(/The operations offered are those of this node's VxVM release\./);
		expect(out).toMatch(/^List disk information\nMenu: VolumeManager\/Disk\/ListDisk$/m);
		expect(out).toMatch(/Enter disk device or "all" \[<address>,all,q,\?\] \(default: all\)\n\n {2}Enter a disk device name/);
		expect(out).toMatch(/^DEVICE +TYPE +DISK +GROUP +STATUS\n/m);
		expect(out).toMatch(/Device to list in detail \[<address>,none,q,\?\] \(default: none\)/);
		expect(out).toMatch(/^Device: {4}c4t1d0\n/m);
		expect(cluster.run(fed(['list', '', 'c4t9d9', 'none', 'q'])).stderr).toMatch(/V-5-1-558 Disk c4t9d9: Disk not in the configuration/);
	});
});
