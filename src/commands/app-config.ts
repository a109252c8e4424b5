/**
 * Application server and monitor utilities: claddserv, clchserv, clrmserv,
 * cllsserv; claddappmon, clchappmon, clrmappmon, cllsappmon, whose
 * NAME=value arguments are the HACMPmonitor attribute names.
 */
import {UsageError} from '../cluster/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf, type ApplicationMonitor} from '../cluster/config.js';
import {joinColons} from '../menu/colon.js';
import {addApplicationServer, changeApplicationServer, defaultRestartInterval, definedMonitor, definedServer, removeApplicationMonitor, removeApplicationServer, saveApplicationMonitor} from '../cluster/rg/applications.js';
import {UTILITIES} from './cluster-state.js';
import {nameValues} from './rg-config.js';

const claddserv: Command = {
	name: 'claddserv',
	dir: UTILITIES,
	usage: 'Usage: claddserv -s server_name -b start_script -e stop_script',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 's:b:e:'});
		if (args.length > 0 || typeof opts.s !== 'string' || typeof opts.b !== 'string' || typeof opts.e !== 'string') throw new UsageError('');
		addApplicationServer(ctx.state, ctx.node, {name: opts.s, startScript: opts.b, stopScript: opts.e});
	},
};

const clchserv: Command = {
	name: 'clchserv',
	dir: UTILITIES,
	usage: 'Usage: clchserv -s server_name [-n new_name] [-b start_script] [-e stop_script]',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 's:n:b:e:'});
		if (args.length > 0 || typeof opts.s !== 'string') throw new UsageError('');
		const text = (v: string | true | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);
		const change = {name: text(opts.n), startScript: text(opts.b), stopScript: text(opts.e)};
		changeApplicationServer(ctx.state, ctx.node, opts.s, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)));
	},
};

const clrmserv: Command = {
	name: 'clrmserv',
	dir: UTILITIES,
	usage: 'Usage: clrmserv server_name',
	run(ctx) {
		if (ctx.argv.length !== 2) throw new UsageError('');
		removeApplicationServer(ctx.state, ctx.node, ctx.argv[1]!);
	},
};

const cllsserv: Command = {
	name: 'cllsserv',
	dir: UTILITIES,
	usage: 'Usage: cllsserv [-c] [-n server_name]',
	run(ctx) {
		const {opts} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'cn:'});
		const servers = typeof opts.n === 'string' ? [definedServer(ctx.state, ctx.node, opts.n)] : Object.values(dcdOf(ctx.state, ctx.node).appServers);
		if (opts.c) ctx.print('#name:start_script:stop_script');
		for (const s of servers) ctx.print(opts.c ? joinColons([s.name, s.startScript, s.stopScript]) : `${s.name.padEnd(20)} ${s.startScript}  ${s.stopScript}`);
	},
};

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
function parseMonitor(ctx: CommandContext, base: ApplicationMonitor | undefined): ApplicationMonitor {
	const monitor: Record<string, unknown> = {stabilization: 0, restartCount: 0, restartInterval: 0, action: 'notify', kind: 'process', ...base};
	for (const [attribute, value] of nameValues(ctx, ctx.argv.slice(1))) {
		if (!(attribute in MONITOR_ATTRIBUTES)) throw new UsageError(`${ctx.name}: ${attribute} is not one of ${Object.keys(MONITOR_ATTRIBUTES).join(', ')}.`);
		const field = MONITOR_ATTRIBUTES[attribute as MonitorAttribute];
		if (field === 'kind') {
			if (value !== 'process' && value !== 'user') throw new UsageError(`${ctx.name}: MONITOR_TYPE is process or user (a custom monitor).`);
			monitor.kind = value === 'user' ? 'custom' : 'process';
		} else if (field === 'action') {
			if (value !== 'notify' && value !== 'fallover') throw new UsageError(`${ctx.name}: FAILURE_ACTION is notify or fallover.`);
			monitor.action = value;
		} else if (NUMBERS.has(field)) {
			if (value === '') delete monitor[field];
			else if (!/^\d+$/.test(value)) throw new UsageError(`${ctx.name}: ${attribute} must be a number of ${field === 'instances' || field === 'restartCount' ? 'times' : 'seconds'}.`);
			else monitor[field] = Number(value);
		} else if (value === '') delete monitor[field];
		else monitor[field] = value;
	}
	if (typeof monitor.name !== 'string' || typeof monitor.server !== 'string') throw new UsageError(`${ctx.name}: name= and RESOURCE_TO_MONITOR= are required.`);
	const result = monitor as unknown as ApplicationMonitor;
	if (!result.restartInterval) result.restartInterval = defaultRestartInterval(result);
	return result;
}

const MONITOR_USAGE = `NAME=value ... where NAME is ${Object.keys(MONITOR_ATTRIBUTES).join(', ')}`;

const claddappmon: Command = {
	name: 'claddappmon',
	dir: UTILITIES,
	usage: `Usage: claddappmon ${MONITOR_USAGE}`,
	run(ctx) {
		saveApplicationMonitor(ctx.state, ctx.node, parseMonitor(ctx, undefined), {});
	},
};

const clchappmon: Command = {
	name: 'clchappmon',
	dir: UTILITIES,
	usage: `Usage: clchappmon name=monitor_name ${MONITOR_USAGE}`,
	run(ctx) {
		const name = /^name=(.*)$/s.exec(ctx.argv[1] ?? '')?.[1];
		if (!name) throw new UsageError(`${ctx.name}: the first argument must be name=monitor_name.`);
		saveApplicationMonitor(ctx.state, ctx.node, parseMonitor(ctx, definedMonitor(ctx.state, ctx.node, name)), {replaces: name});
	},
};

const clrmappmon: Command = {
	name: 'clrmappmon',
	dir: UTILITIES,
	usage: 'Usage: clrmappmon monitor_name',
	run(ctx) {
		if (ctx.argv.length !== 2) throw new UsageError('');
		removeApplicationMonitor(ctx.state, ctx.node, ctx.argv[1]!);
	},
};

const cllsappmon: Command = {
	name: 'cllsappmon',
	dir: UTILITIES,
	usage: 'Usage: cllsappmon [-c] [-t process|user] [monitor_name]',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'ct:'});
		if (opts.t !== undefined && opts.t !== 'process' && opts.t !== 'user') throw new UsageError(`${ctx.name}: -t takes process or user.`);
		const monitors = args.length > 0 ? args.map(name => definedMonitor(ctx.state, ctx.node, name)) : Object.values(dcdOf(ctx.state, ctx.node).appMonitors);
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
};

export const applicationConfigCommands: Command[] = [claddserv, clchserv, clrmserv, cllsserv, claddappmon, clchappmon, clrmappmon, cllsappmon];
