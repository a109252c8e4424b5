/**
 * HACMP Error Notification: clerrnotify adds, changes, removes and lists this node's errnotify objects, the AIX error
 * notification methods errdemon runs when a matching entry is logged (src/cluster/errnotify.ts). They are per node.
 */
import {addAutomaticMethods, configuredMethods, DIAG_DIR, removeAutomaticMethods} from '../cluster/auto-errnotify.js';
import {dateTime} from '../cluster/clock.js';
import {SINCE_5} from '../cluster/release/index.js';
import {activeNodes} from '../cluster/config.js';
import {errorLogOf, errorTemplate, logError} from '../cluster/errlog.js';
import type {DeepReadonly} from '../cluster/readonly.js';
import {refuse, UsageError} from '../cluster/errors.js';
import {appendFile, HACMP_OUT} from '../cluster/files.js';
import {stopServices} from '../cluster/services.js';
import {servicesRunning} from '../cluster/topology/messages.js';
import type {CommandContext} from '../command/registry.js';
import {notifyObjectsOf, putNotify, removeNotify, type ErrNotify} from '../cluster/errnotify.js';
import {joinColons} from '../menu/colon.js';
import {defineCommand} from '../command/define.js';
import {UTILITIES} from './cluster-state.js';
import {detailed} from './errpt.js';

const CLASSES = ['All', 'H', 'S', 'O', 'U'] as const;
const TYPES = ['All', 'PERM', 'TEMP', 'PERF', 'PEND', 'UNKN', 'INFO'] as const;
/** The fields SMIT discovers, in its order; an empty criterion is shown as All. */
const FIELDS = ['en_name', 'en_persistenceflg', 'en_pid', 'en_class', 'en_type', 'en_label', 'en_resource', 'en_method'] as const;

const clerrnotify = defineCommand({
	name: 'clerrnotify',
	dirs: [UTILITIES],
	summary:
		"Adds (-a), changes (-c), removes (-r), lists (-l, or -s Name in colon format) this node's error notification methods, or emulates " +
		'(-e) the error log entry one of them waits for.',
	synopsis: '{-a | -c} -n Name -m Method [-p 0|1] [-P Pid] [-C Class] [-T Type] [-L Label] [-R Resource] | {-r | -e} -n Name | -l | -s Name',
	flags: {
		a: {help: 'adds a notify method'},
		e: {help: "emulates an entry with the notify method Name's error label and resource: errdemon runs every method it matches"},
		c: {help: 'changes the notify method Name'},
		r: {help: 'removes the notify method Name'},
		l: {help: 'lists the names of the notify methods'},
		s: {arg: 'Name', help: 'shows the notify method Name in colon format, as SMIT reads it'},
		n: {arg: 'Name', help: 'the notification object name (at most 15 characters)'},
		m: {arg: 'Method', help: 'the command run for a matching entry: $1 sequence number, $2 error ID, ... $9 error label'},
		p: {arg: '0|1', values: ['0', '1'], help: '1: the method persists across system restart'},
		P: {arg: 'Pid', help: 'the process ID for use by the method'},
		C: {arg: 'Class', values: CLASSES, help: 'the error class to match: H hardware, S software, O errlogger, U undetermined, All'},
		T: {arg: 'Type', values: TYPES, help: 'the error type to match: PERM, TEMP, PERF, PEND, UNKN, INFO, All'},
		L: {arg: 'Label', help: 'the error label to match (empty: all)'},
		R: {arg: 'Resource', help: 'the resource name to match (empty: all)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const objects = notifyObjectsOf(ctx.state, ctx.node);
		const named = (name: string) => objects.find(o => o.en_name === name);
		const noMethod = (name: string) => refuse(`${ctx.name}: There is no notify method named ${name} on ${ctx.node}.`);
		if (opts.l) {
			for (const o of objects) ctx.print(o.en_name);
			return;
		}
		if (opts.s !== undefined) {
			const o = named(opts.s) ?? noMethod(opts.s);
			ctx.print(`#${FIELDS.join(':')}`);
			ctx.print(joinColons(FIELDS.map(f => String(o[f] === '' && (f === 'en_class' || f === 'en_type') ? 'All' : o[f]))));
			return;
		}
		if ([opts.a, opts.c, opts.r, opts.e].filter(Boolean).length !== 1 || !opts.n)
			throw new UsageError(`${ctx.name}: give one of -a, -c, -r or -e, with -n Name.`);
		if (opts.e) {
			emulate(ctx, named(opts.n) ?? noMethod(opts.n));
			return;
		}
		if (opts.r) {
			if (!removeNotify(ctx.state, ctx.node, opts.n)) noMethod(opts.n);
			return;
		}
		if (opts.n.length > 15 || !/^\S+$/.test(opts.n))
			refuse(`${ctx.name}: ${opts.n}: a notification object name is one word of at most 15 characters.`);
		const old = named(opts.n);
		if (opts.a && old) refuse(`${ctx.name}: A notify method named ${opts.n} already exists on ${ctx.node}.`);
		if (opts.c && !old) noMethod(opts.n);
		const method = opts.m ?? old?.en_method;
		if (!method?.trim()) throw new UsageError(`${ctx.name}: a notify method (-m) is required.`);
		const pid = Number(opts.P ?? old?.en_pid ?? 0);
		if (!Number.isInteger(pid) || pid < 0) refuse(`${ctx.name}: ${opts.P}: the process ID must be a number.`);
		const criterion = (value: string | undefined, before: string | undefined) => (value === 'All' ? '' : (value ?? before ?? ''));
		const object: ErrNotify = {
			en_pid: pid,
			en_name: opts.n,
			en_persistenceflg: Number(opts.p ?? old?.en_persistenceflg ?? 1),
			en_label: opts.L ?? old?.en_label ?? '',
			en_crcid: 0,
			en_class: criterion(opts.C, old?.en_class),
			en_type: criterion(opts.T, old?.en_type),
			en_alertflg: '',
			en_resource: opts.R ?? old?.en_resource ?? '',
			en_rtype: '',
			en_rclass: '',
			en_method: method,
		};
		putNotify(ctx.state, ctx.node, object);
	},
});

/**
 * Emulate Error Log Entry: an entry with the object's label (its template) and resource is logged, marked as an
 * emulation in its detail data; errdemon then runs the methods it matches, this one among them, for real.
 */
function emulate(ctx: CommandContext, object: DeepReadonly<ErrNotify>): void {
	if (!object.en_label) refuse(`${ctx.name}: The notify method ${object.en_name} names no error label: there is no entry to emulate.`);
	const template =
		errorTemplate(object.en_label) ?? refuse(`${ctx.name}: ${object.en_label}: no error template has this label: there is no entry to emulate.`);
	logError(ctx.state, ctx.node, template, object.en_resource || 'EMULATION', ['EMULATED ERROR LOG ENTRY']);
	ctx.print(`Error log entry ${object.en_label} emulated on ${ctx.node}: errdemon ran the notify methods it matches.`);
}

/**
 * Problem Determination Tools > HACMP Error Notification > Configure Automatic Error Notification: lists, adds or
 * deletes the automatic methods of the cluster's disks on every node (src/cluster/auto-errnotify.ts).
 */
const clErrnotify = defineCommand({
	name: 'cl_errnotify',
	dirs: [DIAG_DIR],
	releases: SINCE_5,
	summary: "Lists (-l), adds (-a) or deletes (-d) the automatic error notify methods of the cluster's disks on every node.",
	synopsis: '-l | -a | -d',
	flags: {
		l: {help: 'lists the automatic error notify methods of every node'},
		a: {help: 'configures them on every node (cl_failover or cl_logerror for each disk); cluster services must be down'},
		d: {help: 'deletes them from every node; cluster services must be down'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if ([opts.l, opts.a, opts.d].filter(Boolean).length !== 1) throw new UsageError(`${ctx.name}: give one of -l, -a or -d.`);
		if (opts.l) {
			for (const node of Object.keys(ctx.state.nodes)) {
				ctx.print(`${node}:`);
				ctx.print(`${node}: ${'HACMP Resource'.padEnd(23)}Error Notify Method`);
				ctx.print(`${node}:`);
				for (const {resource, method} of configuredMethods(ctx.state, node)) ctx.print(`${node}: ${resource.padEnd(23)}${method}`);
			}
			return;
		}
		const active = activeNodes(ctx.state);
		if (active.length > 0) refuse(`${ctx.name}: ${servicesRunning('configure automatic error notification')} (active: ${active.join(', ')})`);
		if (opts.a) addAutomaticMethods(ctx.state);
		else removeAutomaticMethods(ctx.state);
	},
});

/** What a diagnostic method writes in hacmp.out: a line saying what errdemon reported, then the entry as errpt -a shows it. */
function logEntry(ctx: CommandContext, sequence: string | undefined): void {
	const entry = errorLogOf(ctx.state, ctx.node).find(e => String(e.sequence) === sequence);
	if (!entry) refuse(`${ctx.name}: There is no error log entry with sequence number ${sequence} on ${ctx.node}.`);
	const lines = [
		`${dateTime(ctx.state.clock)} ${ctx.name}: error notification: ${entry.label} on ${entry.resource} (sequence number ${entry.sequence})`,
		...detailed(ctx.state, ctx.node, entry),
	];
	appendFile(ctx.state.nodes[ctx.node]!, HACMP_OUT, lines.map(line => `${line}\n`).join(''));
}

const SEQUENCE = {count: 1, list: [{name: 'SequenceNumber', help: "the error log entry's sequence number, as errdemon passes it ($1)"}]} as const;

const clLogerror = defineCommand({
	name: 'cl_logerror',
	dirs: [DIAG_DIR],
	releases: SINCE_5,
	summary: 'Automatic error notification method: logs the error log entry in hacmp.out.',
	operands: SEQUENCE,
	run: (ctx, {args}) => logEntry(ctx, args[0]),
});

const clFailover = defineCommand({
	name: 'cl_failover',
	dirs: [DIAG_DIR],
	releases: SINCE_5,
	summary: "Automatic error notification method: logs the entry in hacmp.out, then stops this node's cluster services with takeover.",
	operands: SEQUENCE,
	run(ctx, {args}) {
		logEntry(ctx, args[0]);
		const target = ctx.state.nodes[ctx.node]!;
		const log = (line: string) => appendFile(target, HACMP_OUT, `${ctx.name}: ${line}\n`);
		if (target.acd === null) log(`Cluster services are not running on ${ctx.node}: there is nothing to fall over.`);
		else stopServices(ctx.state, ctx.node, {when: 'now', mode: 'takeover', broadcast: false}, log);
	},
});

export const errNotifyCommands = [...clerrnotify, ...clErrnotify, ...clLogerror, ...clFailover];
