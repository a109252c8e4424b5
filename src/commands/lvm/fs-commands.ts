/**
 * Journaled file system commands: crfs, chfs and rmfs with their C-SPOC
 * forms, and the per-node mount, umount and backup an administrator uses
 * around them (the manual update procedure, the split-mirror backup).
 */
import {CommandError, UsageError} from '../../command/errors.js';
import {getopt, type ParsedOptions} from '../../command/getopt.js';
import type {Command} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {LvmError, fileSystemLvOn, logicalVolumeOn, lvOfDevice, volumeGroupOfLv, type FilesystemsEntry} from '../../cluster/lvm.js';
import {stanza} from '../../cluster/lvm-odm.js';
import {mountFileSystem, unmountFileSystem} from '../../cluster/lvm-ops.js';
import {blocksPerPp, changeFileSystem, createFileSystem, removeFileSystem} from '../../cluster/lvm-fs.js';
import {openOn, removeLogicalVolume} from '../../cluster/lvm-lv.js';
import {dcdOf} from '../../cluster/config.js';
import {logTime, dateTime} from '../../cluster/clock.js';
import {appendFile} from '../../cluster/files.js';
import {volumeGroupNameOfFs, volumeGroupNameOfLv, type LvmSite} from './site.js';
import {AIX_DIR, bothForms, flag, needsChange, oneOf, operands, type LvmVerb} from './verb.js';

/** `-a name=value` pairs, in order. */
function attributes(parsed: ParsedOptions, command: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const {flag, value} of parsed.all) {
		if (flag !== 'a' || typeof value !== 'string') continue;
		const at = value.indexOf('=');
		if (at <= 0) throw new UsageError(`${command}: 0506-918 The attribute ${value} must be written Attribute=Value.`);
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
	if (!match) throw new UsageError(`${command}: 0506-919 The size ${value} is not valid: give 512-byte blocks, or a number with M or G.`);
	return {add: match[1] === '+', blocks: Number(match[2]) * (match[3] === 'G' ? 2097152 : match[3] === 'M' ? 2048 : 1)};
}

const sizeBlocks = (size: Size, current: number) => (size.add ? current + size.blocks : size.blocks);

const FORMAT_ATTRIBUTES = new Set(['agblksize', 'nbpi', 'frag', 'compress', 'ea', 'isnapshot', 'bf', 'maxext']);

function checkAttributes(command: string, attrs: Map<string, string>, allowed: readonly string[]): void {
	for (const name of attrs.keys()) {
		if (!allowed.includes(name) && !FORMAT_ATTRIBUTES.has(name)) throw new UsageError(`${command}: 0506-925 ${name} is not a file system attribute.`);
	}
	const block = attrs.get('agblksize');
	if (block !== undefined && !['512', '1024', '2048', '4096'].includes(block)) throw new UsageError(`${command}: 0506-926 agblksize must be 512, 1024, 2048 or 4096.`);
}

/** Set the automatic-mount attribute of a node's stanza (-A). */
function setAutoMount(state: ClusterState, nodes: readonly string[], mountPoint: string, value: 'yes' | 'no' | undefined): void {
	if (value === undefined) return;
	for (const node of nodes) {
		const entry = state.nodes[node]!.lvm.filesystems[mountPoint];
		if (entry) entry.mount = value === 'yes' ? 'true' : 'false';
	}
}

interface CrfsOptions {
	vfs: 'jfs' | 'jfs2';
	vg?: string;
	/** -d: an existing LV. */
	lv?: string;
	mountPoint: string;
	autoMount?: 'yes' | 'no';
	permissions: 'ro' | 'rw';
	size?: Size;
	log?: string;
}

const crfs: LvmVerb<CrfsOptions> = {
	name: 'crfs',
	synopsis: '-v VfsType {-g VolumeGroup | -d Device} -m MountPoint [-A {yes|no}]\n\t[-p {ro|rw}] [-a Attribute=Value ...]',
	flags: 'v:g:d:m:A:p:a:t:u:',
	parse(parsed, command) {
		const {v, m, g, d} = parsed.opts;
		if (typeof v !== 'string' || typeof m !== 'string' || (g === undefined) === (d === undefined) || parsed.args.length > 0) throw new UsageError('');
		const attrs = attributes(parsed, command);
		checkAttributes(command, attrs, ['size', 'logname']);
		return {
			vfs: oneOf(command, 'v', v, ['jfs', 'jfs2'] as const)!,
			vg: flag(parsed, 'g'),
			lv: typeof d === 'string' ? lvOfDevice(d) : undefined,
			mountPoint: m,
			autoMount: oneOf(command, 'A', parsed.opts.A, ['yes', 'no'] as const),
			permissions: oneOf(command, 'p', parsed.opts.p, ['ro', 'rw'] as const) ?? 'rw',
			size: size(command, attrs.get('size')),
			log: attrs.get('logname'),
		};
	},
	volumeGroup: (state, node, options) => options.vg ?? volumeGroupNameOfLv(state, node, options.lv!),
	change(site, vg, options) {
		if (site.cspoc && options.log === 'INLINE') {
			throw new LvmError(`${site.command}: HACMP does not support an inline log in a shared file system: the log must be a separate logical volume (jfs2log) in ${vg.name}.`);
		}
		const {mountPoint} = options;
		const {messages} = createFileSystem(
			site.state,
			site.node,
			vg,
			{vfs: options.vfs, mountPoint, lv: options.lv, sizeBlocks: options.size && sizeBlocks(options.size, 0), log: options.log, permissions: options.permissions, options: ''},
			site.deviceNames(),
			new Set([...site.mountPoints(), ...Object.keys(vg.filesystems)]),
			site.command,
		);
		// C-SPOC never sets automatic mount: HACMP mounts shared file systems itself.
		if (!site.cspoc) site.state.nodes[site.node]!.lvm.filesystems[mountPoint] = stanza(vg.filesystems[mountPoint]!, options.autoMount === 'yes' ? 'true' : 'false');
		for (const line of messages) site.print(line);
	},
};

/** Verbs on one file system: the VG is the one the node's /etc/filesystems and ODM lead to. */
const fsVolumeGroup = (state: ClusterState, node: string, options: {mountPoint: string}, command: string) => volumeGroupNameOfFs(state, node, options.mountPoint, command);

/** The one operand of chfs and rmfs. */
const fileSystemOperand = (parsed: ParsedOptions) => operands(parsed, 1, 1)[0]!;

/** The device of a file system as the site's node knows it. */
function deviceOf(site: LvmSite, mountPoint: string): string {
	return fileSystemLvOn(site.state, site.node, mountPoint, site.command);
}

interface ChfsOptions {
	mountPoint: string;
	newMountPoint?: string;
	autoMount?: 'yes' | 'no';
	permissions?: 'ro' | 'rw';
	size?: Size;
	options?: string;
}

const chfs: LvmVerb<ChfsOptions> = {
	name: 'chfs',
	synopsis: '[-m NewMountPoint] [-A {yes|no}] [-p {ro|rw}] [-a Attribute=Value ...] FileSystem',
	flags: 'm:A:p:a:u:t:',
	parse(parsed, command) {
		const mountPoint = fileSystemOperand(parsed);
		const attrs = attributes(parsed, command);
		checkAttributes(command, attrs, ['size', 'options']);
		const change = {
			newMountPoint: flag(parsed, 'm'),
			autoMount: oneOf(command, 'A', parsed.opts.A, ['yes', 'no'] as const),
			permissions: oneOf(command, 'p', parsed.opts.p, ['ro', 'rw'] as const),
			size: size(command, attrs.get('size')),
			options: attrs.get('options'),
		};
		// Only format attributes, which a file system keeps from its creation, change nothing either.
		needsChange(change);
		return {mountPoint, ...change};
	},
	volumeGroup: fsVolumeGroup,
	change(site, vg, {mountPoint, newMountPoint, autoMount, permissions, size, options}) {
		const fs = vg.filesystems[mountPoint];
		if (!fs) throw new LvmError(`${site.command}: 0506-930 ${mountPoint} is not recorded on its logical volume; edit /etc/filesystems to change it.`);
		if (newMountPoint !== undefined && newMountPoint !== mountPoint) {
			const mounted = openOn(site.state, vg, fs.lv);
			if (mounted.length > 0) throw new LvmError(`${site.command}: 0506-931 ${mountPoint} is mounted on ${mounted.join(', ')}; unmount it before moving its mount point.`);
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
};

const rmfs: LvmVerb<{mountPoint: string}> = {
	name: 'rmfs',
	synopsis: '[-r] [-i] FileSystem',
	flags: 'ri',
	parse: parsed => ({mountPoint: fileSystemOperand(parsed)}),
	volumeGroup: fsVolumeGroup,
	change(site, vg, {mountPoint}) {
		const lv = deviceOf(site, mountPoint);
		if (openOn(site.state, vg, lv).length > 0) throw new LvmError(`${site.command}: 0506-921 ${mountPoint} is currently mounted.`);
		// A file system added by hand to /etc/filesystems (a split copy) goes with its LV all the same.
		const messages = vg.filesystems[mountPoint] ? removeFileSystem(site.state, vg, mountPoint) : (removeLogicalVolume(site.state, vg, lv), [`rmlv: Logical volume ${lv} is removed.`]);
		for (const node of site.nodes) delete site.state.nodes[node]!.lvm.filesystems[mountPoint];
		for (const line of messages) site.print(line);
	},
};

const mountTable = (state: ClusterState, node: string): string[] => [
	'  node       mounted        mounted over    vfs       date        options      ',
	'-------- ---------------  ---------------  ------ ------------ --------------- ',
	...Object.entries(state.nodes[node]!.lvm.mounts).map(([over, m]) => `         ${m.dev.padEnd(16)} ${over.padEnd(16)} ${m.vfs.padEnd(6)} ${logTime(m.at).slice(0, 12)} ${m.options}`),
];

const mount: Command = {
	name: 'mount',
	dir: '/usr/sbin',
	usage: 'Usage: mount [-f] [-n Node] [-o Options] [-p] [-r] [-v VfsName] [-t Type | [Device | Node:Directory] Directory | all | -a] [-V [generic_options] special_mount_points',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'o:rv:', operands: [0, 2]});
		if (args.length === 0) {
			for (const line of mountTable(ctx.state, ctx.node)) ctx.print(line);
			return;
		}
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		const options = typeof opts.o === 'string' ? opts.o.split(',') : [];
		const readOnly = Boolean(opts.r) || options.includes('ro');
		const vfs = typeof opts.v === 'string' ? opts.v : undefined;
		let mountPoint = args[args.length - 1]!;
		let dev: string | undefined;
		if (args.length === 2) dev = args[0];
		else if (mountPoint.startsWith('/dev/')) {
			// A device alone: its stanza says where it goes.
			const found = Object.entries(lvm.filesystems).find(([, e]) => e.dev === mountPoint);
			if (!found) throw new CommandError(`mount: 0506-334 ${mountPoint} is not a known file system.`);
			mountPoint = found[0];
		}
		if (dev !== undefined && !vfs) {
			const type = logicalVolumeOn(ctx.state, ctx.node, lvOfDevice(dev))?.lv?.type;
			if (type !== 'jfs' && type !== 'jfs2') throw new CommandError(`mount: 0506-322 Cannot determine the file system type of ${dev}; name it with -v.`);
		}
		const result = mountFileSystem(ctx.state, ctx.node, mountPoint, {readOnly, dev, vfs});
		if (!result.ok) throw new CommandError(result.messages.join('\n'));
	},
};

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

const umount: Command = {
	name: 'umount',
	dir: '/usr/sbin',
	usage: 'Usage: umount [-f] [-a] [-n Node] [-t Type] [Device | Directory | File | FileSystem]',
	run(ctx) {
		const {args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'f', operands: 1});
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		const mountPoint = args[0]!.startsWith('/dev/') ? Object.entries(lvm.mounts).find(([, m]) => m.dev === args[0])?.[0] ?? args[0]! : args[0]!;
		const mounted = lvm.mounts[mountPoint];
		const entry = lvm.filesystems[mountPoint];
		if (mounted && entry) {
			const app = busyWith(ctx.state, ctx.node, mountPoint, entry);
			if (app) throw new CommandError(`umount: 0506-349 Cannot unmount ${mounted.dev}: The requested resource is busy.\n\t(application server ${app} is running on ${ctx.node}: stop it first.)`);
		}
		const result = unmountFileSystem(ctx.state, ctx.node, mountPoint);
		if (!result.ok) throw new CommandError(result.messages.join('\n'));
	},
};

const backup: Command = {
	name: 'backup',
	dir: AIX_DIR,
	usage: 'Usage: backup [-b Number] [-f Device] [-Level] [-q] [-u] FileSystem',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: '0123456789b:f:qu', operands: 1});
		const level = '0123456789'.split('').find(d => opts[d]) ?? '9';
		const device = typeof opts.f === 'string' ? opts.f : '/dev/rfd0';
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		const target = args[0]!;
		const mountPoint = lvm.filesystems[target] ? target : Object.entries(lvm.filesystems).find(([, e]) => e.dev === target)?.[0];
		const entry = mountPoint === undefined ? undefined : lvm.filesystems[mountPoint];
		if (!entry || !lvm.mounts[mountPoint!]) throw new CommandError(`backup: 0511-028 Cannot open ${target}: mount it (read-only) first.`);
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
		]) ctx.print(line);
		if (opts.u) appendFile(ctx.state.nodes[ctx.node]!, '/etc/dumpdates', `/dev/r${lv} ${level} ${now}\n`);
	},
};

export const fileSystemCommands: Command[] = [...bothForms(crfs), ...bothForms(chfs), ...bothForms(rmfs), mount, umount, backup];
