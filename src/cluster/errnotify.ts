/**
 * AIX error notification: each node's errnotify ODM objects. When an entry is logged, errdemon runs the method of
 * every object whose criteria it matches (an empty criterion matches all) through the node's shell, with the
 * entry's sequence number, error ID, class, type, alert flag, resource name, type and class and label as $1 .. $9.
 * HACMP's Error Notification screens add, change and remove these objects; they are per node and never synchronized.
 */
import type {ErrorLogEntry} from './errlog.js';
import {runShellText} from './event-scripts/script-shell.js';
import type {DeepReadonly} from './readonly.js';
import type {ClusterState} from './state.js';

/** One errnotify object, its fields as odmget prints them. */
export interface ErrNotify {
	en_pid: number;
	en_name: string;
	en_persistenceflg: number;
	en_label: string;
	en_crcid: number;
	en_class: string;
	en_type: string;
	en_alertflg: string;
	en_resource: string;
	en_rtype: string;
	en_rclass: string;
	en_method: string;
}

export const notifyObjectsOf = (state: DeepReadonly<ClusterState>, node: string): DeepReadonly<ErrNotify[]> => state.errnotify?.[node] ?? [];

/** Add or replace (by en_name) a node's notify object. */
export function putNotify(state: ClusterState, node: string, object: ErrNotify): void {
	const objects = ((state.errnotify ??= {})[node] ??= []);
	const at = objects.findIndex(o => o.en_name === object.en_name);
	if (at < 0) objects.push(object);
	else objects[at] = object;
}

/** Remove a node's notify object; false when it has none by that name. */
export function removeNotify(state: ClusterState, node: string, name: string): boolean {
	const objects = state.errnotify?.[node] ?? [];
	const at = objects.findIndex(o => o.en_name === name);
	if (at >= 0) objects.splice(at, 1);
	return at >= 0;
}

const matches = (object: DeepReadonly<ErrNotify>, entry: DeepReadonly<ErrorLogEntry>) =>
	(!object.en_label || object.en_label === entry.label) &&
	(!object.en_class || object.en_class === entry.class) &&
	(!object.en_type || object.en_type === entry.type) &&
	(!object.en_resource || object.en_resource === entry.resource);

/** A method that logs an error itself must not run its own method again: errdemon notifies once per entry. */
let notifying = false;

/** Run the method of each notify object the new entry matches, as errdemon does after logging it. */
export function notifyError(state: ClusterState, node: string, entry: DeepReadonly<ErrorLogEntry>): void {
	if (notifying) return;
	const methods = notifyObjectsOf(state, node)
		.filter(o => matches(o, entry))
		.map(o => o.en_method);
	notifying = true;
	try {
		const args = [String(entry.sequence), `0x${entry.identifier}`, entry.class, entry.type, 'FALSE', entry.resource, '', '', entry.label];
		for (const method of methods) runShellText(state, node, method, ['sh', ...args]);
	} finally {
		notifying = false;
	}
}
