/**
 * Starting and stopping cluster services: rc.cluster (local) and the C-SPOC
 * cl_rc.cluster, clstop (local) and the C-SPOC cl_clstop. SMIT's clstart and
 * clstop dialogs run the C-SPOC forms through fix_args.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand, type Options} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {startServices, stopServices, type StartOptions, type StopOptions, type When} from '../cluster/services.js';
import {
	alreadyActiveOnNodes,
	chooseShutdownMode,
	flagsExclusive,
	forcedWithGraceful,
	notActiveOnNodes,
	onlyOneWhen,
	takeoverOnlyAsGr,
} from '../cluster/services-messages.js';
import {CSPOC_DIR, CSPOC_FLAG, commandLine, cspocLog, cspocNodes, nodePrinter} from './cspoc.js';
import {printServiceStatus} from './src.js';

/** -N, -R, -B: when the change takes effect (both start and stop take them). */
const WHEN = {
	N: {help: 'now, without changing /etc/inittab'},
	R: {help: 'at system restart only: changes the hacmp entry in /etc/inittab'},
	B: {help: 'both now and at system restart'},
} as const;

const START_FLAGS = {
	boot: {help: 'configures the service interfaces on their boot addresses when IP address takeover is enabled'},
	b: {help: 'broadcasts the startup to the users of the node (wall)'},
	i: {help: 'starts the cluster information daemon (clinfoES) with its default options'},
	I: {help: 'starts clinfoES with cluster event traps enabled'},
	...WHEN,
	r: {help: 'reacquires the cluster resources after a forced stop'},
	x: {help: 'activates NFS cross-mounts'},
} as const;
// Managing groups manually (-M, -A), ignoring verification errors (-v) and correcting them (-C) came with HACMP 5.4.
const START_USAGE = '[-boot] [-b] [-i | -I] [-N | -R | -B] [-r] [-x]';

const STOP_FLAGS = {
	f: {help: 'forced: stops the daemons and leaves the resource groups and applications running, unmanaged'},
	g: {help: 'graceful: releases the resource groups, no other node takes them over'},
	r: {help: 'with -g (-gr): graceful with takeover, another node acquires the resource groups'},
	s: {help: 'silent: does not broadcast the shutdown to the users of the node'},
	y: {help: 'does not ask for confirmation'},
	...WHEN,
} as const;
const STOP_USAGE = '{-f | -g | -gr} [-s] [-y] [-N | -R | -B]';

function when(ctx: CommandContext, opts: Options<typeof WHEN>): When {
	const chosen = (['N', 'R', 'B'] as const).filter(f => opts[f]);
	if (chosen.length > 1) throw new UsageError(onlyOneWhen(ctx.name));
	return chosen[0] === 'R' ? 'restart' : chosen[0] === 'B' ? 'both' : 'now';
}

function startOptions(ctx: CommandContext, opts: Options<typeof START_FLAGS>): StartOptions {
	if (opts.i && opts.I) throw new UsageError(flagsExclusive(ctx.name, 'i', 'I'));
	return {
		when: when(ctx, opts),
		broadcast: opts.b,
		clinfo: opts.I ? 'traps' : opts.i ? 'yes' : 'no',
		keep: change => ctx.keepOnFailure(change),
	};
}

function stopOptions(ctx: CommandContext, opts: Options<typeof STOP_FLAGS>): StopOptions {
	if (opts.f && opts.g) throw new UsageError(forcedWithGraceful(ctx.name));
	if (opts.r && !opts.g) throw new UsageError(takeoverOnlyAsGr(ctx.name));
	if (!opts.f && !opts.g) throw new UsageError(chooseShutdownMode(ctx.name));
	return {when: when(ctx, opts), mode: opts.f ? 'forced' : opts.r ? 'takeover' : 'graceful', broadcast: !opts.s};
}

type Change = (node: string, print: (line: string) => void) => void;

/**
 * Start or stop on the local node, or through C-SPOC on the chosen nodes (each
 * line prefixed with its node, the run logged in cspoc.log). Refused up front
 * when a node is already in the wanted state, so a C-SPOC run changes nothing.
 */
function onNodes(ctx: CommandContext, cspoc: string[] | undefined, wantActive: boolean, when: When, change: Change): void {
	const nodes = cspoc ?? [ctx.node];
	const wrong = when === 'restart' ? [] : nodes.filter(n => (ctx.state.nodes[n]!.acd !== null) === wantActive);
	if (wrong.length > 0) refuse(wantActive ? alreadyActiveOnNodes(ctx.name, wrong) : notActiveOnNodes(ctx.name, wrong));
	if (cspoc) {
		const record = [commandLine(ctx)];
		for (const node of cspoc) change(node, nodePrinter(ctx, node, record));
		cspocLog(ctx, record);
	} else change(ctx.node, line => ctx.print(line));
	if (when !== 'restart') printServiceStatus(ctx, ctx.node);
}

const rcCluster = defineCommand({
	name: 'rc.cluster',
	dirs: ['/usr/es/sbin/cluster/etc'],
	summary: 'Starts cluster services on the local node, now, at system restart or both.',
	synopsis: START_USAGE,
	flags: START_FLAGS,
	operands: {count: 0},
	run(ctx, {opts}) {
		const options = startOptions(ctx, opts);
		onNodes(ctx, undefined, true, options.when, (node, print) => startServices(ctx.state, node, options, print));
	},
});

const clRcCluster = defineCommand({
	name: 'cl_rc.cluster',
	dirs: [CSPOC_DIR],
	summary: 'Starts cluster services on the chosen cluster nodes (C-SPOC), verifying the configuration once for all of them.',
	synopsis: `[-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] ${START_USAGE}`,
	flags: {...CSPOC_FLAG, ...START_FLAGS, f: {help: 'forced start: the daemons start although local procedures run (hasmit starts as without it)'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		const options = {...startOptions(ctx, opts), verified: new Set<string>()};
		onNodes(ctx, cspocNodes(ctx, opts.cspoc).nodes, true, options.when, (node, print) => startServices(ctx.state, node, options, print));
	},
});

const clstop = defineCommand({
	name: 'clstop',
	dirs: ['/usr/es/sbin/cluster/utilities'],
	summary: 'Stops cluster services on the local node: graceful, graceful with takeover, or forced.',
	synopsis: STOP_USAGE,
	flags: STOP_FLAGS,
	operands: {count: 0},
	run(ctx, {opts}) {
		const options = stopOptions(ctx, opts);
		onNodes(ctx, undefined, false, options.when, (node, print) => stopServices(ctx.state, node, options, print));
	},
});

const clClstop = defineCommand({
	name: 'cl_clstop',
	dirs: [CSPOC_DIR],
	summary: 'Stops cluster services on the chosen cluster nodes (C-SPOC).',
	synopsis: `[-cspoc "[-f] [-n NodeList | -g ResourceGroup]"] ${STOP_USAGE}`,
	flags: {...CSPOC_FLAG, ...STOP_FLAGS},
	operands: {count: 0},
	run(ctx, {opts}) {
		const options = stopOptions(ctx, opts);
		onNodes(ctx, cspocNodes(ctx, opts.cspoc).nodes, false, options.when, (node, print) => stopServices(ctx.state, node, options, print));
	},
});

export const clusterServiceCommands = [...rcCluster, ...clRcCluster, ...clstop, ...clClstop];
