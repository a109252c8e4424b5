/**
 * The administrator's customization of an event, run by the cluster manager around the event's own script on each
 * node that runs it (clcallev): the notify command with `start`, the pre-event command, the event, the recovery
 * command and the event again (up to the recovery counter) while it fails, the post-event command with the event's
 * exit status, the notify command with `complete`. A pre- or post-event command names a custom event (whose script
 * runs) or a script's path. Each runs through the node's shell with the event's arguments, its output going to
 * hacmp.out; one that exits non-zero fails the event, which stops the node's event processing (failure.ts). Each
 * event's start and end also go to the day's event history file (history.ts).
 */
import {configById, type ClusterConfig, type EventCustomization} from '../config.js';
import {EventLog, installEventHooks} from '../events/log.js';
import {appendFile, HACMP_OUT} from '../files.js';
import type {DeepReadonly} from '../readonly.js';
import {entryOf} from '../records.js';
import type {ClusterState} from '../state.js';
import {isDareEvent, setDareLock} from './dare-lock.js';
import {eventFailed} from './failure.js';
import {recordHistory} from './history.js';
import {methodFailed, recursiveEvent} from './messages.js';
import {runMethod} from './script-shell.js';

type Kind = 'notify' | 'pre-event' | 'post-event' | 'recovery';

/** Commands running now, by node, event and kind: one that would start itself again is a recursive event. */
const running = new Set<string>();

/**
 * What any configuration of the cluster customizes, found once per command (per draft): every event of every node
 * passes through the hooks, so a cluster that customizes nothing (most, and `big`) must pay next to nothing for them.
 */
interface Customized {
	events: boolean;
	standardLogging: ReadonlySet<string>;
}

const customizedByDraft = new WeakMap<ClusterState, Customized>();

function customized(state: ClusterState): Customized {
	let found = customizedByDraft.get(state);
	if (!found) {
		const configs = Object.keys(state.configs).map(id => configById(state, id));
		found = {
			events: configs.some(config => Object.keys(config.eventScripts).length > 0),
			standardLogging: new Set(configs.flatMap(config => config.standardLogging ?? [])),
		};
		customizedByDraft.set(state, found);
	}
	return found;
}

function customizationOf(state: ClusterState, node: string, event: string) {
	if (!customized(state).events) return undefined;
	const target = state.nodes[node];
	if (!target) return undefined;
	const config = configById(state, target.acd ?? target.dcd);
	const scripts = entryOf(config.eventScripts, event);
	return scripts && {config, scripts};
}

/** A pre- or post-event command: a custom event's script, or the path given. */
export function methodOf(config: DeepReadonly<ClusterConfig>, command: string): string {
	return entryOf(config.customEvents, command)?.script ?? command;
}

/** Run one command of an event's customization; true when it exits 0. */
function run(state: ClusterState, node: string, event: string, kind: Kind, method: string, args: readonly string[]): boolean {
	const log = new EventLog(state);
	const key = `${node}\0${event}\0${kind}`;
	if (running.has(key)) {
		log.note(node, recursiveEvent(event, kind, method));
		return false;
	}
	running.add(key);
	try {
		log.trace(node, 'clcallev', [[method, ...args].join(' ')]);
		const result = runMethod(state, node, method, args);
		appendFile(state.nodes[node]!, HACMP_OUT, result.output);
		if (result.code !== 0) log.note(node, methodFailed(event, kind, method, result.code));
		return result.code === 0;
	} finally {
		running.delete(key);
	}
}

const words = (args: string) => (args ? args.split(' ') : []);

const describe = (event: string, args: string) => `${event}${args ? ` ${args}` : ''}`;

function before(state: ClusterState, node: string, event: string, args: string): boolean {
	recordHistory(state, node, `EVENT START: ${describe(event, args)}`, 1);
	const found = customizationOf(state, node, event);
	if (!found) return true;
	const {config, scripts} = found;
	if (scripts.notify) run(state, node, event, 'notify', scripts.notify, [event, 'start', ...words(args)]);
	return !scripts.pre || run(state, node, event, 'pre-event', methodOf(config, scripts.pre), [event, ...words(args)]);
}

function retry(state: ClusterState, node: string, event: string, args: string, attempt: number): boolean {
	const scripts: DeepReadonly<EventCustomization> | undefined = customizationOf(state, node, event)?.scripts;
	if (!scripts?.recovery || attempt > (scripts.recoveryCount ?? 0)) return false;
	return run(state, node, event, 'recovery', scripts.recovery, [event, ...words(args)]);
}

function after(state: ClusterState, node: string, event: string, args: string, rc: number, scriptFailed: boolean): number {
	const found = customizationOf(state, node, event);
	let failed = scriptFailed;
	if (found?.scripts.post)
		failed = !run(state, node, event, 'post-event', methodOf(found.config, found.scripts.post), [event, String(rc), ...words(args)]) || failed;
	if (found?.scripts.notify) run(state, node, event, 'notify', found.scripts.notify, [event, 'complete', String(rc), ...words(args)]);
	const ended = failed ? rc || 1 : rc;
	recordHistory(state, node, `EVENT ${ended === 0 ? 'COMPLETED' : 'FAILED'}: ${describe(event, args)} ${ended}`, -1);
	if (failed) eventFailed(state, new EventLog(state), node, event);
	if (failed && isDareEvent(event)) setDareLock(state, node, event);
	return ended;
}

/** Debug level standard: the node's scripts run without `set -x`, so hacmp.out has no trace lines from them. */
const traced = (state: ClusterState, node: string) => !customized(state).standardLogging.has(node);

installEventHooks({before, retry, after, traced});
