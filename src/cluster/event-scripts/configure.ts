/**
 * Extended Event Configuration: custom cluster events (HACMPcustom) and the customization of predefined events
 * (HACMPevent), changed in the local node's DCD like the rest of the configuration, so synchronization copies their
 * names to every node (the scripts themselves must be on each node: clverify checks).
 */
import {dcdOf, editDcd, type CustomEvent, type EventCustomization} from '../config.js';
import {refuse} from '../errors.js';
import {entryOf} from '../records.js';
import type {ClusterState} from '../state.js';
import {isPredefinedEvent} from './catalog.js';
import {DEFAULT_DURATION} from './failure.js';
import {badRecoveryCount, customEventInUse, duplicateEvent, unknownEvent} from './messages.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

function checkCustom(command: string, event: Partial<CustomEvent>): void {
	if (event.name !== undefined && !NAME.test(event.name))
		refuse(`${command}: "${event.name}" is not a valid event name: up to 32 letters, digits and underscores, not starting with a digit.`);
	if (event.script !== undefined && !event.script.startsWith('/')) refuse(`${command}: the script ${event.script} must be given by its full path.`);
}

export function addCustomEvent(state: ClusterState, node: string, command: string, event: CustomEvent): void {
	checkCustom(command, event);
	const config = dcdOf(state, node);
	if (entryOf(config.customEvents, event.name) || isPredefinedEvent(state, event.name)) refuse(duplicateEvent(command, event.name));
	editDcd(state, node, draft => void ((draft.customEvents ??= {})[event.name] = event));
}

export function changeCustomEvent(state: ClusterState, node: string, command: string, name: string, change: Partial<CustomEvent>): void {
	checkCustom(command, change);
	const config = dcdOf(state, node);
	const old = entryOf(config.customEvents, name) ?? refuse(unknownEvent(command, name));
	const renamed = change.name ?? name;
	if (renamed !== name && entryOf(config.customEvents, renamed)) refuse(duplicateEvent(command, renamed));
	editDcd(state, node, draft => {
		const events = draft.customEvents!;
		delete events[name];
		events[renamed] = {...old, ...change, name: renamed};
		// The predefined events that name it follow the new name.
		for (const scripts of Object.values(draft.eventScripts)) {
			if (scripts.pre === name) scripts.pre = renamed;
			if (scripts.post === name) scripts.post = renamed;
		}
	});
}

export function removeCustomEvent(state: ClusterState, node: string, command: string, name: string): void {
	const config = dcdOf(state, node);
	if (!entryOf(config.customEvents, name)) refuse(unknownEvent(command, name));
	const user = Object.entries(config.eventScripts).find(([, scripts]) => scripts.pre === name || scripts.post === name);
	if (user) refuse(customEventInUse(command, name, user[0]));
	editDcd(state, node, draft => void delete draft.customEvents![name]);
}

/** Change a predefined event's customization: what `change` names is set, an empty command (or a count of 0) clears it. */
export function changeEvent(state: ClusterState, node: string, command: string, event: string, change: EventCustomization): void {
	if (!isPredefinedEvent(state, event)) refuse(unknownEvent(command, event));
	const count = change.recoveryCount;
	if (count !== undefined && (!Number.isInteger(count) || count < 0)) refuse(badRecoveryCount(command));
	const config = dcdOf(state, node);
	for (const named of [change.pre, change.post])
		if (named && !named.startsWith('/') && !entryOf(config.customEvents, named)) refuse(unknownEvent(command, named));
	for (const method of [change.notify, change.recovery])
		if (method && !method.startsWith('/')) refuse(`${command}: the command ${method} must be given by its full path.`);
	const merged: Record<string, string | number> = {...entryOf(config.eventScripts, event)};
	for (const [key, value] of Object.entries(change)) {
		if (value === '' || value === 0) delete merged[key];
		else if (value !== undefined) merged[key] = value;
	}
	editDcd(state, node, draft => {
		if (Object.keys(merged).length === 0) delete draft.eventScripts[event];
		else draft.eventScripts[event] = merged;
	});
}

/** Change/Show Time Until Warning: the maximum event-only duration and resource group processing time, in seconds. */
export function changeEventDuration(state: ClusterState, node: string, command: string, change: {event?: number; group?: number}): void {
	for (const seconds of [change.event, change.group])
		if (seconds !== undefined && (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400))
			refuse(`${command}: a duration is a number of seconds from 1 to 86400.`);
	editDcd(state, node, draft => {
		const duration = {event: DEFAULT_DURATION, group: DEFAULT_DURATION, ...draft.eventDuration, ...definedOnly(change)};
		if (duration.event === DEFAULT_DURATION && duration.group === DEFAULT_DURATION) delete draft.eventDuration;
		else draft.eventDuration = duration;
	});
}

/** The entries of `values` that are set (a command's flags given). */
export const definedOnly = <T extends object>(values: T): Partial<T> =>
	Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

/** Change/Show HACMP Log File Parameters: a node's debug level (high traces every script line in hacmp.out). */
export function changeDebugLevel(state: ClusterState, node: string, command: string, target: string, level: string): void {
	const config = dcdOf(state, node);
	if (!config.nodes.some(n => n.name === target)) refuse(`${command}: ${target} is not a node of this cluster.`);
	if (level !== 'high' && level !== 'standard') refuse(`${command}: the debug level is high or standard.`);
	editDcd(state, node, draft => {
		const standard = (draft.standardLogging ?? []).filter(n => n !== target);
		if (level === 'standard') standard.push(target);
		if (standard.length === 0) delete draft.standardLogging;
		else draft.standardLogging = standard;
	});
}
