/**
 * Initialization and Standard Configuration: cl_add_nodes (Add Nodes to an
 * HACMP Cluster: the cluster and its nodes from communication paths, then
 * discovery and the IP topology it finds) and cl_configassist (the Two-Node
 * Cluster Configuration Assistant: a whole two-node cluster with one
 * application, verified and synchronized). Both run the topology utilities
 * one after the other, stopping at the first that fails; the shell then
 * discards everything, so nothing is half-applied.
 */
import {dcdOf} from '../cluster/config.js';
import {CommandError, refuse} from '../cluster/errors.js';
import {errorLines} from '../cluster/rg/messages.js';
import {nodeAt} from '../cluster/topology/edit.js';
import * as msg from '../cluster/topology/messages.js';
import {configureDiscoveredTopology, sharedDisks} from '../cluster/topology/standard.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {UTILITIES} from './cluster-state.js';

/** Run a utility of the path; a failure (already reported on stderr) ends the whole command. */
function step(ctx: CommandContext, ...argv: string[]): void {
	const code = ctx.exec([`${UTILITIES}/${argv[0]}`, ...argv.slice(1)]);
	if (code !== 0) throw new CommandError('', code);
}

/** The node each communication path reaches, or the refusal. */
function nodesAt(ctx: CommandContext, paths: readonly string[]): Array<[node: string, path: string]> {
	return paths.map(path => [nodeAt(ctx.state, ctx.node, path) ?? refuse(errorLines(msg.pathUnreachable(path))), path]);
}

/** Cluster and nodes (those not defined yet), discovery, and the IP networks and interfaces it finds. */
function addNodes(ctx: CommandContext, cluster: string, nodes: ReadonlyArray<[string, string]>): void {
	if (dcdOf(ctx.state, ctx.node).cluster.name !== cluster) step(ctx, 'claddclstr', '-n', cluster);
	const defined = new Set(dcdOf(ctx.state, ctx.node).nodes.map(n => n.name));
	for (const [node, path] of nodes) if (!defined.has(node)) step(ctx, 'clmodnode', '-a', node, '-p', path);
	step(ctx, 'cl_discover');
	configureDiscoveredTopology(ctx.state, ctx.node, line => ctx.print(line));
}

const clAddNodes = defineCommand({
	name: 'cl_add_nodes',
	dirs: [UTILITIES],
	summary:
		'Defines the cluster and adds a node for each communication path (named as the node there calls itself), then discovers and ' +
		'configures the IP networks and interfaces found (Initialization and Standard Configuration).',
	flags: {
		n: {arg: 'ClusterName', required: true, help: 'the cluster name'},
		p: {arg: 'Path', required: true, help: 'the communication path to the first node: an IP label or address; the others follow as operands'},
	},
	synopsis: '-n ClusterName -p Path [Path ...]',
	operands: {count: [0, 31], list: [{name: 'Path ...', help: 'the communication paths to the other nodes'}]},
	run(ctx, {opts, args}) {
		addNodes(ctx, opts.n, nodesAt(ctx, [opts.p, ...args]));
	},
});

const clConfigassist = defineCommand({
	name: 'cl_configassist',
	dirs: [UTILITIES],
	summary:
		'The Two-Node Cluster Configuration Assistant: this node and a takeover node, their IP networks and a disk heartbeat network from ' +
		'discovery, a service label, an application server and a resource group with the shared volume groups; then verify and synchronize.',
	synopsis: '-t TakeoverPath -a ApplicationServer -b StartScript -e StopScript -s ServiceLabel',
	flags: {
		t: {arg: 'TakeoverPath', required: true, help: 'the communication path to the takeover node'},
		a: {arg: 'ApplicationServer', required: true, help: 'the application server name; the resource group is named <server>_group'},
		b: {arg: 'StartScript', required: true, help: "the application server's start script (a full path)"},
		e: {arg: 'StopScript', required: true, help: "the application server's stop script (a full path)"},
		s: {arg: 'ServiceLabel', required: true, help: 'the service IP label (in /etc/hosts) the application is reached by'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const {t, a, b, e, s} = opts;
		if (dcdOf(ctx.state, ctx.node).nodes.length > 0) refuse(errorLines(msg.assistantConfigured()));
		const local = Object.values(ctx.state.nodes[ctx.node]!.interfaces).find(i => i.addresses.length > 0)?.addresses[0] ?? ctx.node;
		const [takeover] = nodesAt(ctx, [t]) as [[string, string]];
		if (takeover[0] === ctx.node) refuse(errorLines(msg.assistantSameNode(t)));
		ctx.print(`Configuring the cluster ${ctx.node}_cluster: nodes ${ctx.node} and ${takeover[0]}.`);
		addNodes(ctx, `${ctx.node}_cluster`, [[ctx.node, local], takeover]);
		const shared = sharedDisks(ctx.state, ctx.node, [ctx.node, takeover[0]]);
		if (shared.heartbeat) {
			step(ctx, 'clmodnetwork', '-a', '-i', 'diskhb');
			const network = Object.values(dcdOf(ctx.state, ctx.node).networks).find(n => n.type === 'diskhb')!.name;
			for (const [node, hdisk] of Object.entries(shared.heartbeat.paths))
				step(ctx, 'claddinterface', '-i', `${node}_${hdisk}_01`, '-w', network, '-d', `/dev/${hdisk}`, '-n', node);
		}
		const ether = Object.values(dcdOf(ctx.state, ctx.node).networks).find(n => n.type !== 'diskhb' && n.attr !== 'serial');
		if (!ether) refuse(errorLines(msg.assistantNoNetwork(ctx.node, takeover[0])));
		step(ctx, 'claddinterface', '-f', 'service', '-i', s, '-w', ether.name);
		step(ctx, 'claddserv', '-s', a, '-b', b, '-e', e);
		const group = `${a}_group`;
		step(ctx, 'claddgrp', '-g', group, '-n', `${ctx.node} ${takeover[0]}`, '-S', 'OHN', '-O', 'FNPN', '-B', 'NFB');
		const vgs = shared.volumeGroups.length > 0 ? [`VOLUME_GROUP=${shared.volumeGroups.join(' ')}`] : [];
		step(ctx, 'claddres', '-g', group, `SERVICE_LABEL=${s}`, `APPLICATIONS=${a}`, ...vgs);
		step(ctx, 'cldare', '-rt', '-V', 'normal');
	},
});

export const topologyStandardCommands = [...clAddNodes, ...clConfigassist];
