/** vxassist, vxvol, vxplex, vxrecover and vxstat, and hasmit's own I/O and path-failure commands for shared volumes. */
import {refuse, UsageError} from '../../cluster/errors.js';
import {mirrorVolume} from '../../cluster/vxvm/disks.js';
import {requireGroup} from '../../cluster/vxvm/groups.js';
import * as m from '../../cluster/vxvm/messages.js';
import {statTable} from '../../cluster/vxvm/report.js';
import {beginTransaction, commitTransaction} from '../../cluster/vxvm/transaction.js';
import type {VolumeLayout} from '../../cluster/vxvm/types.js';
import {
	addLog,
	closeVolume,
	doIo,
	makeVolume,
	type MakeAttributes,
	openVolume,
	parseLength,
	recoverGroup,
	recoverShared,
	removePlex,
	setExclusive,
	setPath,
} from '../../cluster/vxvm/volumes.js';
import {defineCommand} from '../../command/define.js';
import {attributes, optionsAnywhere, printAll, VXVM_BIN, vxvmFor} from './common.js';

const LAYOUTS: readonly VolumeLayout[] = ['concat', 'stripe', 'mirror', 'raid5'];

/** vxassist make's attributes: layout=mirror[,log], nmirror=, ncol=, exclusive=on|off, logtype=drl. */
export function makeAttributes(words: readonly string[]): MakeAttributes {
	const attrs: MakeAttributes = {layout: 'concat', nmirror: 2, ncol: 2, exclusive: false, log: false};
	const count = (value: string, word: string) => (/^[1-9]\d?$/.test(value) ? Number(value) : refuse(m.badAttribute('vxassist', word)));
	for (const [key, value] of attributes(words)) {
		const word = `${key}=${value}`;
		if (key === 'layout') {
			for (const part of value.split(',')) {
				if (part === 'log') attrs.log = true;
				else if (part === 'nolog') attrs.log = false;
				else attrs.layout = LAYOUTS.find(l => l === part) ?? refuse(m.badAttribute('vxassist', word));
			}
		} else if (key === 'nmirror') attrs.nmirror = count(value, word);
		else if (key === 'ncol' || key === 'ncolumn') attrs.ncol = count(value, word);
		else if (key === 'exclusive' && (value === 'on' || value === 'off')) attrs.exclusive = value === 'on';
		else if (key === 'logtype' && value === 'drl') attrs.log = true;
		else refuse(m.badAttribute('vxassist', word));
	}
	if (attrs.log && attrs.layout !== 'mirror') attrs.layout = 'mirror';
	return attrs;
}

const vxassist = defineCommand({
	name: 'vxassist',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere('gt'),
	summary:
		'Creates volumes (concat, stripe, mirror; exclusive=on for one node at a time), mirrors them, and adds dirty region logs sized for the cluster.',
	synopsis:
		'-g diskgroup [-t tasktag] make volume length [layout=concat|stripe|mirror[,log]] [nmirror=N] [ncol=N] [exclusive=on|off]\n' +
		'       vxassist -g diskgroup addlog volume\n' +
		'       vxassist -g diskgroup mirror volume [medianame]',
	flags: {
		g: {arg: 'diskgroup', help: 'the disk group (a shared one only on the master)'},
		t: {arg: 'tasktag', help: 'monitors the operation as a task (not supported in shared disk groups)'},
		b: {help: 'runs the synchronization in the background'},
	},
	operands: {
		count: [2, 16],
		list: [
			{name: 'operation', help: 'make, addlog, or mirror (a second plex, on the named disk if one is given)'},
			{name: 'volume [length] [attribute=value ...]', help: 'the volume, its length (5g, 500m, sectors) and attributes'},
		],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		// SMIT puts the attributes before the volume and its length: they are told apart by their `=`.
		const [operation, ...rest] = args;
		const words = rest.filter(word => !word.includes('='));
		const [volume = '', lengthText = ''] = words;
		const dg = opts.g ?? 'rootdg';
		if (opts.t !== undefined && requireGroup(vx, ctx.node, dg, 'vxassist').shared) refuse(m.taskMonitorShared('vxassist', dg));
		if (operation === 'addlog') return void addLog(vx, ctx.node, dg, volume);
		if (operation === 'mirror') return mirrorVolume(vx, ctx.node, dg, volume, words[1]);
		if (operation !== 'make') throw new UsageError(m.badOperation('vxassist', operation ?? ''));
		if (words.length > 2) refuse(m.badAttribute('vxassist', words[2]!));
		const length = parseLength(lengthText) ?? refuse(m.badLength('vxassist', lengthText));
		makeVolume(vx, ctx.node, dg, volume, length, makeAttributes(rest.filter(word => word.includes('='))));
	},
});

const vxvol = defineCommand({
	name: 'vxvol',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere('g'),
	summary: 'Sets volume attributes; exclusive=on lets only one node at a time open a shared volume (master only, volume closed everywhere).',
	synopsis: '-g diskgroup set exclusive=on|off volume',
	flags: {g: {arg: 'diskgroup', help: 'the disk group'}},
	operands: {
		count: 3,
		list: [
			{name: 'set', help: 'the operation'},
			{name: 'exclusive=on|off', help: 'the attribute'},
			{name: 'volume', help: 'the volume'},
		],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const [operation, attribute = '', volume = ''] = args;
		if (operation !== 'set') throw new UsageError(m.badOperation('vxvol', operation ?? ''));
		if (attribute !== 'exclusive=on' && attribute !== 'exclusive=off') refuse(m.badAttribute('vxvol', attribute));
		setExclusive(vx, ctx.node, opts.g ?? 'rootdg', volume, attribute === 'exclusive=on');
	},
});

const vxplex = defineCommand({
	name: 'vxplex',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere('go'),
	summary: 'Dissociates plexes from volumes; -o rm also removes them (how a DRL log too small for the cluster is replaced).',
	synopsis: '-g diskgroup -o rm dis plex',
	flags: {g: {arg: 'diskgroup', help: 'the disk group'}, o: {arg: 'rm', values: ['rm'], help: 'rm: removes the plex once dissociated'}},
	operands: {
		count: 2,
		list: [
			{name: 'dis', help: 'the operation'},
			{name: 'plex', help: 'the plex'},
		],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const [operation, plex = ''] = args;
		if (operation !== 'dis' || opts.o !== 'rm') throw new UsageError(m.badOperation('vxplex', `${operation ?? ''}${opts.o ? '' : ' without -o rm'}`));
		removePlex(vx, ctx.node, opts.g ?? 'rootdg', plex);
	},
});

const vxrecover = defineCommand({
	name: 'vxrecover',
	dirs: [VXVM_BIN],
	summary: 'Recovers volumes; -c (on the master) resynchronizes the shared volumes a crashed node left dirty, from the DRL when it is valid.',
	synopsis: '[-bcsv] [-g diskgroup]',
	flags: {
		b: {help: 'in the background'},
		c: {help: 'every volume of the shared disk groups (master only)'},
		s: {help: 'starts disabled volumes'},
		v: {help: 'verbose: says what each recovery did'},
		g: {arg: 'diskgroup', help: 'only this disk group'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const vx = vxvmFor(ctx);
		if (!opts.c) return void recoverGroup(vx, ctx.node, opts.g ?? 'rootdg');
		const done = recoverShared(vx, ctx.node, opts.g);
		if (opts.v)
			printAll(
				ctx,
				done.map(line => `VxVM vxrecover INFO V-5-2-3363 ${line}: done`),
			);
	},
});

const vxstat = defineCommand({
	name: 'vxstat',
	dirs: [VXVM_BIN],
	summary: 'Shows volume I/O statistics gathered from every node of the cluster and summed (or from the nodes -n names).',
	synopsis: '-g diskgroup [-n node[,node...]] [volume ...]',
	flags: {
		g: {arg: 'diskgroup', help: 'the disk group'},
		n: {arg: 'node[,node...]', help: 'CVM node ids whose statistics are summed (default: every node)'},
	},
	operands: {count: [0, 64], list: [{name: 'volume ...', help: 'the volumes (default: every volume of the group)'}]},
	readOnly: true,
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const group = requireGroup(vx, ctx.node, opts.g ?? 'rootdg', 'vxstat');
		const ids = opts.n?.split(',');
		if (ids?.some(id => !/^\d+$/.test(id) || !Object.values(vx.nodes).some(n => n.id === Number(id))))
			refuse(m.badAttribute('vxstat', `-n ${opts.n}`));
		const nodes = ids && Object.keys(vx.nodes).filter(n => ids.includes(String(vx.nodes[n]!.id)));
		for (const name of args) if (!group.volumes[name]) refuse(m.noSuchVolume('vxstat', group.name, name));
		printAll(ctx, statTable(group, args.length > 0 ? args : Object.keys(group.volumes).sort(), nodes));
	},
});

/** hasmit's own: a vxassist make held on the master, so that a cluster reconfiguration meets it. */
const hasmitVxtxn = defineCommand({
	name: 'hasmit_vxtxn',
	dirs: ['/usr/lpp/hasmit/bin'],
	rewrite: optionsAnywhere('g'),
	summary:
		'Simulation: begins a vxassist make on the master and holds it before (or, with -c, in) its commit phase; commit completes it; ' +
		'alone, shows the transaction in progress.',
	synopsis: '[-c] -g diskgroup make volume length [attribute=value ...]\n       hasmit_vxtxn commit\n       hasmit_vxtxn',
	flags: {
		c: {help: 'the transaction has reached its commit phase (a cluster reconfiguration then waits for it)'},
		g: {arg: 'diskgroup', help: 'the shared disk group'},
	},
	operands: {
		count: [0, 16],
		list: [
			{name: 'operation', help: 'make (as vxassist make) or commit'},
			{name: 'volume length [attribute=value ...]', help: 'the volume to make, its length and attributes'},
		],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const [operation, volume = '', lengthText = '', ...words] = args;
		if (operation === undefined)
			return ctx.print(vx.transaction ? `${vx.transaction.phase}: ${vx.transaction.line}` : 'no volume transaction in progress');
		if (operation === 'commit') return commitTransaction(ctx.state, vx);
		if (operation !== 'make') throw new UsageError(m.badOperation(ctx.name, operation));
		const length = parseLength(lengthText) ?? refuse(m.badLength('vxassist', lengthText));
		const group = opts.g ?? 'rootdg';
		const line = ['vxassist', '-g', group, 'make', volume, lengthText, ...words].join(' ');
		const phase = opts.c ? 'commit' : 'checking';
		beginTransaction(ctx.state, vx, ctx.node, {line, phase, group, volume, length, attributes: makeAttributes(words)});
	},
});

/** hasmit's own: an application on this node opening, closing, reading and writing a volume. */
const hasmitVxio = defineCommand({
	name: 'hasmit_vxio',
	dirs: ['/usr/lpp/hasmit/bin'],
	summary: 'Simulates an application on this node using a volume: open or close it, and read or write blocks (vxstat counts them).',
	synopsis: '-g diskgroup [-o open|close] [-r reads] [-w writes] volume',
	flags: {
		g: {arg: 'diskgroup', help: 'the disk group'},
		o: {arg: 'open|close', values: ['open', 'close'], help: 'open: held open by an application (stopnode waits for it); close: released'},
		r: {arg: 'reads', help: 'read operations to do'},
		w: {arg: 'writes', help: 'write operations to do (needs a write activation mode)'},
	},
	operands: {count: 1, list: [{name: 'volume', help: 'the volume'}]},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const dg = opts.g ?? 'rootdg';
		const volume = args[0]!;
		const count = (value: string | undefined) =>
			value === undefined ? 0 : /^\d{1,7}$/.test(value) ? Number(value) : refuse(m.badLength(ctx.name, value));
		const reads = count(opts.r);
		const writes = count(opts.w);
		if (opts.o === 'open') openVolume(vx, ctx.node, dg, volume, ctx.name);
		if (reads + writes > 0) doIo(vx, ctx.node, dg, volume, reads, writes, ctx.name);
		if (opts.o === 'close') closeVolume(vx, ctx.node, dg, volume, ctx.name);
	},
});

/** hasmit's own: this node loses or regains its path to a disk, and the group's connectivity policy decides. */
const hasmitVxpath = defineCommand({
	name: 'hasmit_vxpath',
	dirs: ['/usr/lpp/hasmit/bin'],
	summary: "Simulates this node losing (fail) or regaining (restore) its path to a disk; the disk group's detach policy decides the outcome.",
	operands: {
		count: 2,
		list: [
			{name: 'fail|restore', help: 'what happens to the path'},
			{name: 'accessname', help: 'the disk'},
		],
	},
	run(ctx, {args}) {
		const vx = vxvmFor(ctx);
		const [what, device = ''] = args;
		if (what !== 'fail' && what !== 'restore') throw new UsageError(m.badOperation(ctx.name, what ?? ''));
		if (!vx.disks[device]?.reach.includes(ctx.node)) refuse(m.noSuchDevice(ctx.name, device));
		setPath(vx, ctx.node, device, what === 'fail');
	},
});

export const volumeCommands = [...vxassist, ...vxvol, ...vxplex, ...vxrecover, ...vxstat, ...hasmitVxio, ...hasmitVxpath, ...hasmitVxtxn];
