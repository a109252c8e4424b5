/**
 * Faults, injected as an administrator causes them where AIX has a command
 * (halt -q, reboot -q; ifconfig, kill and stopsrc live with their families)
 * and otherwise by hasmit_fault, the simulator's own command under
 * /usr/lpp/hasmit/bin (not AIX, not HACMP): power a node off and on, pull an
 * adapter's cable, cut a network, partition the cluster, fail disks or a
 * whole storage box, and list what is broken now.
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {dateTime} from '../cluster/clock.js';
import {nextDetection} from '../cluster/failure/detect.js';
import {heal, partition, setCable, setNetworkCut, switchOff, switchOn} from '../cluster/failure/inject.js';
import {SIMULATION_BIN} from '../cluster/failure/model.js';
import {powerOff, powerOn} from '../cluster/failure/node.js';

const SYNOPSIS = `list [interfaces]
       hasmit_fault node off|on Node
       hasmit_fault adapter unplug|plug Node Interface
       hasmit_fault network cut|restore Network
       hasmit_fault partition Node[,Node...] Node[,Node...] ...
       hasmit_fault heal
       hasmit_fault disk fail|repair hdiskN...
       hasmit_fault storage fail|repair ArrayName
  Simulation only, not an AIX or HACMP command: breaks and repairs what the
  cluster runs on. The cluster notices as the real one does, when the
  keep-alives stop (one failure detection time later).`;

/** What is broken now, one line each. */
function listFaults(ctx: CommandContext): void {
	const faults = ctx.state.faults;
	const lines = [
		...(faults?.poweredOff ?? []).map(node => `node      ${node.padEnd(24)}powered off`),
		...(faults?.unplugged ?? []).map(key => `adapter   ${key.replace(':', ' ').padEnd(24)}cable unplugged`),
		...Object.entries(ctx.state.nodes).flatMap(([node, n]) =>
			Object.entries(n.interfaces)
				.filter(([, itf]) => !itf.up && !faults?.poweredOff.includes(node))
				.map(([iface]) => `adapter   ${`${node} ${iface}`.padEnd(24)}down (ifconfig)`),
		),
		...(faults?.cutNetworks ?? []).map(net => `network   ${net.padEnd(24)}cut`),
		...(faults?.partition ? [`partition ${faults.partition.map(side => side.join(',')).join(' | ')}`] : []),
		...Object.values(ctx.state.disks)
			.filter(disk => disk.failed)
			.map(disk => `disk      ${(disk.paths[ctx.node] ?? disk.pvid).padEnd(24)}failed${disk.raidArray ? ` (storage ${disk.raidArray})` : ''}`),
		...(faults?.splitBrain ? [`SPLIT BRAIN: ${faults.splitBrain.map(side => side.join(',')).join(' | ')} each run the others' resource groups`] : []),
	];
	if (lines.length === 0) ctx.print('Nothing is broken.');
	for (const line of lines) ctx.print(line);
	const next = nextDetection(ctx.state);
	if (next !== undefined) ctx.print(`Topology Services notices the last change at ${dateTime(next)}.`);
}

const hasmitFault = defineCommand({
	name: 'hasmit_fault',
	dirs: [SIMULATION_BIN],
	summary: 'Simulation only: breaks and repairs nodes, adapters, networks, disks and storage, and lists what is broken.',
	synopsis: SYNOPSIS,
	operands: {
		list: [
			{name: 'Object', help: 'list, node, adapter, network, partition, heal, disk or storage'},
			{name: 'Action', help: 'off|on (node), unplug|plug (adapter), cut|restore (network), fail|repair (disk, storage)'},
			{name: 'Name...', help: 'what it acts on: a node, a node and an interface, a network, the sides of a partition, disks or a storage box'},
		],
	},
	run(ctx, {args: [object, ...rest]}) {
		const state = ctx.state;
		const [action, ...names] = rest;
		const pick = <T extends string>(one: T, other: T) => (action === one || action === other ? action : undefined);
		if (object === 'list' && rest.length === 0) return listFaults(ctx);
		if (object === 'list' && action === 'interfaces' && names.length === 0) {
			// SMIT's F4 list: each interface name once, with the nodes that have it.
			const owners = new Map<string, string[]>();
			for (const [node, n] of Object.entries(state.nodes))
				for (const iface of Object.keys(n.interfaces)) owners.set(iface, [...(owners.get(iface) ?? []), node]);
			for (const [iface, nodes] of owners) ctx.print(`${iface.padEnd(8)}${nodes.join(' ')}`);
			return;
		}
		if (object === 'heal' && rest.length === 0) return heal(state, ctx.name);
		if (object === 'partition' && rest.length >= 2) {
			partition(
				state,
				ctx.name,
				rest.map(side => side.split(',').filter(Boolean)),
			);
			return ctx.print(`The cluster is partitioned: ${rest.join(' | ')}. IP keep-alives no longer cross between the sides.`);
		}
		if (object === 'node' && pick('off', 'on') && names.length === 1) {
			const node = names[0]!;
			if (action === 'off') {
				switchOff(state, ctx.name, node);
				return ctx.print(`${node} is powered off.`);
			}
			return switchOn(state, ctx.name, node, line => ctx.print(line));
		}
		if (object === 'adapter' && pick('unplug', 'plug') && names.length === 2) {
			setCable(state, ctx.name, names[0]!, names[1]!, action === 'plug');
			return ctx.print(`${names[0]} ${names[1]}: cable ${action === 'plug' ? 'plugged back in' : 'unplugged'}.`);
		}
		if (object === 'network' && pick('cut', 'restore') && names.length === 1) {
			setNetworkCut(state, ctx.name, ctx.node, names[0]!, action === 'cut');
			return ctx.print(`Network ${names[0]} ${action === 'cut' ? 'is cut: no keep-alive passes on it' : 'is restored'}.`);
		}
		if (object === 'disk' && pick('fail', 'repair') && names.length > 0) return ctx.exec([`${SIMULATION_BIN}/hasmit_disk`, action!, ...names]);
		if (object === 'storage' && pick('fail', 'repair') && names.length === 1) {
			const disks = Object.values(state.disks)
				.filter(d => d.raidArray === names[0] && d.paths[ctx.node])
				.map(d => d.paths[ctx.node]!);
			if (disks.length === 0) throw new UsageError(`${ctx.name}: no disk of this node belongs to storage ${names[0]} (hasmit_disk raid names them).`);
			return ctx.exec([`${SIMULATION_BIN}/hasmit_disk`, action!, ...disks]);
		}
		throw new UsageError('');
	},
});

const halt = defineCommand({
	name: 'halt',
	dirs: ['/usr/sbin', '/etc'],
	summary: 'Stops the operating system at once, without stopping cluster services: to the cluster, a node failure.',
	flags: {
		l: {help: 'does not log the halt in the system accounting records'},
		n: {help: 'does not sync the file systems first'},
		p: {help: 'halts without powering the machine off'},
		q: {help: 'quick halt: no preparation at all (what a crash test uses)'},
		y: {help: 'halts even from a dial-up line'},
	},
	operands: {count: 0},
	run(ctx) {
		ctx.print('....Halt completed....');
		powerOff(ctx.state, ctx.node);
	},
});

const reboot = defineCommand({
	name: 'reboot',
	dirs: ['/usr/sbin', '/etc'],
	summary: 'Restarts the operating system at once, without stopping cluster services: its peers see a node failure first.',
	flags: {
		l: {help: 'does not log the reboot in the system accounting records'},
		n: {help: 'does not sync the file systems first'},
		q: {help: 'quick reboot: no preparation at all'},
	},
	operands: {count: 0},
	run(ctx) {
		ctx.print('Rebooting . . .');
		powerOff(ctx.state, ctx.node);
		powerOn(ctx.state, ctx.node, line => ctx.print(line));
	},
});

export const faultCommands = [...hasmitFault, ...halt, ...reboot];
