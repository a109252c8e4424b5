/**
 * What the cluster manager, the event customization commands and the recovery aids say. HACMP's own texts where they
 * are known (config_too_long's warning, clruncmd's description); the rest is inferred in their style.
 */

/** config_too_long in hacmp.out (HACMP 4.x/5.x wording). */
export const tooLong = (cluster: string, event: string, seconds: number) =>
	`WARNING: Cluster ${cluster} has been running recovery program '${event}' for ${seconds} seconds. Please check cluster status.`;

export const reconfigurationTooLong = 'The cluster has been in reconfiguration too long;Something may be wrong.';

export const methodFailed = (event: string, kind: string, method: string, rc: number) =>
	`${event}: the ${kind} command ${method} failed (exit status ${rc}).`;

export const recursiveEvent = (event: string, kind: string, method: string) =>
	`${event}: the ${kind} command ${method} was not run: it was started by the ${kind} command of ${event} itself (a recursive event). ` +
	'Change the command so that it does not cause the event it customizes.';

export const eventFailedNotice = (node: string, event: string) =>
	`Event ${event} failed on node ${node}: cluster event processing on ${node} is stopped. Correct the problem, then run ` +
	`Recover From HACMP Script Failure (clruncmd ${node}).`;

/** What event_error prints on each member (inferred wording). */
export const eventErrorNotice = (node: string, event: string) =>
	`event_error: the event ${event} failed on node ${node}; its cluster manager waits for clruncmd ${node}.`;

/** A node asked to stop while a failed event holds the cluster's events (inferred wording). */
export const stopWhileWaiting = (node: string, failed: readonly string[]) =>
	`Cluster services cannot stop on ${node}: cluster event processing is stopped by a failed event on ${failed.join(', ')}. Correct the ` +
	`problem, run Recover From HACMP Script Failure (${failed.map(n => `clruncmd ${n}`).join(', ')}), then stop cluster services.`;

/** clstop when a failed event holds the rest of the node's node_down (inferred wording). */
export const stopWaits = (node: string) =>
	`The node_down event of ${node} waits behind a failed event: cluster services on ${node} stop once Recover From HACMP Script ` +
	'Failure (clruncmd) has let it finish.';

export const noScriptFailure = (command: string, node: string) =>
	`${command}: no event script has failed on node ${node}: there is nothing to recover from.`;

export const resumed = (node: string) => `clruncmd: the cluster manager on ${node} resumes event processing.`;

export const notActive = (command: string, node: string) => `${command}: cluster services are not running on node ${node}.`;

export const unknownNode = (command: string, node: string) => `${command}: ${node} is not a node of this cluster.`;

export const unknownEvent = (command: string, event: string) => `${command}: Event name doesn't match the real one in ODM. (${event})`;

export const duplicateEvent = (command: string, event: string) => `${command}: The event name is duplicated in ODM. (${event})`;

export const badRecoveryCount = (command: string) => `${command}: Recovery count should be greater than or equal to zero.`;

export const customEventInUse = (command: string, name: string, event: string) =>
	`${command}: custom event ${name} is the pre- or post-event command of ${event}: remove it there first.`;
