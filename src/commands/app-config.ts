/**
 * Application server and monitor utilities: claddserv, clchserv, clrmserv,
 * cllsserv; claddappmon, clchappmon, clrmappmon, cllsappmon, whose
 * NAME=value arguments are the HACMPmonitor attribute names.
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf, type ApplicationMonitor} from '../cluster/config.js';
import {joinColons} from '../menu/colon.js';
import {
	addApplicationServer,
	changeApplicationServer,
	defaultRestartInterval,
	definedMonitor,
	definedServer,
	removeApplicationMonitor,
	removeApplicationServer,
	saveApplicationMonitor,
} from '../cluster/rg/applications.js';
import * as msg from '../cluster/rg/messages.js';
import {UTILITIES} from './cluster-state.js';
import {COLON_FLAG, nameValues} from './rg-config.js';
import {SINCE_5} from '../cluster/release/index.js';

const SCRIPTS = {
	b: {arg: 'start_script', help: 'the full path of the script that starts the application'},
	e: {arg: 'stop_script', help: 'the full path of the script that stops the application'},
} as const;
const SERVER = {arg: 'server_name', help: 'the application server'} as const;

const claddserv = defineCommand({
	name: 'claddserv',
	dirs: [UTILITIES],
	summary: 'Defines an application server: the scripts HACMP runs to start and stop an application.',
	synopsis: '-s server_name -b start_script -e stop_script',
	flags: {s: SERVER, ...SCRIPTS},
	operands: {count: 0},
	run(ctx, {opts: {s, b, e}}) {
		if (s === undefined || b === undefined || e === undefined) throw new UsageError('');
		addApplicationServer(ctx.state, ctx.node, {name: s, startScript: b, stopScript: e});
	},
});

const clchserv = defineCommand({
	name: 'clchserv',
	dirs: [UTILITIES],
	summary: "Changes an application server's name or scripts; a new name follows it into its group and monitors.",
	synopsis: '-s server_name [-n new_name] [-b start_script] [-e stop_script]',
	flags: {s: SERVER, n: {arg: 'new_name', help: 'a new name for the server'}, ...SCRIPTS},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.s === undefined) throw new UsageError('');
		const change = {name: opts.n, startScript: opts.b, stopScript: opts.e};
		changeApplicationServer(ctx.state, ctx.node, opts.s, Object.fromEntries(Object.entries(change).filter(([, v]) => v)));
	},
});

const clrmserv = defineCommand({
	name: 'clrmserv',
	dirs: [UTILITIES],
	summary: 'Removes an application server that no resource group or monitor uses.',
	synopsis: 'server_name',
	operands: {count: 1, list: [{name: 'server_name', help: 'the application server to remove'}]},
	run(ctx, {args: [server]}) {
		removeApplicationServer(ctx.state, ctx.node, server!);
	},
});

const cllsserv = defineCommand({
	name: 'cllsserv',
	dirs: [UTILITIES],
	summary: 'Lists application servers with their start and stop scripts.',
	synopsis: '[-c] [-n server_name]',
	readOnly: true,
	flags: {...COLON_FLAG, n: {arg: 'server_name', help: 'only this application server'}},
	run(ctx, {opts}) {
		const servers = opts.n !== undefined ? [definedServer(ctx.state, ctx.node, opts.n)] : Object.values(dcdOf(ctx.state, ctx.node).appServers);
		if (opts.c) ctx.print('#name:start_script:stop_script');
		for (const s of servers)
			ctx.print(opts.c ? joinColons([s.name, s.startScript, s.stopScript]) : `${s.name.padEnd(20)} ${s.startScript}  ${s.stopScript}`);
	},
});

/** HACMPmonitor attribute names and the monitor fields they hold. */
const MONITOR_ATTRIBUTES = {
	name: 'name',
	RESOURCE_TO_MONITOR: 'server',
	MONITOR_TYPE: 'kind',
	PROCESSES: 'processes',
	PROCESS_OWNER: 'owner',
	INSTANCE_COUNT: 'instances',
	MONITOR_METHOD: 'method',
	MONITOR_INTERVAL: 'interval',
	HUNG_MONITOR_SIGNAL: 'signal',
	STABILIZATION_INTERVAL: 'stabilization',
	RESTART_COUNT: 'restartCount',
	RESTART_INTERVAL: 'restartInterval',
	FAILURE_ACTION: 'action',
	NOTIFY_METHOD: 'notifyMethod',
	CLEANUP_METHOD: 'cleanupMethod',
	RESTART_METHOD: 'restartMethod',
} as const satisfies Record<string, keyof ApplicationMonitor>;
type MonitorAttribute = keyof typeof MONITOR_ATTRIBUTES;
const NUMBERS = new Set<keyof ApplicationMonitor>(['instances', 'interval', 'stabilization', 'restartCount', 'restartInterval']);

/** A monitor field as the ODM stores it: custom monitors are type "user". */
function attributeValue(monitor: ApplicationMonitor, attribute: MonitorAttribute): string {
	const value = monitor[MONITOR_ATTRIBUTES[attribute]];
	if (attribute === 'MONITOR_TYPE') return value === 'custom' ? 'user' : 'process';
	return value === undefined ? '' : String(value);
}

/** Build a monitor from NAME=value words, over an existing one for clchappmon. */
function parseMonitor(ctx: CommandContext, words: readonly string[], base: ApplicationMonitor | undefined): ApplicationMonitor {
	const monitor: Record<string, unknown> = {stabilization: 0, restartCount: 0, restartInterval: 0, action: 'notify', kind: 'process', ...base};
	for (const [attribute, value] of nameValues(ctx, words)) {
		if (!(attribute in MONITOR_ATTRIBUTES)) throw new UsageError(msg.notMonitorAttribute(ctx.name, attribute, Object.keys(MONITOR_ATTRIBUTES)));
		const field = MONITOR_ATTRIBUTES[attribute as MonitorAttribute];
		if (field === 'kind') {
			if (value !== 'process' && value !== 'user') throw new UsageError(msg.attributeIs(ctx.name, attribute, 'process or user (a custom monitor)'));
			monitor.kind = value === 'user' ? 'custom' : 'process';
		} else if (field === 'action') {
			if (value !== 'notify' && value !== 'fallover') throw new UsageError(msg.attributeIs(ctx.name, attribute, 'notify or fallover'));
			monitor.action = value;
		} else if (NUMBERS.has(field)) {
			if (value === '') delete monitor[field];
			else if (!/^\d+$/.test(value))
				throw new UsageError(msg.attributeNotNumber(ctx.name, attribute, field === 'instances' || field === 'restartCount' ? 'times' : 'seconds'));
			else monitor[field] = Number(value);
		} else if (value === '') delete monitor[field];
		else monitor[field] = value;
	}
	if (typeof monitor.name !== 'string' || typeof monitor.server !== 'string') throw new UsageError(msg.monitorNamesRequired(ctx.name));
	const result = monitor as unknown as ApplicationMonitor;
	if (!result.restartInterval) result.restartInterval = defaultRestartInterval(result);
	return result;
}

const MONITOR_USAGE = `NAME=value ... where NAME is ${Object.keys(MONITOR_ATTRIBUTES).join(', ')}`;

const MONITOR_WORDS = {
	name: 'NAME=value ...',
	help:
		'a monitor attribute and its value: name= the monitor, RESOURCE_TO_MONITOR= its application server, MONITOR_TYPE= process or user, and the ' +
		'rest',
} as const;

const claddappmon = defineCommand({
	name: 'claddappmon',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Defines an application monitor (HACMPmonitor NAME=value): a process monitor, or a custom one that runs a method.',
	synopsis: MONITOR_USAGE,
	operands: {list: [MONITOR_WORDS]},
	run(ctx, {args}) {
		saveApplicationMonitor(ctx.state, ctx.node, parseMonitor(ctx, args, undefined), {});
	},
});

const clchappmon = defineCommand({
	name: 'clchappmon',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Changes an application monitor: the attributes given replace its own.',
	synopsis: `name=monitor_name ${MONITOR_USAGE}`,
	operands: {list: [{name: 'name=monitor_name', help: 'the monitor to change'}, MONITOR_WORDS]},
	run(ctx, {args}) {
		const name = /^name=(.*)$/s.exec(args[0] ?? '')?.[1];
		if (!name) throw new UsageError(msg.monitorNameFirst(ctx.name));
		saveApplicationMonitor(ctx.state, ctx.node, parseMonitor(ctx, args, definedMonitor(ctx.state, ctx.node, name)), {replaces: name});
	},
});

const clrmappmon = defineCommand({
	name: 'clrmappmon',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Removes an application monitor.',
	synopsis: 'monitor_name',
	operands: {count: 1, list: [{name: 'monitor_name', help: 'the application monitor to remove'}]},
	run(ctx, {args: [monitor]}) {
		removeApplicationMonitor(ctx.state, ctx.node, monitor!);
	},
});

const cllsappmon = defineCommand({
	name: 'cllsappmon',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Lists application monitors; named ones with every attribute as NAME="value".',
	synopsis: '[-c] [-t process|user] [monitor_name]',
	readOnly: true,
	flags: {
		...COLON_FLAG,
		t: {arg: 'process|user', values: ['process', 'user'], help: 'only process monitors, or only custom (user) monitors'},
	},
	operands: {list: [{name: '[monitor_name]', help: 'the monitors to show (all when none is named)'}]},
	run(ctx, {opts, args}) {
		const monitors =
			args.length > 0 ? args.map(name => definedMonitor(ctx.state, ctx.node, name)) : Object.values(dcdOf(ctx.state, ctx.node).appMonitors);
		const chosen = monitors.filter(m => opts.t === undefined || attributeValue(m, 'MONITOR_TYPE') === opts.t);
		const names = Object.keys(MONITOR_ATTRIBUTES) as MonitorAttribute[];
		if (opts.c) {
			ctx.print(`#${names.join(':')}`);
			for (const monitor of chosen) ctx.print(joinColons(names.map(n => attributeValue(monitor, n))));
		} else if (args.length === 0) {
			for (const monitor of chosen) ctx.print(`${monitor.name.padEnd(20)} ${attributeValue(monitor, 'MONITOR_TYPE')}`);
		} else {
			for (const monitor of chosen) for (const n of names) ctx.print(`${n}="${attributeValue(monitor, n)}"`);
		}
	},
});

export const applicationConfigCommands: Command[] = [claddserv, clchserv, clrmserv, cllsserv, claddappmon, clchappmon, clrmappmon, cllsappmon].flat();
