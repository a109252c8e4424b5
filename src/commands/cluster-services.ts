/**
 * Starting and stopping cluster services: rc.cluster (local) and the C-SPOC
 * cl_rc.cluster, clstop (local) and the C-SPOC cl_clstop. SMIT's clstart and
 * clstop dialogs run the C-SPOC forms through fix_args.
 */
import {CommandError, UsageError} from '../cluster/errors.js';
import {getopt, type ParsedOptions} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {startServices, stopServices, type StartOptions, type StopOptions, type When} from '../cluster/services.js';
import {CSPOC_DIR, commandLine, cspocLog, cspocNodes, nodePrinter} from './cspoc.js';
import {printServiceStatus} from './src.js';

const START_USAGE = '[-boot] [-b] [-i | -I] [-N | -R | -B] [-M | -A] [-r] [-v] [-x] [-C yes|interactive]';
const START_SPEC = {flags: 'bNRBMAiIrvxC:f', words: ['boot', 'cspoc:'], operands: 0};
const STOP_USAGE = '{-f | -g | -gr} [-s] [-y] [-N | -R | -B]';
const STOP_SPEC = {flags: 'fgrsyNRB', words: ['cspoc:'], operands: 0};

function when(ctx: CommandContext, parsed: ParsedOptions): When {
	const chosen = (['N', 'R', 'B'] as const).filter(f => parsed.opts[f]);
	if (chosen.length > 1) throw new UsageError(`${ctx.name}: only one of -N, -R and -B may be given.`);
	return chosen[0] === 'R' ? 'restart' : chosen[0] === 'B' ? 'both' : 'now';
}

function startOptions(ctx: CommandContext, parsed: ParsedOptions): StartOptions {
	const {opts} = parsed;
	if (opts.M && opts.A) throw new UsageError(`${ctx.name}: -M and -A cannot be used together.`);
	if (opts.i && opts.I) throw new UsageError(`${ctx.name}: -i and -I cannot be used together.`);
	const correct = opts.C === undefined ? 'interactive' : String(opts.C).toLowerCase();
	if (correct !== 'yes' && correct !== 'no' && correct !== 'interactive') throw new UsageError(`${ctx.name}: -C takes yes or interactive, not ${String(opts.C)}.`);
	return {
		when: when(ctx, parsed),
		manage: !opts.M,
		broadcast: Boolean(opts.b),
		clinfo: opts.I ? 'traps' : opts.i ? 'yes' : 'no',
		ignoreVerification: Boolean(opts.v),
		correct,
		keep: change => ctx.keepOnFailure(change),
	};
}

function stopOptions(ctx: CommandContext, parsed: ParsedOptions): StopOptions {
	const {opts} = parsed;
	if (opts.f && opts.g) throw new UsageError(`${ctx.name}: -f cannot be used with -g or -gr.`);
	if (opts.r && !opts.g) throw new UsageError(`${ctx.name}: -r is only valid as -gr.`);
	if (!opts.f && !opts.g) throw new UsageError(`${ctx.name}: choose a shutdown mode: -g (graceful), -gr (graceful with takeover) or -f (forced).`);
	return {when: when(ctx, parsed), mode: opts.f ? 'forced' : opts.r ? 'takeover' : 'graceful', broadcast: !opts.s};
}

/** Refuse up front when a node is already in the wanted state, so a C-SPOC run changes nothing. */
function checkNodes(ctx: CommandContext, nodes: string[], wantActive: boolean, when: When): void {
	if (when === 'restart') return;
	const wrong = nodes.filter(n => (ctx.state.nodes[n]!.acd !== null) === wantActive);
	if (wrong.length === 0) return;
	const list = wrong.join(', ');
	throw new CommandError(
		wantActive
			? `${ctx.name}: Cluster services are already active on ${list}. Nothing was started.`
			: `${ctx.name}: Cluster services are not active on ${list}. Nothing was stopped.`,
	);
}

const rcCluster: Command = {
	name: 'rc.cluster',
	dir: '/usr/es/sbin/cluster/etc',
	usage: `Usage: rc.cluster ${START_USAGE}`,
	run(ctx) {
		const options = startOptions(ctx, getopt(ctx.name, ctx.argv.slice(1), {flags: 'bNRBMAiIrvxC:', words: ['boot'], operands: 0}));
		checkNodes(ctx, [ctx.node], true, options.when);
		startServices(ctx.state, ctx.node, options, line => ctx.print(line));
		if (options.when !== 'restart') printServiceStatus(ctx, ctx.node);
	},
};

const clRcCluster: Command = {
	name: 'cl_rc.cluster',
	dir: CSPOC_DIR,
	usage: `Usage: cl_rc.cluster [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] ${START_USAGE}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), START_SPEC);
		const options = {...startOptions(ctx, parsed), verified: new Set<string>()};
		const {nodes} = cspocNodes(ctx, parsed.opts.cspoc);
		checkNodes(ctx, nodes, true, options.when);
		const record = [commandLine(ctx)];
		for (const node of nodes) startServices(ctx.state, node, options, nodePrinter(ctx, node, record));
		cspocLog(ctx, record);
		if (options.when !== 'restart') printServiceStatus(ctx, ctx.node);
	},
};

const clstop: Command = {
	name: 'clstop',
	dir: '/usr/es/sbin/cluster/utilities',
	usage: `Usage: clstop ${STOP_USAGE}`,
	run(ctx) {
		const options = stopOptions(ctx, getopt(ctx.name, ctx.argv.slice(1), {flags: 'fgrsyNRB', operands: 0}));
		checkNodes(ctx, [ctx.node], false, options.when);
		stopServices(ctx.state, ctx.node, options, line => ctx.print(line));
		if (options.when !== 'restart') printServiceStatus(ctx, ctx.node);
	},
};

const clClstop: Command = {
	name: 'cl_clstop',
	dir: CSPOC_DIR,
	usage: `Usage: cl_clstop [-cspoc "[-f] [-n NodeList | -g ResourceGroup]"] ${STOP_USAGE}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), STOP_SPEC);
		const options = stopOptions(ctx, parsed);
		const {nodes} = cspocNodes(ctx, parsed.opts.cspoc);
		checkNodes(ctx, nodes, false, options.when);
		const record = [commandLine(ctx)];
		for (const node of nodes) stopServices(ctx.state, node, options, nodePrinter(ctx, node, record));
		cspocLog(ctx, record);
		if (options.when !== 'restart') printServiceStatus(ctx, ctx.node);
	},
};

export const clusterServiceCommands: Command[] = [rcCluster, clRcCluster, clstop, clClstop];
