/**
 * The C-SPOC convention every cl_* command shares: `-cspoc "[-f] [-n
 * node,node | -g group]"` picks the nodes (all cluster nodes when absent),
 * the command acts on each in turn, output lines are prefixed with the node
 * name, and the run is recorded in /tmp/cspoc.log on the local node. SMIT's
 * dialogs write `-cspoc-n 'nodes'`, which fix_args turns into that form.
 */
import {CommandError, UsageError} from '../command/errors.js';
import {getopt} from '../command/getopt.js';
import {wordsOf, joinWords} from '../command/tokenize.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf} from '../cluster/config.js';
import {clcomdAccepts, clcomdRefusal} from '../cluster/clcomd.js';
import {logTime} from '../cluster/clock.js';
import {appendFile, CSPOC_LOG} from '../cluster/files.js';

export const CSPOC_DIR = '/usr/es/sbin/cluster/cspoc';

export interface CspocTarget {
	nodes: string[];
	force: boolean;
}

/** Resolve the -cspoc argument to the nodes to act on, in cluster order; each must take C-SPOC's connection. */
export function cspocNodes(ctx: CommandContext, value: string | true | undefined): CspocTarget {
	const target = chosenNodes(ctx, value);
	const refused = target.nodes.filter(n => n !== ctx.node && !clcomdAccepts(ctx.state, n, ctx.node));
	if (refused.length > 0) throw new CommandError(refused.map(n => `${ctx.name}: ${clcomdRefusal(n, ctx.node)}`).join('\n'));
	return target;
}

function chosenNodes(ctx: CommandContext, value: string | true | undefined): CspocTarget {
	const config = dcdOf(ctx.state, ctx.node);
	const all = config.nodes.map(n => n.name);
	if (value === undefined || value === true) return {nodes: all, force: false};
	const words = wordsOf(value);
	const {opts, args} = getopt(ctx.name, words ?? [], {flags: 'fn:g:'});
	if (!words || args.length > 0 || (opts.n && opts.g)) throw new UsageError(`${ctx.name}: the -cspoc argument "${value}" is not valid.`);
	if (typeof opts.g === 'string') {
		const group = config.resourceGroups[opts.g];
		if (!group) throw new CommandError(`${ctx.name}: Resource group ${opts.g} is not defined in the cluster configuration.`);
		return {nodes: group.nodes, force: Boolean(opts.f)};
	}
	if (typeof opts.n === 'string') {
		const nodes = opts.n.split(/[,\s]+/).filter(Boolean);
		const unknown = nodes.filter(n => !all.includes(n));
		if (unknown.length > 0) {
			throw new CommandError(`${ctx.name}: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a cluster node' : 'are not cluster nodes'}. The cluster nodes are: ${all.join(', ')}.`);
		}
		if (nodes.length === 0) throw new UsageError(`${ctx.name}: no node names were given with -n.`);
		return {nodes: all.filter(n => nodes.includes(n)), force: Boolean(opts.f)};
	}
	return {nodes: all, force: Boolean(opts.f)};
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
const fixArgs: Command = {
	name: 'fix_args',
	dir: CSPOC_DIR,
	usage: 'Usage: fix_args Operation Command [Arguments...]',
	run(ctx) {
		const [, , command, ...rest] = ctx.argv;
		if (!command) throw new UsageError('fix_args: no command was given.');
		const cspoc: string[] = [];
		const args: string[] = [];
		for (let i = 0; i < rest.length; i++) {
			const arg = rest[i]!;
			const match = /^-cspoc-([ngf])$/.exec(arg);
			if (!match) {
				args.push(arg);
				continue;
			}
			if (match[1] === 'f') cspoc.push('-f');
			else {
				const value = rest[++i];
				if (value === undefined) throw new UsageError(`fix_args: ${arg} needs a value.`);
				cspoc.push(`-${match[1]} ${value}`);
			}
		}
		const argv = cspoc.length > 0 ? [command, '-cspoc', cspoc.join(' '), ...args] : [command, ...args];
		return ctx.exec(argv);
	},
};

export const cspocHelpers: Command[] = [fixArgs];

/** The command line a C-SPOC command records, quoted for a shell. */
export const commandLine = (ctx: CommandContext) => joinWords(ctx.argv);
