/**
 * Journaled file system commands: crfs, chfs and rmfs with their C-SPOC
 * forms, and the per-node mount, umount and backup an administrator uses
 * around them (the manual update procedure, the split-mirror backup).
 */
import {UsageError, refuse} from '../../cluster/errors.js';
import {defineCommand} from '../../command/define.js';
import type {ParsedOptions} from '../../command/getopt.js';
import type {Command} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {fileSystemLvOn, logicalVolumeOn, lvOfDevice, volumeGroupOfLv, type FilesystemsEntry} from '../../cluster/lvm.js';
import * as msg from '../../cluster/lvm-messages.js';
import {stanza} from '../../cluster/lvm-odm.js';
import {mountFileSystem, unmountFileSystem} from '../../cluster/lvm-ops.js';
import {blocksPerPp, changeFileSystem, createFileSystem, removeFileSystem} from '../../cluster/lvm-fs.js';
import {openOn, removeLogicalVolume} from '../../cluster/lvm-lv.js';
import {dcdOf} from '../../cluster/config.js';
import {logTime, dateTime} from '../../cluster/clock.js';
import {appendFile} from '../../cluster/files.js';
import {volumeGroupNameOfFs, volumeGroupNameOfLv, type LvmSite} from './site.js';
import {AIX_DIR, bothForms, lvmVerb, needsChange, oneOf} from './verb.js';

/** `-a name=value` pairs, in order. */
function attributes(all: ParsedOptions['all'], command: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const {flag, value} of all) {
		if (flag !== 'a' || value === true) continue;
		const at = value.indexOf('=');
		if (at <= 0) throw new UsageError(msg.badAttribute(command, value));
		found.set(value.slice(0, at), value.slice(at + 1));
	}
	return found;
}

/** A size attribute: 512-byte blocks, or with M or G (megabytes, gigabytes); `+` adds to the current size. */
interface Size {
	add: boolean;
	blocks: number;
}

function size(command: string, value: string | undefined): Size | undefined {
	if (value === undefined) return undefined;
	const match = /^(\+?)(\d+)([MG]?)$/.exec(value);
	if (!match) throw new UsageError(msg.badSize(command, value));
	return {add: match[1] === '+', blocks: Number(match[2]) * (match[3] === 'G' ? 2097152 : match[3] === 'M' ? 2048 : 1)};
}

const sizeBlocks = (size: Size, current: number) => (size.add ? current + size.blocks : size.blocks);

const FORMAT_ATTRIBUTES = new Set(['agblksize', 'nbpi', 'frag', 'compress', 'ea', 'isnapshot', 'bf', 'maxext']);

function checkAttributes(command: string, attrs: Map<string, string>, allowed: readonly string[]): void {
	for (const name of attrs.keys()) {
		if (!allowed.includes(name) && !FORMAT_ATTRIBUTES.has(name)) throw new UsageError(msg.notAnAttribute(command, name));
	}
	const block = attrs.get('agblksize');
	if (block !== undefined && !['512', '1024', '2048', '4096'].includes(block)) throw new UsageError(msg.badBlockSize(command));
}

/** Set the automatic-mount attribute of a node's stanza (-A). */
function setAutoMount(state: ClusterState, nodes: readonly string[], mountPoint: string, value: 'yes' | 'no' | undefined): void {
	if (value === undefined) return;
	for (const node of nodes) {
		const entry = state.nodes[node]!.lvm.filesystems[mountPoint];
		if (entry) entry.mount = value === 'yes' ? 'true' : 'false';
	}
}

/** The flags crfs and chfs share. */
const FS_FLAGS = {
	A: {arg: '{yes|no}', help: 'whether the file system is mounted at system restart (C-SPOC leaves shared ones to HACMP)'},
	p: {arg: '{ro|rw}', help: 'mounts it read-only or read/write'},
	a: {
		arg: 'Attribute=Value',
		help: 'a file system attribute: size= (512-byte blocks, or with M or G; +N to grow), logname=, options=, agblksize=, ...',
	},
	t: {arg: '{yes|no}', help: 'whether the file system is accounted (no effect in the simulation)'},
	u: {arg: 'MountGroup', help: 'the mount group it belongs to (no effect in the simulation)'},
} as const;

const crfs = lvmVerb({
	name: 'crfs',
	summary: 'Creates a journaled file system, with its logical volume unless -d names one.',
	synopsis: '-v VfsType {-g VolumeGroup | -d Device} -m MountPoint [-A {yes|no}]\n\t[-p {ro|rw}] [-a Attribute=Value ...]',
	flags: {
		v: {arg: 'VfsType', help: 'the file system type: jfs or jfs2'},
		g: {arg: 'VolumeGroup', help: 'the volume group to make its logical volume in'},
		d: {arg: 'Device', help: 'an existing logical volume to put it on'},
		m: {arg: 'MountPoint', help: 'its mount point (a full path)'},
		...FS_FLAGS,
	},
	operands: {count: 0, list: []},
	parse({opts, all}, command) {
		if (opts.v === undefined || opts.m === undefined || (opts.g === undefined) === (opts.d === undefined)) throw new UsageError('');
		const attrs = attributes(all, command);
		checkAttributes(command, attrs, ['size', 'logname']);
		return {
			vfs: oneOf(command, 'v', opts.v, ['jfs', 'jfs2'] as const)!,
			vg: opts.g,
			lv: opts.d === undefined ? undefined : lvOfDevice(opts.d),
			mountPoint: opts.m,
			autoMount: oneOf(command, 'A', opts.A, ['yes', 'no'] as const),
			permissions: oneOf(command, 'p', opts.p, ['ro', 'rw'] as const) ?? 'rw',
			size: size(command, attrs.get('size')),
			log: attrs.get('logname'),
		};
	},
	volumeGroup: (state, node, options) => options.vg ?? volumeGroupNameOfLv(state, node, options.lv!),
	change(site, vg, options) {
		if (site.cspoc && options.log === 'INLINE') {
			refuse(
				`${site.command}: HACMP does not support an inline log in a shared file system: the log must be a separate logical volume (jfs2log) in ` +
					`${vg.name}.`,
			);
		}
		const {mountPoint} = options;
		const {messages} = createFileSystem(
			site.state,
			site.node,
			vg,
			{
				vfs: options.vfs,
				mountPoint,
				lv: options.lv,
				sizeBlocks: options.size && sizeBlocks(options.size, 0),
				log: options.log,
				permissions: options.permissions,
				options: '',
			},
			site.deviceNames(),
			new Set([...site.mountPoints(), ...Object.keys(vg.filesystems)]),
			site.command,
		);
		// C-SPOC never sets automatic mount: HACMP mounts shared file systems itself.
		if (!site.cspoc)
			site.state.nodes[site.node]!.lvm.filesystems[mountPoint] = stanza(vg.filesystems[mountPoint]!, options.autoMount === 'yes' ? 'true' : 'false');
		for (const line of messages) site.print(line);
	},
});

/** Verbs on one file system: the VG is the one the node's /etc/filesystems and ODM lead to. */
const fsVolumeGroup = <O extends {mountPoint: string}>(state: ClusterState, node: string, options: O, command: string) =>
	volumeGroupNameOfFs(state, node, options.mountPoint, command);

/** The one operand of chfs and rmfs. */
const FILE_SYSTEM = {count: 1, list: [{name: 'FileSystem', help: 'the file system, by its mount point'}]} as const;

/** The device of a file system as the site's node knows it. */
function deviceOf(site: LvmSite, mountPoint: string): string {
	return fileSystemLvOn(site.state, site.node, mountPoint, site.command);
}

const chfs = lvmVerb({
	name: 'chfs',
	summary: 'Changes a journaled file system: its size, mount point, permissions or options.',
	synopsis: '[-m NewMountPoint] [-A {yes|no}] [-p {ro|rw}] [-a Attribute=Value ...] FileSystem',
	flags: {m: {arg: 'NewMountPoint', help: 'moves its mount point (it must be unmounted everywhere)'}, ...FS_FLAGS},
	operands: FILE_SYSTEM,
	parse({opts, args, all}, command) {
		const attrs = attributes(all, command);
		checkAttributes(command, attrs, ['size', 'options']);
		const change = {
			newMountPoint: opts.m,
			autoMount: oneOf(command, 'A', opts.A, ['yes', 'no'] as const),
			permissions: oneOf(command, 'p', opts.p, ['ro', 'rw'] as const),
			size: size(command, attrs.get('size')),
			options: attrs.get('options'),
		};
		// Only format attributes, which a file system keeps from its creation, change nothing either.
		needsChange(change);
		return {mountPoint: args[0]!, ...change};
	},
	volumeGroup: fsVolumeGroup,
	change(site, vg, {mountPoint, newMountPoint, autoMount, permissions, size, options}) {
		const fs = vg.filesystems[mountPoint];
		if (!fs) refuse(msg.notOnLv(site.command, mountPoint));
		if (newMountPoint !== undefined && newMountPoint !== mountPoint) {
			const mounted = openOn(site.state, vg, fs.lv);
			if (mounted.length > 0) refuse(msg.mountedElsewhere(site.command, mountPoint, mounted));
		}
		const messages = changeFileSystem(
			site.state,
			site.node,
			vg,
			mountPoint,
			{sizeBlocks: size && sizeBlocks(size, fs.sizeBlocks), mountPoint: newMountPoint, permissions, options},
			new Set([...site.mountPoints(), ...Object.keys(vg.filesystems)]),
			site.command,
		);
		setAutoMount(site.state, site.nodes, newMountPoint ?? mountPoint, autoMount);
		for (const line of messages) site.print(line);
	},
});

const rmfs = lvmVerb({
	name: 'rmfs',
	summary: 'Removes a journaled file system and its logical volume.',
	synopsis: '[-r] [-i] FileSystem',
	flags: {
		r: {help: 'also removes the mount point directory (no effect in the simulation)'},
		i: {help: 'asks before removing it (no effect in the simulation)'},
	},
	operands: FILE_SYSTEM,
	parse: ({args}) => ({mountPoint: args[0]!}),
	volumeGroup: fsVolumeGroup,
	change(site, vg, {mountPoint}) {
		const lv = deviceOf(site, mountPoint);
		if (openOn(site.state, vg, lv).length > 0) refuse(msg.fileSystemMounted(site.command, mountPoint));
		// A file system added by hand to /etc/filesystems (a split copy) goes with its LV all the same.
		let messages: readonly string[];
		if (vg.filesystems[mountPoint]) messages = removeFileSystem(site.state, vg, mountPoint);
		else {
			removeLogicalVolume(site.state, vg, lv);
			messages = [msg.lvRemoved(lv)];
		}
		for (const node of site.nodes) delete site.state.nodes[node]!.lvm.filesystems[mountPoint];
		for (const line of messages) site.print(line);
	},
});

const mountTable = (state: ClusterState, node: string): string[] => [
	'  node       mounted        mounted over    vfs       date        options      ',
	'-------- ---------------  ---------------  ------ ------------ --------------- ',
	...Object.entries(state.nodes[node]!.lvm.mounts).map(
		([over, m]) => `         ${m.dev.padEnd(16)} ${over.padEnd(16)} ${m.vfs.padEnd(6)} ${logTime(m.at).slice(0, 12)} ${m.options}`,
	),
];

const NOT_SIMULATED = {notSimulated: true} as const;

const mount = defineCommand({
	name: 'mount',
	dirs: ['/usr/sbin'],
	summary: 'Mounts a file system, or lists what is mounted.',
	synopsis:
		'[-f] [-n Node] [-o Options] [-p] [-r] [-v VfsName] [-t Type | [Device | Node:Directory] Directory | all | -a] [-V [generic_options] ' +
		'special_mount_points',
	flags: {
		f: {help: 'forces the mount during system initialisation, over the root file system', ...NOT_SIMULATED},
		n: {arg: 'Node', help: 'mounts from a remote node (NFS)', ...NOT_SIMULATED},
		o: {arg: 'Options', help: 'mount options, comma separated (ro mounts read-only)'},
		p: {help: 'mounts a removable file system', ...NOT_SIMULATED},
		r: {help: 'mounts read-only'},
		v: {arg: 'VfsName', help: 'the file system type (jfs, jfs2), when /etc/filesystems does not say'},
		t: {arg: 'Type', help: 'mounts every file system of a mount group', ...NOT_SIMULATED},
		a: {help: 'mounts every file system marked for automatic mount', ...NOT_SIMULATED},
		V: {help: "takes options of a file system type's own mount helper", ...NOT_SIMULATED},
	},
	operands: {
		count: [0, 2],
		list: [
			{name: '[Device]', help: 'the logical volume to mount (/dev/name); from /etc/filesystems when absent'},
			{name: '[Directory]', help: 'where to mount it; with no operand, mount lists what is mounted'},
		],
	},
	run(ctx, {opts, args}) {
		if (args.length === 0) {
			for (const line of mountTable(ctx.state, ctx.node)) ctx.print(line);
			return;
		}
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		const options = opts.o === undefined ? [] : opts.o.split(',');
		const readOnly = opts.r || options.includes('ro');
		let mountPoint = args[args.length - 1]!;
		let dev: string | undefined;
		if (args.length === 2) dev = args[0];
		else if (mountPoint.startsWith('/dev/')) {
			// A device alone: its stanza says where it goes.
			const found = Object.entries(lvm.filesystems).find(([, e]) => e.dev === mountPoint);
			if (!found) refuse(msg.unknownFileSystem('mount', mountPoint));
			mountPoint = found[0];
		}
		if (dev !== undefined && !opts.v) {
			const type = logicalVolumeOn(ctx.state, ctx.node, lvOfDevice(dev))?.lv?.type;
			if (type !== 'jfs' && type !== 'jfs2') refuse(msg.unknownVfs(dev));
		}
		const wanted = dev ?? lvm.filesystems[mountPoint]?.dev;
		if (wanted !== undefined && lvm.mounts[mountPoint]) refuse(msg.cannotMount(wanted, mountPoint, 'busy'));
		mountFileSystem(ctx.state, ctx.node, mountPoint, {readOnly, dev, vfs: opts.v});
	},
});

/** An application server running here whose resource group holds the file system keeps it busy. */
function busyWith(state: ClusterState, node: string, mountPoint: string, entry: FilesystemsEntry): string | undefined {
	const lvm = state.nodes[node]!.lvm;
	const vgName = volumeGroupOfLv(lvm, lvOfDevice(entry.dev));
	const config = dcdOf(state, node);
	for (const group of Object.values(config.resourceGroups)) {
		const holds = group.resources.filesystems.includes(mountPoint) || (vgName !== undefined && group.resources.volumeGroups.includes(vgName));
		const running = group.resources.appServers.find(app => state.nodes[node]!.apps[app]);
		if (holds && running) return running;
	}
	return undefined;
}

const umount = defineCommand({
	name: 'umount',
	dirs: ['/usr/sbin'],
	summary: 'Unmounts a file system.',
	synopsis: '[-f] [-a] [-n Node] [-t Type] [Device | Directory | File | FileSystem]',
	flags: {
		f: {help: 'forces the unmount of a remote file system'},
		a: {help: 'unmounts every mounted file system', ...NOT_SIMULATED},
		n: {arg: 'Node', help: 'unmounts every file system mounted from a remote node', ...NOT_SIMULATED},
		t: {arg: 'Type', help: 'unmounts every file system of a mount group', ...NOT_SIMULATED},
	},
	// One file system, unless -a, -n or -t chooses several.
	operands: {count: [0, 1], list: [{name: 'Device | Directory', help: 'the mounted file system, by its mount point or its device'}]},
	run(ctx, {args: [target]}) {
		if (target === undefined) throw new UsageError('');
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		const mountPoint = target.startsWith('/dev/') ? (Object.entries(lvm.mounts).find(([, m]) => m.dev === target)?.[0] ?? target) : target;
		const mounted = lvm.mounts[mountPoint];
		const entry = lvm.filesystems[mountPoint];
		if (mounted && entry) {
			const app = busyWith(ctx.state, ctx.node, mountPoint, entry);
			if (app) refuse(msg.unmountBusy(mounted.dev, app, ctx.node));
		}
		unmountFileSystem(ctx.state, ctx.node, mountPoint);
	},
});

const LEVELS = '0123456789';

const backup = defineCommand({
	name: 'backup',
	dirs: [AIX_DIR],
	summary: 'Backs up a mounted file system by i-node.',
	synopsis: '[-b Number] [-f Device] [-Level] [-q] [-u] FileSystem',
	flags: {
		...Object.fromEntries(
			LEVELS.split('').map(level => [
				level,
				{help: `backup level ${level}: files changed since the last backup of a lower level${level === '0' ? ' (0: everything)' : ''}`},
			]),
		),
		b: {arg: 'Number', help: 'blocks per write (no effect in the simulation)'},
		f: {arg: 'Device', help: 'the output device or file; /dev/rfd0 when absent'},
		q: {help: 'does not ask to prepare the first volume'},
		u: {help: 'records the backup in /etc/dumpdates'},
	},
	operands: {count: 1, list: [{name: 'FileSystem', help: 'the file system, by its mount point or its device; it must be mounted'}]},
	run(ctx, {opts, args: [target], all}) {
		const level = LEVELS.split('').find(d => all.some(o => o.flag === d)) ?? '9';
		const device = opts.f ?? '/dev/rfd0';
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		const mountPoint = lvm.filesystems[target!] ? target! : Object.entries(lvm.filesystems).find(([, e]) => e.dev === target)?.[0];
		const entry = mountPoint === undefined ? undefined : lvm.filesystems[mountPoint];
		if (!entry || !lvm.mounts[mountPoint!]) refuse(msg.cannotOpenForBackup(target!));
		const lv = lvOfDevice(entry.dev);
		const {vg} = logicalVolumeOn(ctx.state, ctx.node, lv)!;
		const blocks = vg.filesystems[mountPoint!]?.sizeBlocks ?? vg.lvs[lv]!.lps * blocksPerPp(vg);
		const now = dateTime(ctx.state.clock);
		for (const line of [
			`backup: The date of this level ${level} backup is ${now}.`,
			'backup: The date of the last level 0 backup is the epoch.',
			`backup: Backing up /dev/r${lv} (${mountPoint}) to ${device}.`,
			'backup: Mapping regular files. This is Pass 1.',
			'backup: Mapping directories. This is Pass 2.',
			'backup: Backing up directories. This is Pass 3.',
			'backup: Backing up regular files. This is Pass 4.',
			`backup: There are ${Math.ceil(blocks / 20)} blocks on 1 volumes.`,
			`backup: There is a level ${level} backup on ${now}.`,
		])
			ctx.print(line);
		if (opts.u) appendFile(ctx.state.nodes[ctx.node]!, '/etc/dumpdates', `/dev/r${lv} ${level} ${now}\n`);
	},
});

export const fileSystemCommands: Command[] = [...bothForms(crfs), ...bothForms(chfs), ...bothForms(rmfs), ...mount, ...umount, ...backup];
