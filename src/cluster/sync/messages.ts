/**
 * The verification and synchronization family's refusals (clverify, cldare
 * -r -t and the dynamic reconfiguration it may run), each written once.
 */
import {cldareErrors} from '../rg/messages.js';

export const activeNodesRemoved = (nodes: readonly string[]) =>
	cldareErrors([
		`Cluster services are active on ${nodes.join(', ')}, which the new configuration removes. Stop cluster services on a node before removing it ` +
			`from the cluster.`,
	]);
export const syncFailed = () => 'Synchronization failed: no node was changed.';
export const localManagerInactive = (node: string, elsewhere: readonly string[]) => [
	...cldareErrors([`The cluster manager is not active on the local node ${node}, but it is active on ${elsewhere.join(', ')}.`]),
	'Synchronization is not possible in this state: synchronize from an active node (a dynamic reconfiguration), or stop cluster services on every ' +
		'node first.',
];
/** A reconfig event failed: the reconfiguration ends there (inferred wording). */
export const dareStopped = (event: string) =>
	`cldare: Dynamic reconfiguration stopped: the event ${event} failed. Correct the problem, run Recover From HACMP Script Failure ` +
	'(clruncmd), release the locks set by dynamic reconfiguration (cl_dare_unlock), then synchronize again.';
/** A dynamic reconfiguration asked for while a failed event holds the cluster's events (inferred wording). */
export const dareWhileWaiting = (failed: readonly string[]) =>
	cldareErrors([
		`Cluster event processing is stopped by a failed event on ${failed.join(', ')}: a dynamic reconfiguration needs a stable ` +
			`cluster. Correct the problem and run Recover From HACMP Script Failure (${failed.map(n => `clruncmd ${n}`).join(', ')}) first.`,
	]);
export const cannotForceWhileActive = () =>
	cldareErrors(['Synchronization cannot be forced while cluster services are active; correct the verification errors first.']);
export const notSynchronized = (errors: number) => `cldare: Verification found ${errors} error(s); the configuration was not synchronized.`;
export const verificationErrors = (errors: number) => `clverify: Verification found ${errors} error(s).`;

// cldare's usage refusals (the command's name first, then its Usage).
export const migrationAlone = (command: string, others: readonly string[]) =>
	`${command}: -M (resource migration) cannot be used with ${others.map(f => `-${f}`).join(' ')}; only -v goes with it.`;
/** Without -r and -t: 4.x's cldare also names its migration (-M). */
export const syncOrMigrate = (command: string, migrates: boolean) =>
	`${command}: give -r and -t to synchronize the cluster resources and topology${migrates ? ', or -M to migrate resource groups' : ''}.`;
export const verifyOnlyOrNoVerify = (command: string) => `${command}: -x (verify only) and -v (no verification) cannot be used together.`;
