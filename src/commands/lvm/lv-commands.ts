/**
 * Logical volume commands: mklv, extendlv, chlv, rmlv, mklvcopy, rmlvcopy
 * and syncvg with their C-SPOC forms, and splitlvcopy (AIX only: the
 * split-mirror backup is done on the node that owns the data).
 */
import {UsageError} from '../../command/errors.js';
import type {ParsedOptions} from '../../command/getopt.js';
import type {Command} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {INTRA_POLICIES, LV_TYPES, LvmError, type LogicalVolume, type LvType, type VolumeGroupOnDisk} from '../../cluster/lvm.js';
import {syncStalePartitions} from '../../cluster/lvm-ops.js';
import {
	addLogicalVolumeCopies,
	changeLogicalVolume,
	createLogicalVolume,
	definedOnly,
	extendLogicalVolume,
	nextLvName,
	openOn,
	removeLogicalVolume,
	removeLogicalVolumeCopies,
	splitLogicalVolumeCopy,
	type LogicalVolumeChange,
} from '../../cluster/lvm-lv.js';
import {knownVolumeGroup, resolveDisk, volumeGroupNameOfDisk, volumeGroupNameOfLv, type LvmSite} from './site.js';
import {aixCommand, bothForms, count, flag, oneOf, operands, type LvmVerb} from './verb.js';

const yesNo = (command: string, parsed: ParsedOptions, letter: string) => {
	const value = oneOf(command, letter, parsed.opts[letter], ['y', 'n'] as const);
	return value === undefined ? undefined : value === 'y';
};

/** The placement and policy flags mklv, chlv, extendlv and mklvcopy share. */
function policyFlags(command: string, parsed: ParsedOptions): LogicalVolumeChange {
	const intra = oneOf(command, 'a', parsed.opts.a, Object.keys(INTRA_POLICIES));
	const inter = oneOf(command, 'e', parsed.opts.e, ['x', 'm'] as const);
	const upper = flag(parsed, 'u');
	const mwc = oneOf(command, 'w', parsed.opts.w, ['y', 'n', 'p', 'a'] as const);
	const schedule = oneOf(command, 'd', parsed.opts.d, ['p', 's'] as const);
	const max = flag(parsed, 'x');
	return {
		intraPolicy: intra === undefined ? undefined : INTRA_POLICIES[intra],
		interPolicy: inter === undefined ? undefined : inter === 'x' ? 'maximum' : 'minimum',
		upperBound: upper === undefined ? undefined : count(command, 'The upper bound', upper),
		strict: oneOf(command, 's', parsed.opts.s, ['y', 'n', 's'] as const),
		mwc: mwc === 'a' ? 'y' : mwc,
		schedule: schedule === undefined ? undefined : schedule === 'p' ? 'parallel' : 'sequential',
		maxLps: max === undefined ? undefined : count(command, 'The maximum number of logical partitions', max),
		relocatable: yesNo(command, parsed, 'r'),
		writeVerify: yesNo(command, parsed, 'v'),
		badBlocks: yesNo(command, parsed, 'b'),
		type: oneOf(command, 't', parsed.opts.t, LV_TYPES),
		label: flag(parsed, 'L'),
	};
}

const lvVolumeGroup = (state: ClusterState, node: string, parsed: ParsedOptions) => volumeGroupNameOfLv(state, node, parsed.args[0]!);

/** The LV, and a refusal when it is open where the change needs it closed. */
function closedLv(site: LvmSite, vg: VolumeGroupOnDisk, name: string, why: string[]): LogicalVolume {
	const lv = vg.lvs[name]!;
	const open = openOn(site.state, vg, name);
	if (open.length > 0) throw new LvmError(...why, `\t(${name} is open on ${open.join(', ')}: unmount its file system first.)`);
	return lv;
}

const mklv: LvmVerb = {
	name: 'mklv',
	synopsis:
		'[-a Position] [-b BadBlocks] [-c Copies] [-d Schedule] [-e Range] [-L Label]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v Verify] [-w MWC]\n\t[-x MaxLPs] [-y NewLogicalVolume | -Y Prefix] VolumeGroup Number [PhysicalVolume...]',
	flags: 'a:b:c:d:e:L:r:s:t:u:v:w:x:y:Y:',
	check(parsed, command) {
		count(command, 'The number of logical partitions', operands(parsed, 2)[1]);
		if (parsed.opts.y && parsed.opts.Y) throw new UsageError(`${command}: -y and -Y cannot be used together.`);
	},
	volumeGroup: (_state, _node, parsed) => parsed.args[0]!,
	change(site, vg, parsed) {
		const [, number, ...disks] = parsed.args;
		const policies = policyFlags(site.command, parsed);
		const used = site.deviceNames();
		const name = flag(parsed, 'y') ?? nextLvName(flag(parsed, 'Y') ?? 'lv', used);
		const lv = createLogicalVolume(site.state, site.node, vg, {
			...policies,
			name,
			type: (policies.type ?? 'jfs') as LvType,
			lps: count(site.command, 'The number of logical partitions', number),
			copies: count(site.command, 'The number of copies', flag(parsed, 'c') ?? '1'),
			pvids: disks.map(d => site.pvid(d)),
			label: policies.label,
		}, used, site.command);
		site.print(lv.name);
	},
};

const extendlv: LvmVerb = {
	name: 'extendlv',
	synopsis: '[-a Position] [-e Range] [-u UpperBound] [-s Strict] LogicalVolume Partitions [PhysicalVolume...]',
	flags: 'a:e:u:s:',
	check: (parsed, command) => void count(command, 'The number of logical partitions', operands(parsed, 2)[1]),
	volumeGroup: lvVolumeGroup,
	change(site, vg, parsed) {
		const [name, number, ...disks] = parsed.args;
		const lv = vg.lvs[name!]!;
		const lps = count(site.command, 'The number of logical partitions', number);
		const {intraPolicy, interPolicy, upperBound, strict} = policyFlags(site.command, parsed);
		Object.assign(lv, definedOnly({intraPolicy, interPolicy, upperBound, strict}));
		extendLogicalVolume(site.state, site.node, vg, lv, lps, disks.map(d => site.pvid(d)), site.command);
	},
};

const chlv: LvmVerb = {
	name: 'chlv',
	synopsis:
		'[-a Position] [-b BadBlocks] [-d Schedule] [-e Range] [-L Label] [-p Permission]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v Verify] [-w MWC]\n\t[-x Maximum] LogicalVolume ...\n       chlv -n NewLogicalVolume LogicalVolume',
	flags: 'a:b:d:e:L:n:p:r:s:t:u:v:w:x:',
	check(parsed, command) {
		operands(parsed, 1);
		if (parsed.opts.n && (parsed.args.length > 1 || parsed.all.some(o => o.flag !== 'n' && o.flag !== 'cspoc'))) throw new UsageError(`${command}: -n renames one logical volume and takes no other flag.`);
	},
	volumeGroup: lvVolumeGroup,
	change(site, vg, parsed) {
		const permission = oneOf(site.command, 'p', parsed.opts.p, ['r', 'w'] as const);
		const change: LogicalVolumeChange = {...policyFlags(site.command, parsed), permission: permission === undefined ? undefined : permission === 'r' ? 'read-only' : 'read/write'};
		const newName = flag(parsed, 'n');
		for (const name of parsed.args) {
			const lv = vg.lvs[name];
			if (!lv) throw new LvmError(`0516-306 getlvodm: Unable to find  ${name} in the Device`, '\tConfiguration Database.');
			if (newName !== undefined) {
				closedLv(site, vg, name, [`0516-1306 ${site.command}: Unable to rename logical volume ${name}: it is open.`]);
				changeLogicalVolume(site.state, vg, lv, {name: newName}, site.deviceNames(), site.command);
			} else changeLogicalVolume(site.state, vg, lv, change, new Set(), site.command);
		}
	},
};

const rmlv: LvmVerb = {
	name: 'rmlv',
	synopsis: '[-f] LogicalVolume ...',
	flags: 'f',
	check: parsed => void operands(parsed, 1),
	volumeGroup: lvVolumeGroup,
	change(site, vg, parsed) {
		for (const name of parsed.args) {
			if (!vg.lvs[name]) throw new LvmError(`0516-306 getlvodm: Unable to find  ${name} in the Device`, '\tConfiguration Database.');
			closedLv(site, vg, name, ['0516-076 lreducelv: Cannot remove last partition of an open logical volume.', `0516-912 rmlv: Unable to remove logical volume ${name}.`]);
			// Asked before each LV unless -f; C-SPOC's dialog has already asked ARE YOU SURE.
			if (!parsed.opts.f && !site.cspoc) {
				site.print(`Warning, all data contained on logical volume ${name} will be destroyed.`);
				site.print('rmlv: Do you wish to continue? y(es) n(o)? ');
				if (!/^y/i.test(site.ctx.stdin.trim())) throw new LvmError(`rmlv: Logical volume ${name} is not removed.`);
			}
			removeLogicalVolume(site.state, vg, name);
			site.print(`rmlv: Logical volume ${name} is removed.`);
		}
	},
};

const mklvcopy: LvmVerb = {
	name: 'mklvcopy',
	synopsis: '[-a Position] [-e Range] [-k] [-s Strict] [-u UpperBound] LogicalVolume Copies [PhysicalVolume...]',
	flags: 'a:e:ks:u:',
	check: (parsed, command) => void count(command, 'The number of copies', operands(parsed, 2)[1]),
	volumeGroup: lvVolumeGroup,
	change(site, vg, parsed) {
		const [name, copies, ...disks] = parsed.args;
		const {strict} = policyFlags(site.command, parsed);
		addLogicalVolumeCopies(site.state, site.node, vg, vg.lvs[name!]!, count(site.command, 'The number of copies', copies), disks.map(d => site.pvid(d)), Boolean(parsed.opts.k), strict, site.command);
	},
};

const rmlvcopy: LvmVerb = {
	name: 'rmlvcopy',
	synopsis: 'LogicalVolume Copies [PhysicalVolume...]',
	flags: '',
	check: (parsed, command) => void count(command, 'The number of copies', operands(parsed, 2)[1]),
	volumeGroup: lvVolumeGroup,
	change(site, vg, parsed) {
		const [name, copies, ...disks] = parsed.args;
		removeLogicalVolumeCopies(site.state, site.node, vg, vg.lvs[name!]!, count(site.command, 'The number of copies', copies), disks.map(d => site.pvid(d)), site.command);
	},
};

const splitlvcopy: LvmVerb = {
	name: 'splitlvcopy',
	synopsis: '[-f] [-y NewLogicalVolumeName | -Y Prefix] LogicalVolume Copies [PhysicalVolume...]',
	flags: 'fy:Y:',
	check: (parsed, command) => void count(command, 'The number of copies', operands(parsed, 2)[1]),
	volumeGroup: lvVolumeGroup,
	change(site, vg, parsed) {
		const [name, copies, ...disks] = parsed.args;
		// The copies are split while the data is still: the LV must be closed unless -f.
		if (!parsed.opts.f) {
			closedLv(site, vg, name!, [`0516-1258 splitlvcopy: Logical volume ${name} must be closed. If the logical`, '\tvolume contains a filesystem, the umount command will close the LV device.']);
		}
		const used = site.deviceNames();
		const newName = flag(parsed, 'y') ?? nextLvName(flag(parsed, 'Y') ?? 'lv', used);
		const split = splitLogicalVolumeCopy(site.state, site.node, vg, vg.lvs[name!]!, count(site.command, 'The number of copies', copies), newName, used, disks.map(d => site.pvid(d)), site.command);
		site.print(split.name);
	},
};

/** syncvg -l LV... | -p PV... | -v VG...: every name must lead to one VG. */
function syncTargets(state: ClusterState, node: string, parsed: ParsedOptions, command: string, cspoc: boolean): {vgName: string; lvs?: string[]} {
	const modes = ['l', 'p', 'v'].filter(f => parsed.opts[f]);
	if (modes.length !== 1) throw new UsageError(`${command}: Give exactly one of -l, -p and -v.`);
	const names = parsed.args;
	const vgNames = names.map(name => {
		if (parsed.opts.v) return name;
		if (parsed.opts.l) return volumeGroupNameOfLv(state, node, name);
		return volumeGroupNameOfDisk(state, node, name, command, cspoc);
	});
	if (new Set(vgNames).size > 1) throw new UsageError(`${command}: The names must all belong to one volume group.`);
	const vgName = vgNames[0]!;
	if (parsed.opts.l) return {vgName, lvs: names};
	if (parsed.opts.p) {
		const vg = knownVolumeGroup(state, node, vgName);
		const pvids = names.map(n => resolveDisk(state, node, n, command, cspoc));
		return {vgName, lvs: Object.values(vg.lvs).filter(lv => lv.copies.some(c => c.some(e => pvids.includes(e.pvid)))).map(lv => lv.name)};
	}
	return {vgName};
}

const syncvg: LvmVerb = {
	name: 'syncvg',
	synopsis: '[-f] [-i] [-H] [-P NumParallelLPs] {-l | -p | -v} Name ...',
	flags: 'fiHP:lpv',
	check: parsed => void operands(parsed, 1),
	volumeGroup: (state, node, parsed, command, cspoc) => syncTargets(state, node, parsed, command, cspoc).vgName,
	change(site, vg, parsed) {
		const {lvs} = syncTargets(site.state, site.node, parsed, site.command, site.cspoc);
		const unsynced = syncStalePartitions(site.state, vg, lvs);
		if (unsynced.length > 0) {
			throw new LvmError(`0516-1290 syncvg: No good copy to synchronize ${unsynced.join(', ')} from: every copy of some partitions is stale or on a missing disk.`, `0516-932 /usr/sbin/syncvg: Unable to synchronize volume group ${vg.name}.`);
		}
	},
};

export const logicalVolumeCommands: Command[] = [
	...bothForms(mklv),
	...bothForms(extendlv),
	...bothForms(chlv),
	...bothForms(rmlv),
	...bothForms(mklvcopy),
	...bothForms(rmlvcopy),
	...bothForms(syncvg),
	aixCommand(splitlvcopy),
];
