/**
 * The C-SPOC convention every cl_* command shares: `-cspoc "[-f] [-n
 * node,node | -g group]"` picks the nodes (all cluster nodes when absent),
 * the command acts on each in turn, output lines are prefixed with the node
 * name, and the run is recorded in /tmp/cspoc.log on the local node. SMIT's
 * dialogs write `-cspoc-n 'nodes'`, which fix_args turns into that form.
 */
import {nodeNoMachine} from '../cluster/topology/messages.js';
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand, parseArguments} from '../command/define.js';
import {wordsOf, joinWords} from '../command/tokenize.js';
import {cspocArgv, cspocWords} from '../command/cspoc-words.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf} from '../cluster/config.js';
import {clcomdAccepts, clcomdRefusal} from '../cluster/clcomd.js';
import {logTime} from '../cluster/clock.js';
import {appendFile, CSPOC_LOG} from '../cluster/files.js';
import {
	badCspocArgument,
	cspocGroupNotDefined,
	cspocUnknownNodes,
	needsValue,
	noClusterNodes,
	noCommandGiven,
	noNodesGiven,
} from './cspoc-messages.js';

export const CSPOC_DIR = '/usr/es/sbin/cluster/cspoc';

/** The `-cspoc` word every cl_* command declares (spread it into defineCommand's flags); its value goes to cspocNodes. */
export const CSPOC_FLAG = {
	cspoc: {
		arg: '"[-f] [-g ResourceGroup | -n NodeList]"',
		help: 'the C-SPOC options: -n the nodes to run on (all cluster nodes when absent), -g those of a resource group, -f force',
	},
} as const;

/** What the -cspoc value itself takes. */
const CSPOC_OPTIONS = {
	f: {help: 'forces the operation past the checks'},
	n: {arg: 'NodeList', help: 'the nodes to run on, separated by commas'},
	g: {arg: 'ResourceGroup', help: 'the resource group whose participating nodes to run on'},
} as const;

export interface CspocTarget {
	nodes: string[];
	force: boolean;
}

/** Resolve the -cspoc argument to the nodes to act on, in cluster order; each must take C-SPOC's connection. */
export function cspocNodes(ctx: CommandContext, value: string | undefined): CspocTarget {
	const target = chosenNodes(ctx, value);
	// A node named before its machine exists (4.3's clnodename -a) answers nothing.
	const absent = target.nodes.filter(n => !ctx.state.nodes[n]);
	if (absent.length > 0) refuse(absent.map(n => `${ctx.name}: ${nodeNoMachine(n)}`));
	const refused = target.nodes.filter(n => n !== ctx.node && !clcomdAccepts(ctx.state, n, ctx.node));
	if (refused.length > 0) refuse(refused.map(n => `${ctx.name}: ${clcomdRefusal(ctx.state, n, ctx.node)}`));
	return target;
}

function chosenNodes(ctx: CommandContext, value: string | undefined): CspocTarget {
	const config = dcdOf(ctx.state, ctx.node);
	const all = config.nodes.map(n => n.name);
	// C-SPOC works across the cluster's nodes: before the topology is configured it has none.
	if (all.length === 0) refuse(noClusterNodes(ctx.name));
	if (value === undefined) return {nodes: all, force: false};
	const words = wordsOf(value);
	if (!words) throw new UsageError(badCspocArgument(ctx.name, value));
	const {opts, args} = parseArguments(ctx.name, words, CSPOC_OPTIONS);
	if (args.length > 0 || (opts.n && opts.g)) throw new UsageError(badCspocArgument(ctx.name, value));
	if (opts.g !== undefined) {
		const group = config.resourceGroups[opts.g];
		if (!group) refuse(cspocGroupNotDefined(ctx.name, opts.g));
		return {nodes: [...group.nodes], force: opts.f};
	}
	if (opts.n !== undefined) {
		const nodes = opts.n.split(/[,\s]+/).filter(Boolean);
		const unknown = nodes.filter(n => !all.includes(n));
		if (unknown.length > 0) refuse(cspocUnknownNodes(ctx.name, unknown, all));
		if (nodes.length === 0) throw new UsageError(noNodesGiven(ctx.name));
		return {nodes: all.filter(n => nodes.includes(n)), force: opts.f};
	}
	return {nodes: all, force: opts.f};
}

/** Record a C-SPOC command in the local node's /tmp/cspoc.log. */
export function cspocLog(ctx: CommandContext, lines: readonly string[]): void {
	const node = ctx.state.nodes[ctx.node];
	if (!node) return;
	appendFile(node, CSPOC_LOG, lines.map(line => `${logTime(ctx.state.clock)} ${ctx.node}: ${line}\n`).join(''));
}

/** A printer that prefixes each line with the node it came from, as C-SPOC shows remote output. */
export function nodePrinter(ctx: CommandContext, node: string, record: string[]): (line: string) => void {
	return line => {
		const text = `${node}: ${line}`;
		record.push(text);
		ctx.print(text);
	};
}

/** fix_args: turn SMIT's `-cspoc-n 'a,b'` / `-cspoc-g rg` / `-cspoc-f` into `-cspoc "-n a,b"` and run the command. */
const fixArgs = defineCommand({
	name: 'fix_args',
	dirs: [CSPOC_DIR],
	summary: "Runs a C-SPOC command with SMIT's -cspoc-n, -cspoc-g and -cspoc-f arguments turned into its -cspoc option.",
	synopsis: 'Operation Command [Arguments...]',
	operands: {
		list: [
			{name: 'Operation', help: 'the C-SPOC operation SMIT names (not used)'},
			{name: 'Command', help: 'the C-SPOC command to run'},
			{name: '[Arguments...]', help: "the command's arguments; -cspoc-n Nodes, -cspoc-g Group and -cspoc-f become its -cspoc option"},
		],
	},
	run(ctx, {args: operands}) {
		const [, command, ...rest] = operands;
		if (!command) throw new UsageError(noCommandGiven(ctx.name));
		const words = cspocWords(rest);
		if (words.missing) throw new UsageError(needsValue(ctx.name, words.missing));
		const argv = cspocArgv(command, words);
		return ctx.exec(argv);
	},
});

export const cspocHelpers: Command[] = fixArgs;

/** The command line a C-SPOC command records, quoted for a shell. */
export const commandLine = (ctx: CommandContext) => joinWords(ctx.argv);
