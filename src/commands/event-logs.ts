/**
 * HACMP Log Viewing and Management: event summaries (cl_event_summary compiles the summaries of this node's hacmp.out
 * into cl_event_summary.txt, which keeps growing as hacmp.out cycles until removed) and the log file parameters
 * (each node's debug level).
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {HACMP_OUT, readFile, writeFile} from '../cluster/files.js';
import {EVENT_SUMMARY, eventSummaries} from '../cluster/event-scripts/history.js';
import {changeDebugLevel} from '../cluster/event-scripts/configure.js';
import {dcdOf} from '../cluster/config.js';
import {joinColons} from '../menu/colon.js';
import {defineCommand} from '../command/define.js';
import {UTILITIES} from './cluster-state.js';

const clEventSummary = defineCommand({
	name: 'cl_event_summary',
	dirs: [UTILITIES],
	summary: `Views (-v) or saves to a file (-s) the event summaries of this node's hacmp.out, kept in ${EVENT_SUMMARY}, or removes them (-d).`,
	synopsis: '{-v | -s File | -d}',
	flags: {
		v: {help: 'compiles the summaries of hacmp.out and shows every summary kept'},
		s: {arg: 'File', help: 'compiles them and saves every summary kept to File'},
		d: {help: 'removes the event summary history'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if ([opts.v, opts.s !== undefined, opts.d].filter(Boolean).length !== 1) throw new UsageError(`${ctx.name}: give one of -v, -s File or -d.`);
		const node = ctx.state.nodes[ctx.node]!;
		if (opts.d) {
			delete node.files[EVENT_SUMMARY];
			return;
		}
		// Summaries already kept are not added twice: hacmp.out is compiled again from its start each time.
		const kept = readFile(ctx.state, ctx.node, EVENT_SUMMARY) ?? '';
		const fresh = eventSummaries(readFile(ctx.state, ctx.node, HACMP_OUT) ?? '').filter(summary => !kept.includes(summary));
		const all = kept + fresh.join('');
		node.files[EVENT_SUMMARY] = all;
		if (opts.s !== undefined) {
			if (!opts.s.startsWith('/')) refuse(`${ctx.name}: give the file's full path.`);
			writeFile(node, opts.s, all, false);
			ctx.print(`${ctx.name}: event summaries saved to ${opts.s}.`);
		} else ctx.write(all || 'No event summaries are available.\n');
	},
});

const LEVELS = ['high', 'standard'] as const;

const clchlogparam = defineCommand({
	name: 'clchlogparam',
	dirs: [UTILITIES],
	summary: "Sets a node's debug level: high traces every line of its event scripts in hacmp.out (set -x), standard only their messages.",
	synopsis: '-n Node -d high|standard',
	flags: {
		n: {arg: 'Node', required: true, help: 'the cluster node'},
		d: {arg: 'Level', values: LEVELS, required: true, help: 'high (the default) or standard'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		changeDebugLevel(ctx.state, ctx.node, ctx.name, opts.n, opts.d);
	},
});

const cllslogparam = defineCommand({
	name: 'cllslogparam',
	dirs: [UTILITIES],
	summary: "Shows each node's debug level, or (-c -n Node) one node's in colon format.",
	synopsis: '[-c] [-n Node]',
	readOnly: true,
	flags: {c: {help: 'colon format, as SMIT reads it'}, n: {arg: 'Node', help: 'only this node'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		const nodes = config.nodes.map(n => n.name).filter(n => !opts.n || n === opts.n);
		if (nodes.length === 0) throw new UsageError(`${ctx.name}: ${opts.n} is not a node of this cluster.`);
		const level = (node: string) => (config.standardLogging?.includes(node) ? 'standard' : 'high');
		if (opts.c) ctx.print('#node:debug_level');
		for (const node of nodes) ctx.print(opts.c ? joinColons([node, level(node)]) : `${node.padEnd(20)}${level(node)}`);
	},
});

export const eventLogCommands = [...clEventSummary, ...clchlogparam, ...cllslogparam];
