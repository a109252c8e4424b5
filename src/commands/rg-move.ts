/**
 * Moving resource groups in a running cluster: clRGmove (move to another
 * node, bring online, bring offline) and cllsrgmove, which lists the groups
 * and nodes a move can use (SMIT's pick lists for the three dialogs).
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {Command} from '../command/registry.js';
import {activeNodes, type ResourceGroup} from '../cluster/config.js';
import {holders, releaseFrom} from '../cluster/events/policy.js';
import {activeConfig, activeGroup, moveResourceGroup, type RgMoveAction} from '../cluster/rg/migrate.js';
import {moveAction} from '../cluster/rg/messages.js';
import type {ClusterState} from '../cluster/state.js';
import {UTILITIES} from './cluster-state.js';
import type {DeepReadonly} from '../cluster/readonly.js';
import {SINCE_5} from '../cluster/release/index.js';

const clRGmove = defineCommand({
	name: 'clRGmove',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Moves a resource group to another node, or brings it online or offline, in a running cluster.',
	synopsis: '-g groupname [-n nodename] -m | -u | -d [-p] [-i]',
	flags: {
		g: {arg: 'groupname', help: 'the resource group'},
		n: {arg: 'nodename', help: 'the node to move it to, or to bring it online or offline on'},
		m: {help: 'moves the group to another node (-n)'},
		u: {help: 'brings the group online (on -n, or where its policy says)'},
		d: {help: 'brings the group offline (on -n, or everywhere)'},
		p: {help: 'persists: the new location is kept (sticky) until changed'},
		i: {help: 'shows the groups with clRGinfo afterwards'},
	},
	run(ctx, {opts, args}) {
		const actions = (['m', 'u', 'd'] as const).filter(f => opts[f]);
		if (args.length > 0 || !opts.g || actions.length !== 1) throw new UsageError(moveAction(ctx.name));
		const action: RgMoveAction = {m: 'move', u: 'online', d: 'offline'}[actions[0]!] as RgMoveAction;
		moveResourceGroup(ctx.state, opts.g, action, opts.n || undefined, opts.p, line => ctx.print(line));
		if (opts.i) return ctx.exec([`${UTILITIES}/clRGinfo`, opts.g]);
	},
});

type Pick = 'm' | 'u' | 'd';

/** Whether a group appears in the list for an action, and on which nodes it can go. */
function candidates(state: DeepReadonly<ClusterState>, group: DeepReadonly<ResourceGroup>, pick: Pick, active: readonly string[]): string[] {
	const runtime = state.resourceGroups[group.name] ?? {nodes: {}};
	const online = holders(runtime).filter(n => active.includes(n));
	const up = group.nodes.filter(n => active.includes(n));
	// A group in ERROR can be brought offline where it failed, to give back what it left up.
	if (pick === 'd') return releaseFrom(runtime).filter(n => active.includes(n));
	if (pick === 'm') return group.startup === 'OAAN' || online.length === 0 ? [] : up.filter(n => !online.includes(n));
	return group.startup === 'OAAN' || online.length === 0 ? up.filter(n => !online.includes(n)) : [];
}

const cllsrgmove = defineCommand({
	name: 'cllsrgmove',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: "Lists the resource groups a move can act on, or a group's candidate nodes (SMIT's pick lists for clRGmove).",
	synopsis: '-m | -u | -d [-g groupname]',
	readOnly: true,
	flags: {
		m: {help: 'the groups that can be moved to another node'},
		u: {help: 'the groups that can be brought online'},
		d: {help: 'the groups that can be brought offline'},
		g: {arg: 'groupname', help: 'the nodes this group can go to for the move, instead of the groups'},
	},
	run(ctx, {opts, args}) {
		const picks = (['m', 'u', 'd'] as const).filter(f => opts[f]);
		if (args.length > 0 || picks.length !== 1) throw new UsageError('');
		const active = activeNodes(ctx.state);
		// A pick list prints its heading only above something to pick: with nothing, SMIT says there are no items.
		const print = (heading: string, lines: string[]) => {
			if (lines.length > 0) for (const line of [heading, ...lines]) ctx.print(line);
		};
		const pick = picks[0]!;
		const config = activeConfig(ctx.state);
		if (opts.g !== undefined) {
			const group = activeGroup(config, opts.g);
			print(
				'# *Denotes Originally Configured Highest Priority Node',
				candidates(ctx.state, group, pick, active).map(node => `  ${node}${node === group.nodes[0] ? ' *' : ''}`),
			);
			return;
		}
		const rows = Object.values(config.resourceGroups)
			.filter(group => candidates(ctx.state, group, pick, active).length > 0)
			.map(group => {
				const runtime = ctx.state.resourceGroups[group.name] ?? {nodes: {}};
				const online = holders(runtime);
				const failed = group.nodes.filter(n => runtime.nodes[n] === 'ERROR');
				const [state, nodes] = online.length > 0 ? ['ONLINE', online] : failed.length > 0 ? ['ERROR', failed] : ['OFFLINE', group.nodes];
				return `  ${group.name.padEnd(29)}${state.padEnd(17)}${nodes.join(' ')}`;
			});
		print(`# ${'Resource Group'.padEnd(29)}${'State'.padEnd(17)}Node(s)`, rows);
	},
});

export const resourceGroupMoveCommands: Command[] = [clRGmove, cllsrgmove].flat();
