/** vxdg, vxdisk and vxprint: disk groups and disks, with the cluster's rules for shared groups. */
import {refuse, UsageError} from '../../cluster/errors.js';
import {entryOf} from '../../cluster/records.js';
import {parseMode} from '../../cluster/vxvm/activation.js';
import {requireDaemon, sees} from '../../cluster/vxvm/cvm.js';
import {removeDisk, replaceDisk, setDiskFlag, setOnline} from '../../cluster/vxvm/disks.js';
import {
	addDisks,
	type DiskSpec,
	deportGroup,
	groupsOn,
	importGroup,
	initGroup,
	joinGroups,
	moveObjects,
	parseDiskSpec,
	requireConfig,
	requireGroup,
	setActivation,
	setNoAutoImport,
	splitGroup,
} from '../../cluster/vxvm/groups.js';
import * as m from '../../cluster/vxvm/messages.js';
import {diskDetail, diskTable, groupDetail, groupTable, printGroup} from '../../cluster/vxvm/report.js';
import type {VxvmState} from '../../cluster/vxvm/types.js';
import {setDetachPolicy} from '../../cluster/vxvm/volumes.js';
import {defineCommand} from '../../command/define.js';
import type {CommandContext} from '../../command/registry.js';
import {attributes, optionsAnywhere, printAll, VXVM_BIN, vxvmFor} from './common.js';

const VXDG_SYNOPSIS = [
	'[-s] list [diskgroup ...]',
	'vxdg [-s] init diskgroup [medianame=]accessname ...',
	'vxdg [-s] [-f] import diskgroup',
	'vxdg deport diskgroup',
	'vxdg [-f] -g diskgroup adddisk [medianame=]accessname ...',
	'vxdg -k -g diskgroup adddisk medianame=accessname',
	'vxdg [-k] -g diskgroup rmdisk medianame ...',
	'vxdg -g diskgroup set activation=ew|ro|sr|sw|off | diskdetpolicy=global|local | noautoimport=on|off',
	'vxdg move|split sourcedg targetdg object ...',
	'vxdg join sourcedg targetdg',
].join('\n       ');

/** The operand count each operation needs at least, after its name. */
const VXDG_LEAST: Readonly<Record<string, number>> = {
	list: 0,
	init: 2,
	import: 1,
	deport: 1,
	adddisk: 1,
	rmdisk: 1,
	set: 1,
	move: 3,
	split: 3,
	join: 2,
};

function listGroups(ctx: CommandContext, vx: VxvmState, names: readonly string[], sharedOnly: boolean, quiet: boolean): void {
	requireDaemon(vx, ctx.node, 'vxdg');
	if (names.length === 0) printAll(ctx, groupTable(vx, ctx.node, sharedOnly).slice(quiet ? 1 : 0));
	names.forEach((name, i) => {
		if (i > 0) ctx.print();
		printAll(ctx, groupDetail(vx, requireConfig(vx, ctx.node, name, 'vxdg'), ctx.node));
	});
}

/** vxdg -g DG set attribute=value ...: each checked before any is applied. */
function setAttributes(vx: VxvmState, node: string, name: string, words: readonly string[]): void {
	const changes = attributes(words).map(([key, value]) => {
		if (key === 'activation') {
			const mode = parseMode(value) ?? refuse(m.badActivation('vxdg', value));
			return () => setActivation(vx, node, name, mode);
		}
		if (key === 'diskdetpolicy' && (value === 'global' || value === 'local')) return () => setDetachPolicy(vx, node, name, value);
		if (key === 'noautoimport' && (value === 'on' || value === 'off')) return () => setNoAutoImport(vx, node, name, value === 'on');
		return refuse(m.badAttribute('vxdg', `${key}=${value}`));
	});
	for (const change of changes) change();
}

/** vxdg -k adddisk: each removed disk name given its new device. */
function replaceDisks(vx: VxvmState, node: string, dg: string, specs: readonly DiskSpec[]): void {
	for (const {media, device} of specs) replaceDisk(vx, node, dg, media ?? refuse(m.badAttribute('vxdg', device)), device);
}

const vxdg = defineCommand({
	name: 'vxdg',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere('g'),
	summary: 'Manages VxVM disk groups: list, create, import, deport, add disks, set activation and policies, move, split and join.',
	synopsis: VXDG_SYNOPSIS,
	flags: {
		s: {help: 'shared: list only, create or import as a cluster-shared disk group (on the master)'},
		f: {help: 'force: import with disks missing, or add a disk not attached to every node (master only); may corrupt data'},
		g: {arg: 'diskgroup', help: 'the disk group to act on (adddisk, set)'},
		q: {help: 'with list: no header line'},
		k: {help: 'rmdisk: keeps the disk media name (removed for replacement); adddisk: gives a removed disk name a new device'},
		t: {help: 'temporary import (not re-imported at reboot)', notSimulated: true},
		C: {help: 'clears the host locks of an import', notSimulated: true},
	},
	operands: {
		count: [1, 64],
		list: [
			{name: 'operation', help: Object.keys(VXDG_LEAST).join(', ')},
			{name: 'argument ...', help: "the operation's disk groups, disks or objects"},
		],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const [operation = '', ...rest] = args;
		const least = entryOf(VXDG_LEAST, operation);
		if (least === undefined) throw new UsageError(m.badOperation('vxdg', operation));
		const group = opts.g;
		if ((operation === 'adddisk' || operation === 'rmdisk' || operation === 'set') && !group)
			throw new UsageError(m.badOperation('vxdg', `${operation} without -g diskgroup`));
		if (rest.length < least) throw new UsageError(m.badOperation('vxdg', `${operation}: missing operands`));
		switch (operation) {
			case 'list':
				return listGroups(ctx, vx, rest, opts.s, opts.q);
			case 'init':
				return void initGroup(ctx.state, vx, ctx.node, rest[0]!, rest.slice(1).map(parseDiskSpec), opts.s);
			case 'import':
				for (const warning of importGroup(vx, ctx.node, rest[0]!, {shared: opts.s, force: opts.f})) ctx.error(warning);
				return;
			case 'deport':
				return deportGroup(vx, ctx.node, rest[0]!);
			case 'adddisk':
				if (opts.k) return replaceDisks(vx, ctx.node, group!, rest.map(parseDiskSpec));
				return addDisks(vx, ctx.node, group!, rest.map(parseDiskSpec), opts.f);
			case 'rmdisk':
				for (const media of rest) removeDisk(vx, ctx.node, group!, media, opts.k);
				return;
			case 'set':
				return setAttributes(vx, ctx.node, group!, rest);
			case 'move':
				return moveObjects(vx, ctx.node, rest[0]!, rest[1]!, rest.slice(2));
			case 'split':
				return splitGroup(ctx.state, vx, ctx.node, rest[0]!, rest[1]!, rest.slice(2));
			default:
				return joinGroups(vx, ctx.node, rest[0]!, rest[1]!);
		}
	},
});

const vxdisk = defineCommand({
	name: 'vxdisk',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere(''),
	summary: "Lists VxVM disks (every disk, or one disk's record: clusterid, flags shared, imported or autoimport); takes a disk offline or online.",
	synopsis: '[-q] list [accessname ...]\n       vxdisk online|offline accessname ...',
	flags: {q: {help: 'with list: no header line'}},
	operands: {
		count: [1, 64],
		list: [
			{name: 'list|online|offline', help: 'the operation: list, online (enable access), offline (disable access to a disk in no disk group)'},
			{name: 'accessname ...', help: 'the disks (device names)'},
		],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const [operation, ...devices] = args;
		if (operation === 'online' || operation === 'offline') {
			for (const device of devices) setOnline(vx, ctx.node, device, operation === 'online');
			return;
		}
		if (operation !== 'list') throw new UsageError(m.badOperation('vxdisk', operation ?? ''));
		requireDaemon(vx, ctx.node, 'vxdisk');
		if (devices.length === 0) return printAll(ctx, diskTable(vx, ctx.node).slice(opts.q ? 1 : 0));
		devices.forEach((device, i) => {
			if (!sees(vx, ctx.node, device)) refuse(m.noSuchDevice('vxdisk', device));
			if (i > 0) ctx.print();
			printAll(ctx, diskDetail(vx, ctx.node, device));
		});
	},
});

const vxprint = defineCommand({
	name: 'vxprint',
	dirs: [VXVM_BIN],
	summary: 'Prints the records of disk group configurations: disk groups, disks, volumes, plexes and subdisks.',
	synopsis: '[-Ahtr] [-g diskgroup] [name ...]',
	flags: {
		A: {help: 'every imported disk group'},
		g: {arg: 'diskgroup', help: 'the disk group (rootdg when none is named)'},
		h: {help: 'hierarchies: each volume with its plexes and subdisks'},
		t: {help: 'the single-line layout with a header per record type'},
		r: {help: 'related records (with -h)'},
	},
	operands: {count: [0, 0]},
	readOnly: true,
	run(ctx, {opts}) {
		const vx = vxvmFor(ctx);
		requireDaemon(vx, ctx.node, 'vxprint');
		const groups = opts.A ? groupsOn(vx, ctx.node) : [requireGroup(vx, ctx.node, opts.g ?? 'rootdg', 'vxprint')];
		groups.forEach((group, i) => {
			if (i > 0) ctx.print();
			printAll(ctx, printGroup(vx, group, ctx.node, opts.t ? 'ht' : 'plain'));
		});
	},
});

const vxedit = defineCommand({
	name: 'vxedit',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere('g'),
	summary:
		'Sets attributes of VxVM records: the connectivity (disk detach) policy of a shared disk group (on the master), ' +
		'the spare and nohotuse flags of a disk.',
	synopsis: '-g diskgroup set diskdetpolicy=global|local diskgroup\n       vxedit -g diskgroup set spare=on|off | nohotuse=on|off medianame',
	flags: {g: {arg: 'diskgroup', help: 'the disk group'}},
	operands: {
		count: 3,
		list: [
			{name: 'set', help: 'the operation'},
			{
				name: 'attribute=value',
				help:
					'diskdetpolicy=global|local (global: a disk failing on any node is detached everywhere; local: only on that node), ' +
					'spare=on|off (kept for hot-relocation), nohotuse=on|off (excluded from hot-relocation)',
			},
			{name: 'record', help: 'the disk group itself (diskdetpolicy), or a disk media name'},
		],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const [operation, attribute = '', record = ''] = args;
		if (operation !== 'set') throw new UsageError(m.badOperation('vxedit', operation ?? ''));
		const name = opts.g ?? record;
		const [[key, value]] = attributes([attribute]) as [[string, string]];
		if ((key === 'spare' || key === 'nohotuse') && (value === 'on' || value === 'off'))
			return setDiskFlag(vx, ctx.node, opts.g ?? 'rootdg', record, key, value === 'on');
		if (key !== 'diskdetpolicy' || (value !== 'global' && value !== 'local')) refuse(m.badAttribute('vxedit', attribute));
		const group = requireGroup(vx, ctx.node, name, 'vxedit');
		if (record !== group.name && record !== group.id) refuse(m.noSuchVolume('vxedit', group.name, record));
		setDetachPolicy(vx, ctx.node, name, value);
	},
});

export const diskGroupCommands = [...vxdg, ...vxdisk, ...vxprint, ...vxedit];
