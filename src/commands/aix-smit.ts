/**
 * What AIX's own SMIT screens run to fill themselves, where real SMIT uses
 * inline ksh: hasmit_aixlist gives an F4 list (one choice a line, the value
 * first) and hasmit_aixdefaults a dialog's first values (colon format), both
 * from this node's ODM and mount table, as the AIX LVM commands see them.
 */
import {UsageError, refuse} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {freeMajors} from '../cluster/lvm-odm.js';
import {logicalVolumeOn} from '../cluster/lvm.js';
import {subsystemsOf} from '../cluster/subsystems.js';
import {FILESET_DESCRIPTIONS, imagesOn} from '../cluster/software.js';
import {joinColons} from '../menu/colon.js';
import {hostEntries} from './aix-tcpip.js';
import {deviceNotInOdm, hostNotInTable, notInFilesystems, unknownChoice, vgNotInOdm} from './aix-messages.js';

const SMIT_DIR = '/usr/lib/smit';

/** Each list: its lines for this node, given the list's argument. */
const LISTS: Record<string, (ctx: CommandContext, arg: string | undefined) => string[]> = {
	/** Logical volumes this node's ODM knows, of one volume group or all, with their volume group. */
	lvs(ctx, vg) {
		const groups = Object.entries(ctx.state.nodes[ctx.node]!.lvm.volumeGroups).filter(([name]) => vg === undefined || name === vg);
		return groups.flatMap(([name, group]) => group.lvs.map(lv => `${lv.padEnd(16)}${name}`));
	},
	/** Disks of a volume group by this node's names. */
	vgpvs(ctx, vg) {
		const group = ctx.state.nodes[ctx.node]!.lvm.volumeGroups[vg ?? ''];
		return (group?.pvids ?? []).map(pvid => `${(ctx.state.disks[pvid]?.paths[ctx.node] ?? pvid).padEnd(16)}${pvid}`);
	},
	/** Journaled file systems in /etc/filesystems, with their device; `mounted` or `unmounted` only those. */
	fs(ctx, which) {
		const {filesystems, mounts} = ctx.state.nodes[ctx.node]!.lvm;
		return Object.entries(filesystems)
			.filter(([at]) => which === undefined || Object.hasOwn(mounts, at) === (which === 'mounted'))
			.map(([at, fs]) => `${at.padEnd(24)}${fs.dev}`);
	},
	/** Volume groups not varied on here. */
	inactive(ctx) {
		const {volumeGroups, varyon} = ctx.state.nodes[ctx.node]!.lvm;
		return Object.keys(volumeGroups).filter(vg => varyon[vg] === undefined);
	},
	subsystems(ctx) {
		const node = ctx.state.nodes[ctx.node]!;
		return subsystemsOf(ctx.state).map(
			s => `${s.name.padEnd(18)}${s.group.padEnd(17)}${(node.subsystems[s.name]?.pid ?? 0) > 0 ? 'active' : 'inoperative'}`,
		);
	},
	/** The software on an installation device or directory, for Install Software's F4. */
	media: (ctx, device) =>
		Object.entries(imagesOn(ctx.state, device ?? '')).map(
			([fileset, level]) => `${fileset.padEnd(28)}${level.padEnd(12)}${FILESET_DESCRIPTIONS[fileset] ?? ''}`,
		),
	/** Updates applied and not yet committed, for Commit's and Reject's F4. */
	applied(ctx) {
		const node = ctx.state.nodes[ctx.node]!;
		return Object.keys(node.applied ?? {})
			.sort()
			.map(fileset => `${fileset.padEnd(28)}${node.filesets[fileset]}`);
	},
	hosts: ctx => hostEntries(ctx.state.nodes[ctx.node]!.files['/etc/hosts'] ?? '').map(({address, names}) => `${address.padEnd(18)}${names}`),
};

const hasmitAixlist = defineCommand({
	name: 'hasmit_aixlist',
	dirs: [SMIT_DIR],
	summary: 'Lists the choices of an AIX SMIT field on this node (its F4 list): the value first on each line.',
	synopsis: `{${Object.keys(LISTS).join('|')}} [Argument]`,
	readOnly: true,
	operands: {
		count: [1, 2],
		list: [
			{name: 'List', help: `which list: ${Object.keys(LISTS).join(', ')}`},
			{name: '[Argument]', help: 'lvs and vgpvs: the volume group; fs: mounted or unmounted; media: the device or directory'},
		],
	},
	run(ctx, {args: [kind, arg]}) {
		const list = Object.hasOwn(LISTS, kind!) ? LISTS[kind!]! : refuse(unknownChoice(ctx.name, 'list', kind!));
		for (const line of list(ctx, arg)) ctx.print(line);
	},
});

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Each dialog's first values on this node, for the object the selector chose. */
const DEFAULTS: Record<string, (ctx: CommandContext, name: string) => Record<string, string>> = {
	/** Add a Volume Group and Import a Volume Group: the lowest major number free here. */
	major: ctx => ({major: String(freeMajors(ctx.state, [ctx.node])[0] ?? '')}),
	vg(ctx, name) {
		const vg = ctx.state.nodes[ctx.node]!.lvm.volumeGroups[name] ?? refuse(vgNotInOdm(ctx.name, name));
		const onDisk = ctx.state.vgda[vg.vgid];
		return {vg: name, autoon: yesNo(vg.autoVaryon), quorum: yesNo(onDisk?.quorum ?? true), concurrent: onDisk?.concurrent ? '-C' : ''};
	},
	lv(ctx, name) {
		const found = logicalVolumeOn(ctx.state, ctx.node, name);
		const lv = found?.lv ?? refuse(deviceNotInOdm(ctx.name, name));
		return {
			lv: name,
			vg: found!.vgName,
			type: lv.type,
			copies: String(lv.copies.length),
			lps: String(lv.lps),
			position: lv.intraPolicy,
			range: lv.interPolicy,
			mwc: lv.mwc,
			permission: lv.permission === 'read-only' ? 'r' : 'w',
			relocate: yesNo(lv.badBlocks),
			verify: yesNo(lv.writeVerify),
			maxlps: String(lv.maxLps),
		};
	},
	/** Change / Show Characteristics of a Host: the entry's names. */
	host(ctx, address) {
		const entry = hostEntries(ctx.state.nodes[ctx.node]!.files['/etc/hosts'] ?? '').find(e => e.address === address);
		return {address, names: entry?.names ?? refuse(hostNotInTable(address))};
	},
	fs(ctx, mountPoint) {
		const {filesystems, mounts} = ctx.state.nodes[ctx.node]!.lvm;
		const fs = Object.hasOwn(filesystems, mountPoint) ? filesystems[mountPoint]! : refuse(notInFilesystems(ctx.name, mountPoint));
		const lv = logicalVolumeOn(ctx.state, ctx.node, fs.dev.replace(/^\/dev\//, ''));
		const def = lv?.vg.filesystems[mountPoint];
		return {
			fs: mountPoint,
			dev: fs.dev,
			vfs: fs.vfs,
			auto: yesNo(fs.mount !== 'false'),
			permissions: def?.permissions ?? 'rw',
			size: String(def?.sizeBlocks ?? ''),
			mounted: yesNo(Object.hasOwn(mounts, mountPoint)),
		};
	},
};

const hasmitAixdefaults = defineCommand({
	name: 'hasmit_aixdefaults',
	dirs: [SMIT_DIR],
	summary: 'Gives the first values of an AIX SMIT dialog on this node, in colon format (its cmd_to_discover).',
	synopsis: `{${Object.keys(DEFAULTS).join('|')}} [Name]`,
	readOnly: true,
	operands: {
		count: [1, 2],
		list: [
			{name: 'Dialog', help: `which values: ${Object.keys(DEFAULTS).join(', ')}`},
			{name: '[Name]', help: 'the volume group, logical volume or mount point the selector chose (a list line will do: its first word)'},
		],
	},
	run(ctx, {args: [kind, name]}) {
		if (!Object.hasOwn(DEFAULTS, kind!)) throw new UsageError(unknownChoice(ctx.name, 'dialog', kind!));
		const record = DEFAULTS[kind!]!(ctx, (name ?? '').trim().split(/\s+/)[0]!);
		ctx.print(`#${joinColons(Object.keys(record))}`);
		ctx.print(joinColons(Object.values(record)));
	},
});

export const aixSmitCommands = [...hasmitAixlist, ...hasmitAixdefaults];
