/** The LVM commands, declared: help for every flag and operand, Usage as before, and the real flags the simulation does not act on. */
import {describe, expect, it} from 'vitest';
import {CommandError} from '../src/cluster/errors.js';
import {attempt, varyOffVolumeGroup} from '../src/cluster/lvm-ops.js';
import {createRegistry} from '../src/domains/index.js';
import {findScenario} from '../src/cluster/scenarios/index.js';
import {TEST_CLOCK, testCluster} from './helpers/cluster.js';

/** Every command of the LVM families (AIX, C-SPOC, SMIT helpers, the disk simulation) with its Usage as it was before it was declared. */
const USAGE: ReadonlyArray<readonly [string, string]> = [
	['/usr/sbin/mkvg', 'Usage: mkvg [-B] [-C] [-f] [-n] [-s Size] [-t Factor] [-V MajorNumber] [-y VolumeGroup] PhysicalVolume ...'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_mkvg',
		'Usage: cl_mkvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-B] [-C] [-f] [-n] [-s Size] [-t Factor] [-V MajorNumber] [-y VolumeGroup] ' +
			'PhysicalVolume ...',
	],
	['/usr/sbin/extendvg', 'Usage: extendvg [-f] VolumeGroup PhysicalVolume ...'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_extendvg',
		'Usage: cl_extendvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-f] VolumeGroup PhysicalVolume ...',
	],
	['/usr/sbin/reducevg', 'Usage: reducevg [-d] [-f] VolumeGroup PhysicalVolume ...'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_reducevg',
		'Usage: cl_reducevg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-d] [-f] VolumeGroup PhysicalVolume ...',
	],
	['/usr/sbin/chvg', 'Usage: chvg [-a AutoOn] [-C] [-Q Quorum] [-t Factor] VolumeGroup'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_chvg',
		'Usage: cl_chvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-a AutoOn] [-C] [-Q Quorum] [-t Factor] VolumeGroup',
	],
	['/usr/sbin/mirrorvg', 'Usage: mirrorvg [-S | -s] [-Q] [-c Copies] VolumeGroup [PhysicalVolume ...]'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_mirrorvg',
		'Usage: cl_mirrorvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-S | -s] [-Q] [-c Copies] VolumeGroup [PhysicalVolume ...]',
	],
	['/usr/sbin/unmirrorvg', 'Usage: unmirrorvg [-c Copies] VolumeGroup [PhysicalVolume ...]'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_unmirrorvg',
		'Usage: cl_unmirrorvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-c Copies] VolumeGroup [PhysicalVolume ...]',
	],
	['/usr/sbin/replacepv', 'Usage: replacepv [-f] SourcePhysicalVolume DestinationPhysicalVolume'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_replacepv',
		'Usage: cl_replacepv [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-f] SourcePhysicalVolume DestinationPhysicalVolume',
	],
	['/usr/sbin/varyonvg', 'Usage: varyonvg [-c [-A | -P]] [-f] [-n] VolumeGroup'],
	['/usr/sbin/varyoffvg', 'Usage: varyoffvg [-s] VolumeGroup'],
	[
		'/usr/sbin/importvg',
		'Usage: importvg [-V MajorNumber] [-y VolumeGroup] [-f] [-c] [-n] PhysicalVolume\n       importvg -L VolumeGroup PhysicalVolume',
	],
	['/usr/sbin/exportvg', 'Usage: exportvg VolumeGroup'],
	['/usr/sbin/lvlstmajor', 'Usage: lvlstmajor'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_importvg',
		'Usage: cl_importvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-V MajorNumber] -y VolumeGroup [-f] PhysicalVolume',
	],
	['/usr/es/sbin/cluster/cspoc/cl_updatevg', 'Usage: cl_updatevg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] VolumeGroup'],
	[
		'/usr/sbin/mklv',
		'Usage: mklv [-a Position] [-b BadBlocks] [-c Copies] [-d Schedule] [-e Range] [-L Label]\n\t[-r Relocate] [-s Strict] [-t Type] [-u ' +
			'UpperBound] [-v Verify] [-w MWC]\n\t[-x MaxLPs] [-y NewLogicalVolume | -Y Prefix] VolumeGroup Number [PhysicalVolume...]',
	],
	[
		'/usr/es/sbin/cluster/cspoc/cl_mklv',
		'Usage: cl_mklv [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-a Position] [-b BadBlocks] [-c Copies] [-d Schedule] [-e Range] [-L ' +
			'Label]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v Verify] [-w MWC]\n\t[-x MaxLPs] [-y NewLogicalVolume | -Y Prefix] ' +
			'VolumeGroup Number [PhysicalVolume...]',
	],
	['/usr/sbin/extendlv', 'Usage: extendlv [-a Position] [-e Range] [-u UpperBound] [-s Strict] LogicalVolume Partitions [PhysicalVolume...]'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_extendlv',
		'Usage: cl_extendlv [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-a Position] [-e Range] [-u UpperBound] [-s Strict] LogicalVolume ' +
			'Partitions [PhysicalVolume...]',
	],
	[
		'/usr/sbin/chlv',
		'Usage: chlv [-a Position] [-b BadBlocks] [-d Schedule] [-e Range] [-L Label] [-p Permission]\n\t[-r Relocate] [-s Strict] [-t Type] [-u ' +
			'UpperBound] [-v Verify] [-w MWC]\n\t[-x Maximum] LogicalVolume ...\n       chlv -n NewLogicalVolume LogicalVolume',
	],
	[
		'/usr/es/sbin/cluster/cspoc/cl_chlv',
		'Usage: cl_chlv [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-a Position] [-b BadBlocks] [-d Schedule] [-e Range] [-L Label] [-p ' +
			'Permission]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v Verify] [-w MWC]\n\t[-x Maximum] LogicalVolume ...\n       chlv -n ' +
			'NewLogicalVolume LogicalVolume',
	],
	['/usr/sbin/rmlv', 'Usage: rmlv [-f] LogicalVolume ...'],
	['/usr/es/sbin/cluster/cspoc/cl_rmlv', 'Usage: cl_rmlv [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-f] LogicalVolume ...'],
	['/usr/sbin/mklvcopy', 'Usage: mklvcopy [-a Position] [-e Range] [-k] [-s Strict] [-u UpperBound] LogicalVolume Copies [PhysicalVolume...]'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_mklvcopy',
		'Usage: cl_mklvcopy [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-a Position] [-e Range] [-k] [-s Strict] [-u UpperBound] LogicalVolume ' +
			'Copies [PhysicalVolume...]',
	],
	['/usr/sbin/rmlvcopy', 'Usage: rmlvcopy LogicalVolume Copies [PhysicalVolume...]'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_rmlvcopy',
		'Usage: cl_rmlvcopy [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] LogicalVolume Copies [PhysicalVolume...]',
	],
	['/usr/sbin/syncvg', 'Usage: syncvg [-f] [-i] [-H] [-P NumParallelLPs] {-l | -p | -v} Name ...'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_syncvg',
		'Usage: cl_syncvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-f] [-i] [-H] [-P NumParallelLPs] {-l | -p | -v} Name ...',
	],
	['/usr/sbin/splitlvcopy', 'Usage: splitlvcopy [-f] [-y NewLogicalVolumeName | -Y Prefix] LogicalVolume Copies [PhysicalVolume...]'],
	['/usr/sbin/crfs', 'Usage: crfs -v VfsType {-g VolumeGroup | -d Device} -m MountPoint [-A {yes|no}]\n\t[-p {ro|rw}] [-a Attribute=Value ...]'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_crfs',
		'Usage: cl_crfs [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] -v VfsType {-g VolumeGroup | -d Device} -m MountPoint [-A {yes|no}]\n\t[-p ' +
			'{ro|rw}] [-a Attribute=Value ...]',
	],
	['/usr/sbin/chfs', 'Usage: chfs [-m NewMountPoint] [-A {yes|no}] [-p {ro|rw}] [-a Attribute=Value ...] FileSystem'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_chfs',
		'Usage: cl_chfs [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-m NewMountPoint] [-A {yes|no}] [-p {ro|rw}] [-a Attribute=Value ...] FileSystem',
	],
	['/usr/sbin/rmfs', 'Usage: rmfs [-r] [-i] FileSystem'],
	['/usr/es/sbin/cluster/cspoc/cl_rmfs', 'Usage: cl_rmfs [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-r] [-i] FileSystem'],
	[
		'/usr/sbin/mount',
		'Usage: mount [-f] [-n Node] [-o Options] [-p] [-r] [-v VfsName] [-t Type | [Device | Node:Directory] Directory | all | -a] [-V ' +
			'[generic_options] special_mount_points',
	],
	['/usr/sbin/umount', 'Usage: umount [-f] [-a] [-n Node] [-t Type] [Device | Directory | File | FileSystem]'],
	['/usr/sbin/backup', 'Usage: backup [-b Number] [-f Device] [-Level] [-q] [-u] FileSystem'],
	['/usr/sbin/lsvg', 'Usage: lsvg [-o] [-n PhysicalVolume] [-i] [-l | -M | -p] VolumeGroup...'],
	['/usr/es/sbin/cluster/cspoc/cl_lsvg', 'Usage: cl_lsvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-o] | [-l | -M | -p] [VolumeGroup...]'],
	['/usr/sbin/lspv', 'Usage: lspv [-l | -p | -M] [-n DescriptorPhysicalVolume] [-v VolumeGroupID] PhysicalVolume'],
	['/usr/sbin/lslv', 'Usage: lslv [-L] [-l | -m] [-n PhysicalVolume] LogicalVolume'],
	['/usr/es/sbin/cluster/cspoc/cl_lslv', 'Usage: cl_lslv [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-l | -m] LogicalVolume'],
	['/usr/sbin/lsfs', 'Usage: lsfs [-q] [-c | -l] [-a | -v VfsType | -u MountGroup | FileSystem...]'],
	[
		'/usr/es/sbin/cluster/cspoc/cl_lsfs',
		'Usage: cl_lsfs [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-q] [-c | -l] [-v VfsType | FileSystem...]',
	],
	[
		'/usr/lpp/hasmit/bin/hasmit_disk',
		'Usage: hasmit_disk fail hdiskN...\n       hasmit_disk repair hdiskN...\n       hasmit_disk raid ArrayName hdiskN...\n       hasmit_disk list\n ' +
			' Simulation only, not an AIX command: fail or repair shared disks, or mark disks\n  as the LUNs of one multi-LUN SCSI RAID device. Disk names ' +
			"are this node's.",
	],
	['/usr/es/sbin/cluster/sbin/cl_lsshvgs', 'Usage: cl_lsshvgs [-v] [-c]'],
	['/usr/es/sbin/cluster/sbin/cl_lsshlvs', 'Usage: cl_lsshlvs [-n] [-t Type[,Type...]] [VolumeGroup]'],
	['/usr/es/sbin/cluster/sbin/cl_lsshfs', 'Usage: cl_lsshfs [-v VfsType]'],
	['/usr/es/sbin/cluster/sbin/cl_lspvids', 'Usage: cl_lspvids -f [NodeList] | -v VolumeGroup | -i | -a'],
	[
		'/usr/es/sbin/cluster/sbin/cl_lvmdefaults',
		'Usage: cl_lvmdefaults mkvg [-C] | import | vg VolumeGroup | lv LogicalVolume | fs FileSystem | pv PVID',
	],
];

const registry = createRegistry();

describe('the LVM commands are declared', () => {
	it.each(USAGE)('%s has a summary and help for every flag and operand', path => {
		const help = registry.lookup(path)?.help;
		expect(help?.summary).toMatch(/\w/);
		for (const [flag, {help: text}] of Object.entries(help!.flags)) expect(text, `${path} -${flag}`).toMatch(/\w/);
		for (const operand of help!.operands) expect(operand.help, `${path} ${operand.name}`).toMatch(/\w/);
	});

	it.each(USAGE)('%s keeps its Usage for an unknown flag', (path, usage) => {
		const result = testCluster().run(`${path} -?`);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`${path.split('/').pop()}: Not a recognized flag: ?\n${usage}\n`);
	});

	it('marks the listings read-only and the changes not', () => {
		const listings = ['lsvg', 'lspv', 'lslv', 'lsfs', 'lvlstmajor', 'cl_lsvg', 'cl_lslv', 'cl_lsfs', 'cl_lsshvgs', 'cl_lspvids'];
		const changes = ['mklv', 'cl_mklv', 'mkvg', 'varyonvg', 'mount', 'hasmit_disk'];
		expect(listings.filter(name => !registry.lookup(name)?.help?.readOnly)).toEqual([]);
		expect(changes.filter(name => registry.lookup(name)?.help?.readOnly)).toEqual([]);
	});
});

describe('real flags the simulation does not act on say so', () => {
	it.each([
		['lsvg -n hdisk2 datavg', 'lsvg: -n (reads the descriptor area on that disk rather than the ODM) is not simulated by hasmit.'],
		['lspv -n hdisk2 hdisk2', 'lspv: -n (reads the descriptor area on that disk rather than the ODM) is not simulated by hasmit.'],
		['lspv -v 00c8d7b000004c02 hdisk2', 'lspv: -v (reads the disk of a volume group not varied on, by its VGID) is not simulated by hasmit.'],
		['lslv -L datalv', 'lslv: -L (does not wait for the volume group lock) is not simulated by hasmit.'],
		['lslv -n hdisk2 datalv', 'lslv: -n (reads the descriptor area on that disk rather than the ODM) is not simulated by hasmit.'],
		[
			'lsfs -q /data',
			"lsfs: -q (also queries each file system's superblock: fragment size, compression, bytes per i-node) is not simulated by hasmit.",
		],
		['lsfs -u datagrp', 'lsfs: -u (lists only file systems of this mount group) is not simulated by hasmit.'],
		[
			'/usr/es/sbin/cluster/cspoc/cl_lsfs -q',
			"cl_lsfs: -q (also queries each file system's superblock: fragment size, compression, bytes per i-node) is not simulated by hasmit.",
		],
		['mount -f /data', 'mount: -f (forces the mount during system initialisation, over the root file system) is not simulated by hasmit.'],
		['mount -n node2 /export /mnt', 'mount: -n (mounts from a remote node (NFS)) is not simulated by hasmit.'],
		['mount -p /data', 'mount: -p (mounts a removable file system) is not simulated by hasmit.'],
		['mount -t datagrp', 'mount: -t (mounts every file system of a mount group) is not simulated by hasmit.'],
		['mount -a', 'mount: -a (mounts every file system marked for automatic mount) is not simulated by hasmit.'],
		['mount -V /data', "mount: -V (takes options of a file system type's own mount helper) is not simulated by hasmit."],
		['umount -a', 'umount: -a (unmounts every mounted file system) is not simulated by hasmit.'],
		['umount -n node2', 'umount: -n (unmounts every file system mounted from a remote node) is not simulated by hasmit.'],
		['umount -t datagrp', 'umount: -t (unmounts every file system of a mount group) is not simulated by hasmit.'],
	])('%s', (line, message) => {
		const c = testCluster();
		const before = c.state;
		const result = c.run(line);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`${message}\n`);
		expect(c.state).toBe(before);
	});

	it('keeps the flags it does act on: lsvg -i reads the names from standard input', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		expect(c.ok('echo datavg | lsvg -i -l')).toMatch(/^datavg:\nLV NAME/);
	});
});

describe('one way to refuse', () => {
	it("the LVM domain refuses with a CommandError carrying AIX's lines, which attempt() turns into lines to log", () => {
		const state = findScenario('two-node')!.build(TEST_CLOCK);
		const notInOdm = '0516-306 getlvodm: Unable to find volume group novg in the Device\n\tConfiguration Database.';
		expect(() => varyOffVolumeGroup(state, 'node1', 'novg')).toThrow(new CommandError(notInOdm));
		expect(attempt(() => varyOffVolumeGroup(state, 'node1', 'datavg'))).toEqual({
			ok: false,
			messages: ['0516-010 lvaryoffvg: Volume group must be varied on; use varyonvg command.'],
		});
	});

	it("C-SPOC prefixes the refusal of the node's command with the node, but not its own refusal of a disk it cannot name", () => {
		const c = testCluster();
		const cl = '/usr/es/sbin/cluster/cspoc/cl_mklv -cspoc "-n node1,node2"';
		expect(c.refused(`${cl} -c 4 datavg 1`, /./).stderr).toBe('node1: 0516-1127 mklv: The number of copies must be 1, 2 or 3.\n');
		const allocation = /^node1: 0516-404 allocp: .*\n(node1: \t.*\n){3}node1: 0516-822 mklv: Unable to create logical volume.\n$/;
		expect(c.refused(`${cl} datavg 9999`, /./).stderr).toMatch(allocation);
		const notFound = '0516-1396 mklv: The physical volume hdisk9, was not found in the\n\tsystem database.\n';
		expect(c.refused(`${cl} datavg 1 hdisk9`, /./).stderr).toBe(notFound);
	});
});
