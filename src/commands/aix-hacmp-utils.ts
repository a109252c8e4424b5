/**
 * HACMP's small utilities that scripts and administrators call to ask the
 * cluster about its nodes: clgetactivenodes (where cluster services run),
 * clgetaddr (an address that reaches a node) and clhandle (node handles).
 */
import {UsageError, refuse} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {activeNodes, dcdOf} from '../cluster/config.js';
import {UTILITIES} from './cluster-state.js';
import {noAddressFor, nodeNotInCluster} from './aix-messages.js';

/** A node of this node's configuration, or refused. */
function memberNode(ctx: CommandContext, name: string): string {
	return dcdOf(ctx.state, ctx.node).nodes.some(n => n.name === name) ? name : refuse(nodeNotInCluster(ctx.name, name));
}

const ODMDIR = {arg: 'odmdir', help: 'the ODM directory to read the configuration from', notSimulated: true} as const;

const clgetactivenodes = defineCommand({
	name: 'clgetactivenodes',
	dirs: [UTILITIES],
	summary: 'Lists the cluster nodes on which cluster services are running, asked through the given node.',
	synopsis: '-n nodename [-o odmdir] [-t timeout] [-q]',
	readOnly: true,
	flags: {
		n: {arg: 'nodename', help: 'the node to ask (a member of the cluster)'},
		o: ODMDIR,
		t: {arg: 'timeout', help: 'seconds to wait for the answer (the simulation answers at once)'},
		q: {help: 'prints nothing: the exit code says whether any node is active'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.n === undefined) throw new UsageError('');
		memberNode(ctx, opts.n);
		const active = activeNodes(ctx.state);
		if (!opts.q) for (const node of active) ctx.print(node);
		return active.length > 0 ? 0 : 1;
	},
});

const clgetaddr = defineCommand({
	name: 'clgetaddr',
	dirs: [UTILITIES],
	summary: "Prints an IP address that reaches a node: its persistent label's, else a boot address up on one of its interfaces.",
	synopsis: '[-o odmdir] nodename',
	readOnly: true,
	flags: {o: ODMDIR},
	operands: {count: 1, list: [{name: 'nodename', help: 'the cluster node to reach'}]},
	run(ctx, {args}) {
		const node = memberNode(ctx, args[0]!);
		const config = dcdOf(ctx.state, ctx.node);
		const up = new Set(
			Object.values(ctx.state.nodes[node]!.interfaces)
				.filter(i => i.up)
				.flatMap(i => i.addresses),
		);
		const labels = Object.values(config.ipLabels).filter(l => l.node === node && up.has(l.label));
		const best = labels.find(l => l.role === 'persistent') ?? labels.find(l => l.role === 'boot') ?? refuse(noAddressFor(ctx.name, node));
		ctx.print(best.address);
	},
});

const clhandle = defineCommand({
	name: 'clhandle',
	dirs: [UTILITIES],
	summary: "Prints a node's handle (its number in the cluster) and name: this node's, a named one's or every node's.",
	synopsis: '[-a] [-c] [-h handle | -n nodename]',
	readOnly: true,
	flags: {
		a: {help: 'every node of the cluster'},
		c: {help: 'the cluster ID and name instead'},
		h: {arg: 'handle', help: 'the node with this handle'},
		n: {arg: 'nodename', help: 'the node with this name'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		if (opts.c) return ctx.print(`${config.cluster.id} ${config.cluster.name}`);
		const handles = config.nodes.map((n, i) => [i + 1, n.name] as const);
		const chosen = opts.a
			? handles
			: handles.filter(([handle, name]) =>
					opts.h !== undefined ? String(handle) === opts.h : name === (opts.n === undefined ? ctx.node : memberNode(ctx, opts.n)),
				);
		if (chosen.length === 0) refuse(nodeNotInCluster(ctx.name, opts.h ?? ctx.node));
		for (const [handle, name] of chosen) ctx.print(`${handle} ${name}`);
	},
});

export const hacmpUtilityCommands = [...clgetactivenodes, ...clgetaddr, ...clhandle];
