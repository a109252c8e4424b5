/**
 * Moving resource groups in a running cluster: clRGmove (move to another
 * node, bring online, bring offline) and cllsrgmove, which lists the groups
 * and nodes a move can use (SMIT's pick lists for the three dialogs and the
 * DARE migration dialog).
 */
import {UsageError} from '../command/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command} from '../command/registry.js';
import {activeNodes, dcdOf, runningConfig, type ResourceGroup} from '../cluster/config.js';
import {holders, releaseFrom} from '../cluster/events/policy.js';
import {activeConfig, activeGroup, moveResourceGroup, type RgMoveAction} from '../cluster/rg/migrate.js';
import type {ClusterState} from '../cluster/state.js';
import {UTILITIES} from './cluster-state.js';
import type {DeepReadonly} from '../cluster/readonly.js';

const clRGmove: Command = {
	name: 'clRGmove',
	dir: UTILITIES,
	usage: 'Usage: clRGmove -g groupname [-n nodename] -m | -u | -d [-p] [-i]',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'g:n:mudpi'});
		const actions = (['m', 'u', 'd'] as const).filter(f => opts[f]);
		if (args.length > 0 || typeof opts.g !== 'string' || opts.g === '' || actions.length !== 1) throw new UsageError(`${ctx.name}: give a group (-g) and one action: -m (move), -u (online) or -d (offline).`);
		const action: RgMoveAction = {m: 'move', u: 'online', d: 'offline'}[actions[0]!] as RgMoveAction;
		const node = typeof opts.n === 'string' && opts.n !== '' ? opts.n : undefined;
		moveResourceGroup(ctx.state, opts.g, action, node, Boolean(opts.p), line => ctx.print(line));
		if (opts.i) return ctx.exec([`${UTILITIES}/clRGinfo`, opts.g]);
	},
};

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

const cllsrgmove: Command = {
	name: 'cllsrgmove',
	dir: UTILITIES,
	usage: 'Usage: cllsrgmove -m | -u | -d [-g groupname]\n       cllsrgmove -M',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'mudMg:'});
		const picks = (['m', 'u', 'd', 'M'] as const).filter(f => opts[f]);
		if (args.length > 0 || picks.length !== 1) throw new UsageError('');
		const active = activeNodes(ctx.state);
		// A pick list prints its heading only above something to pick: with nothing, SMIT says there are no items.
		const print = (heading: string, lines: string[]) => {
			if (lines.length > 0) for (const line of [heading, ...lines]) ctx.print(line);
		};
		if (picks[0] === 'M') {
			// DARE migration also clears a sticky location while HACMP is down, from the local DCD.
			const groups = Object.values((runningConfig(ctx.state) ?? dcdOf(ctx.state, ctx.node)).resourceGroups);
			const requests = groups.flatMap(group => {
				const nodes = group.startup === 'OAAN' ? [] : group.nodes.filter(n => active.includes(n));
				return [...nodes, 'default', 'stop'].flatMap(location => [`${group.name}:${location}`, ...(location === 'default' ? [] : [`${group.name}:${location}:sticky`])]);
			});
			print('# Resource Group:Location[:sticky]', requests);
			return;
		}
		const pick = picks[0] as Pick;
		const config = activeConfig(ctx.state);
		if (typeof opts.g === 'string') {
			const group = activeGroup(config, opts.g);
			print('# *Denotes Originally Configured Highest Priority Node', candidates(ctx.state, group, pick, active).map(node => `  ${node}${node === group.nodes[0] ? ' *' : ''}`));
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
};

export const resourceGroupMoveCommands: Command[] = [clRGmove, cllsrgmove];
