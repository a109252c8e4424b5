/**
 * Discovery and clcomdES's remote commands: cl_discover (Discover
 * HACMP-related Information from Configured Nodes), clharvest_vg (the disks
 * discovered, for SMIT's F4 lists), and cl_rsh / cl_rcp, which HACMP's own
 * programs use through clcomdES and which refuse use from the shell.
 */
import {clcomdConnect, clcomdRefusal, clcomdRunsAs} from '../cluster/clcomd.js';
import {refuse, UsageError} from '../cluster/errors.js';
import {discover, discoveredDisks, discoveredSerial} from '../cluster/topology/discover.js';
import * as msg from '../cluster/topology/messages.js';
import type {CommandContext} from '../command/registry.js';
import {defineCommand} from '../command/define.js';
import {UTILITIES} from './cluster-state.js';

const clDiscover = defineCommand({
	name: 'cl_discover',
	dirs: [UTILITIES],
	summary:
		'Discovers, from every configured node through clcomdES, its interfaces and /etc/hosts labels (clip_config) and the disks it sees with ' +
		'their PVIDs (clvg_config), for the F4 lists of the configuration dialogs.',
	operands: {count: 0},
	run(ctx) {
		discover(ctx.state, ctx.node, line => ctx.print(line));
	},
});

const clharvestVg = defineCommand({
	name: 'clharvest_vg',
	dirs: [UTILITIES],
	summary:
		"Lists the disks discovery found (clvg_config): each node's /dev/hdiskN with its PVID and volume group; with -d the serial and " +
		'target-mode devices too.',
	flags: {
		d: {
			help:
				'device paths first, one device of one node a line, the serial and target-mode devices then the disks: what the Device Path ' +
				"field's F4 list reads",
		},
		n: {arg: 'NodeName', help: 'only the devices this node has'},
	},
	operands: {count: 0},
	readOnly: true,
	run(ctx, {opts}) {
		if (opts.d)
			for (const {node, device} of discoveredSerial(ctx.state, ctx.node).filter(d => opts.n === undefined || d.node === opts.n))
				ctx.print(`/dev/${device.padEnd(12)}${'serial'.padEnd(18)}${node}`);
		for (const disk of discoveredDisks(ctx.state, ctx.node).filter(d => opts.n === undefined || d.node === opts.n)) {
			if (opts.d) ctx.print(`/dev/${disk.hdisk.padEnd(12)}${disk.pvid}  ${disk.node.padEnd(10)}${disk.vg}`);
			else ctx.print(`${disk.node}:${disk.hdisk}:${disk.pvid}:${disk.vg}`);
		}
	},
});

/** HACMP's programs call cl_rsh and cl_rcp with CL_CALLER set to their own path; a line typed at the shell has none. */
function fromHacmp(ctx: CommandContext): void {
	if (!ctx.env.CL_CALLER) refuse(msg.fromShell(ctx.name));
}

/** The node clcomdES on it takes the connection from this one, or the refusal. */
function connect(ctx: CommandContext, node: string): void {
	if (!ctx.state.nodes[node]) refuse(`${ctx.name}: ${node}: unknown host.`);
	if (!clcomdConnect(ctx.state, node, ctx.node)) refuse(`${ctx.name}: ${clcomdRefusal(ctx.state, node, ctx.node)}`);
}

const clRsh = defineCommand({
	name: 'cl_rsh',
	dirs: [UTILITIES],
	summary:
		"Runs a program on another node through clcomdES, for HACMP's own programs only: those under /usr/es/sbin/cluster run as root, " +
		'any other as nobody, which may look but not change anything.',
	synopsis: 'Node Program [Argument ...]',
	operands: {
		count: [2, 255],
		list: [
			{name: 'Node', help: 'the node to run on'},
			{name: 'Program [Argument ...]', help: 'the program (under /usr/es/sbin/cluster to run as root) and its arguments'},
		],
	},
	run(ctx, {args}) {
		fromHacmp(ctx);
		const [node, program, ...rest] = args as [string, string, ...string[]];
		connect(ctx, node);
		const changes = !(ctx.lookup(program)?.help.readOnly ?? true);
		if (clcomdRunsAs(ctx.state, node, program) === 'nobody' && changes) refuse(msg.notClusterProgram(ctx.name, program, node));
		return ctx.exec([program, ...rest], {node});
	},
});

const clRcp = defineCommand({
	name: 'cl_rcp',
	dirs: [UTILITIES],
	summary: "Copies a file to another node through clcomdES, for HACMP's own programs only.",
	synopsis: 'File Node:File',
	operands: {
		count: 2,
		list: [
			{name: 'File', help: 'the file on this node'},
			{name: 'Node:File', help: 'the node and the path to write'},
		],
	},
	run(ctx, {args}) {
		fromHacmp(ctx);
		const [source, target] = args as [string, string];
		const at = target.indexOf(':');
		if (at <= 0) throw new UsageError(`${ctx.name}: the target is Node:File.`);
		const text = ctx.state.nodes[ctx.node]!.files[source] ?? refuse(`${ctx.name}: ${source}: A file or directory in the path name does not exist.`);
		connect(ctx, target.slice(0, at));
		ctx.state.nodes[target.slice(0, at)]!.files[target.slice(at + 1)] = text;
	},
});

export const topologyDiscoverCommands = [...clDiscover, ...clharvestVg, ...clRsh, ...clRcp];
