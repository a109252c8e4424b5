/** The AIX error log: errpt reports it, errlogger adds an operator message, errclear removes entries. */
import {dateTime} from '../cluster/clock.js';
import {clearErrors, errorLogOf, logOperatorMessage, type ErrorLogEntry} from '../cluster/errlog.js';
import {UsageError} from '../cluster/errors.js';
import type {DeepReadonly} from '../cluster/readonly.js';
import type {ClusterState} from '../cluster/state.js';
import {defineCommand} from '../command/define.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** errpt's TIMESTAMP column: mmddHHMMyy. */
function stamp(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCFullYear() % 100)}`;
}

/** The node's machine id as uname -m prints it: from its rootvg disk's PVID, whose first digits are the machine's. */
function machineId(state: DeepReadonly<ClusterState>, node: string): string {
	const pvid = state.nodes[node]!.lvm.volumeGroups.rootvg?.pvids[0] ?? '00000000';
	return `${pvid.slice(0, 8).toUpperCase()}4C00`;
}

/** errpt -a's report of one entry. */
export function detailed(state: DeepReadonly<ClusterState>, node: string, entry: DeepReadonly<ErrorLogEntry>): string[] {
	const section = (title: string, lines: readonly string[] | undefined, indent = '') =>
		lines ? ['', `${indent}${title}`, ...lines.map(l => `${indent}${l}`)] : [];
	return [
		'-'.repeat(75),
		`LABEL:\t\t${entry.label}`,
		`IDENTIFIER:\t${entry.identifier}`,
		'',
		`Date/Time:       ${dateTime(entry.at)}`,
		`Sequence Number: ${entry.sequence}`,
		`Machine Id:      ${machineId(state, node)}`,
		`Node Id:         ${node}`,
		`Class:           ${entry.class}`,
		`Type:            ${entry.type}`,
		`Resource Name:   ${entry.resource}`,
		'',
		'Description',
		entry.description,
		...section('Probable Causes', entry.causes),
		...section('User Causes', entry.userCauses),
		...section('Recommended Actions', entry.actions, '\t'),
		...section('Detail Data', entry.detailTitle === undefined ? undefined : [entry.detailTitle, ...(entry.detail ?? [])]),
	];
}

const errpt = defineCommand({
	name: 'errpt',
	dirs: ['/usr/bin'],
	summary: "Reports the node's error log: a line per entry, newest first, or (-a) every entry in detail.",
	synopsis: '[-a] [-l SequenceNumber] [-J Label[,Label...]] [-N ResourceName[,ResourceName...]]',
	readOnly: true,
	flags: {
		a: {help: 'a detailed report of each entry'},
		l: {arg: 'SequenceNumber', help: 'only the entry with this sequence number (what errdemon passes a notify method as $1)'},
		J: {arg: 'Label', help: 'only the entries with these labels (comma separated)'},
		N: {arg: 'ResourceName', help: 'only the entries of these resources (comma separated)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const labels = opts.J?.split(',');
		const resources = opts.N?.split(',');
		const entries = errorLogOf(ctx.state, ctx.node)
			.filter(e => (!labels || labels.includes(e.label)) && (!resources || resources.includes(e.resource)))
			.filter(e => opts.l === undefined || String(e.sequence) === opts.l)
			.reverse();
		if (opts.a) {
			for (const entry of entries) for (const line of detailed(ctx.state, ctx.node, entry)) ctx.print(line);
			return;
		}
		if (entries.length === 0) return;
		ctx.print('IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION');
		for (const e of entries) ctx.print(`${e.identifier.padEnd(11)}${stamp(e.at)} ${e.type[0]} ${e.class} ${e.resource.padEnd(14)} ${e.description}`);
	},
});

const errlogger = defineCommand({
	name: 'errlogger',
	dirs: ['/usr/bin'],
	summary: 'Logs an operator message (label OPMSG) in the error log, as scripts do to leave a trace errpt shows.',
	operands: {count: 1, list: [{name: 'Message', help: 'the message, up to 1024 characters'}]},
	run(ctx, {args}) {
		const message = args[0]!;
		if (message.length > 1024) throw new UsageError(`${ctx.name}: the message is longer than 1024 characters.`);
		logOperatorMessage(ctx.state, ctx.node, message);
	},
});

const errclear = defineCommand({
	name: 'errclear',
	dirs: ['/usr/bin'],
	summary: 'Removes the error log entries older than a number of days (0 removes them all).',
	operands: {count: 1, list: [{name: 'Days', help: 'entries older than this many days are removed; 0 removes every entry'}]},
	run(ctx, {args}) {
		if (!/^\d+$/.test(args[0]!)) throw new UsageError(`${ctx.name}: ${args[0]} is not a number of days.`);
		clearErrors(ctx.state, ctx.node, Number(args[0]));
	},
});

export const errorLogCommands = [...errpt, ...errlogger, ...errclear];
