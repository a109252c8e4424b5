/**
 * Problem Determination Tools' recovery aids: clruncmd (Recover From HACMP Script Failure) and cl_restore_acd (Restore
 * HACMP Configuration Database from Active Configuration), and alog, which shows the console log their warnings reach.
 */
import {activeNodes} from '../cluster/config.js';
import {refuse, UsageError} from '../cluster/errors.js';
import {CONSOLE_LOG, failedEvent, resumeEvents} from '../cluster/event-scripts/failure.js';
import {readFile} from '../cluster/files.js';
import {noScriptFailure, notActive, unknownNode} from '../cluster/event-scripts/messages.js';
import {releaseDareLocks} from '../cluster/event-scripts/dare-lock.js';
import {restoreDcdFromAcd, USER_MODIFIED_SNAPSHOT} from '../cluster/event-scripts/restore-dcd.js';
import {SNAPSHOT_DIR} from '../cluster/topology/snapshot.js';
import {defineCommand} from '../command/define.js';
import {UTILITIES} from './cluster-state.js';

const clruncmd = defineCommand({
	name: 'clruncmd',
	dirs: [UTILITIES],
	summary:
		'Tells the cluster manager on a node to resume event processing after an event script failure, with the next event in the queue; ' +
		'run it once the cause is corrected (the rest of the failed event is skipped: do it by hand).',
	synopsis: 'NodeName',
	operands: {count: 1, list: [{name: 'NodeName', help: 'a node whose cluster services are active and whose event failed'}]},
	run(ctx, {args}) {
		const node = args[0]!;
		if (!ctx.state.nodes[node]) refuse(unknownNode(ctx.name, node));
		if (!activeNodes(ctx.state).includes(node)) refuse(notActive(ctx.name, node));
		if (!failedEvent(ctx.state, node)) refuse(noScriptFailure(ctx.name, node));
		resumeEvents(ctx.state, node);
	},
});

const clRestoreAcd = defineCommand({
	name: 'cl_restore_acd',
	dirs: [UTILITIES],
	summary:
		"Replaces this node's Configuration Database (DCD) with the active configuration (ACD) its cluster manager runs with; changes not " +
		`synchronized are saved first as the snapshot ${USER_MODIFIED_SNAPSHOT}.`,
	operands: {count: 0},
	run(ctx) {
		if (!restoreDcdFromAcd(ctx.state, ctx.node, ctx.name)) {
			ctx.print(`${ctx.name}: the Configuration Database of ${ctx.node} already matches the active configuration: nothing was changed.`);
			return;
		}
		ctx.print(`${ctx.name}: the changes to the Configuration Database were saved as ${SNAPSHOT_DIR}/${USER_MODIFIED_SNAPSHOT}.odm.`);
		ctx.print(`${ctx.name}: the Configuration Database of ${ctx.node} was restored from the active configuration.`);
	},
});

const alog = defineCommand({
	name: 'alog',
	dirs: ['/usr/bin'],
	summary: `Shows a log kept by alog: -t console, the console log (${CONSOLE_LOG}), where the cluster manager's warnings reach the operator.`,
	synopsis: '-o -t console',
	readOnly: true,
	flags: {
		o: {help: 'writes the log to standard output'},
		t: {arg: 'Type', values: ['console'], help: 'the log: console'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (!opts.o || !opts.t) throw new UsageError(`${ctx.name}: give -o -t console.`);
		ctx.write(readFile(ctx.state, ctx.node, CONSOLE_LOG) ?? '');
	},
});

const clReleaseDareLocks = defineCommand({
	name: 'cl_dare_unlock',
	dirs: [UTILITIES],
	summary: 'Releases the locks a dynamic reconfiguration that did not complete left set, so the cluster can be synchronized again.',
	operands: {count: 0},
	run(ctx) {
		for (const node of releaseDareLocks(ctx.state, ctx.name)) ctx.print(`${ctx.name}: dynamic reconfiguration locks released on node ${node}.`);
	},
});

export const eventRecoveryCommands = [...clruncmd, ...clRestoreAcd, ...clReleaseDareLocks, ...alog];
