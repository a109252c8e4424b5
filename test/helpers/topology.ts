/** The topology tests' SMIT shorthands: a dialog's field by name, and a dialog run on the cluster. */
import type {TestCluster} from './cluster.js';
import {dialog, dialogCommand} from './smit.js';

export const field = (id: string, name: string) => dialog(id).fields.find(f => f.name === name)!;

/** Run a dialog's command on the cluster and return it. */
export function enter(cluster: TestCluster, id: string, changes: Record<string, string>, names: Record<string, string> = {}): string {
	const line = dialogCommand(cluster, id, names, changes);
	cluster.ok(line);
	return line;
}
