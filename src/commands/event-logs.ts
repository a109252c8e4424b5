/**
 * Event summaries (HACMP Log Viewing and Management > View/Save/Remove Event Summaries): cl_event_summary compiles the
 * summaries of this node's hacmp.out into cl_event_summary.txt, which keeps growing as hacmp.out cycles until removed.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {HACMP_OUT, readFile, writeFile} from '../cluster/files.js';
import {EVENT_SUMMARY, eventSummaries} from '../cluster/event-scripts/history.js';
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

export const eventLogCommands = [...clEventSummary];
