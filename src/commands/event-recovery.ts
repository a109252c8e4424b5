/** Problem Determination Tools' recovery aid: clruncmd, Recover From HACMP Script Failure. */
import {activeNodes} from '../cluster/config.js';
import {refuse} from '../cluster/errors.js';
import {appendFile, HACMP_OUT} from '../cluster/files.js';
import {failedEvent, resumeEvents} from '../cluster/event-scripts/failure.js';
import {noScriptFailure, notActive, resumed, unknownNode} from '../cluster/event-scripts/messages.js';
import {defineCommand} from '../command/define.js';
import {UTILITIES} from './cluster-state.js';

const clruncmd = defineCommand({
	name: 'clruncmd',
	dirs: [UTILITIES],
	summary:
		'Tells the cluster manager on a node to resume event processing after an event script failure; run it once the cause is corrected ' +
		'(what the failed event skipped is not done again).',
	synopsis: 'NodeName',
	operands: {count: 1, list: [{name: 'NodeName', help: 'a node whose cluster services are active and whose event failed'}]},
	run(ctx, {args}) {
		const node = args[0]!;
		if (!ctx.state.nodes[node]) refuse(unknownNode(ctx.name, node));
		if (!activeNodes(ctx.state).includes(node)) refuse(notActive(ctx.name, node));
		if (!failedEvent(ctx.state, node)) refuse(noScriptFailure(ctx.name, node));
		resumeEvents(ctx.state, node);
		appendFile(ctx.state.nodes[node]!, HACMP_OUT, `${resumed(node)}\n`);
	},
});

export const eventRecoveryCommands = [...clruncmd];
