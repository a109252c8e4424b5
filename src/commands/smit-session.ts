/**
 * cl_smit: Open a SMIT Session on a Node (Problem Determination Tools, and C-SPOC). SMIT's terminal is handed to a
 * SMIT session on the chosen node, reached through clcomdES as C-SPOC reaches it; leaving that session (F10, or F3 on
 * its first screen) comes back to the SMIT it was opened from, on the node it runs on.
 */
import {clcomdAccepts, clcomdRefusal} from '../cluster/clcomd.js';
import {dcdOf} from '../cluster/config.js';
import {unknownNode} from '../cluster/event-scripts/messages.js';
import {nodeNoMachine} from '../cluster/topology/messages.js';
import {refuse} from '../cluster/errors.js';
import {isPoweredOff} from '../cluster/failure/model.js';
import {SINCE_5} from '../cluster/release/index.js';
import {defineCommand} from '../command/define.js';
import {CSPOC_DIR} from './cspoc.js';

const clSmit = defineCommand({
	name: 'cl_smit',
	dirs: [CSPOC_DIR],
	releases: SINCE_5,
	summary: 'Opens a SMIT session on a cluster node: its commands run there until it is left, then SMIT is back where it was.',
	synopsis: '-n Node',
	flags: {n: {arg: 'Node', required: true, help: 'the cluster node the SMIT session runs on'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		const node = opts.n;
		// The nodes the picker lists (clnodename): this node's configuration, each of which must be a machine that answers.
		if (!dcdOf(ctx.state, ctx.node).nodes.some(n => n.name === node)) refuse(unknownNode(ctx.name, node));
		if (!ctx.state.nodes[node]) refuse(`${ctx.name}: ${nodeNoMachine(node)}`);
		if (node !== ctx.node && isPoweredOff(ctx.state, node)) refuse(`${ctx.name}: Unable to communicate with node ${node}: it does not answer.`);
		if (node !== ctx.node && !clcomdAccepts(ctx.state, node, ctx.node)) refuse(`${ctx.name}: ${clcomdRefusal(ctx.state, node, ctx.node)}`);
		if (!ctx.openSmit(node)) refuse(`${ctx.name}: A SMIT session needs a terminal: open it from SMIT or from a shell on a terminal.`);
	},
});

export const smitSessionCommands = [...clSmit];
