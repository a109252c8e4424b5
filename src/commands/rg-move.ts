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
import {holders} from '../cluster/events/policy.js';
import {moveResourceGroup, type RgMoveAction} from '../cluster/rg/migrate.js';
import type {ClusterState} from '../cluster/state.js';
import {UTILITIES} from './cluster-state.js';

const clRGmove: Command = {
	name: 'clRGmove',
	dir: UTILITIES,
	usage: 'Usage: clRGmove -g groupname [-n nodename] -m | -u | -d [-p] [-i]',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'g:n:mudpi'});
		const actions = (['m', 'u', 'd'] as const).filter(f => opts[f]);
		if (args.length > 0 || typeof opts.g !== 'string' || actions.length !== 1) throw new UsageError(`${ctx.name}: give a group (-g) and one action: -m (move), -u (online) or -d (offline).`);
		const action: RgMoveAction = {m: 'move', u: 'online', d: 'offline'}[actions[0]!] as RgMoveAction;
		const node = typeof opts.n === 'string' && opts.n !== '' ? opts.n : undefined;
		moveResourceGroup(ctx.state, opts.g, action, node, Boolean(opts.p), line => ctx.print(line));
		if (opts.i) return ctx.exec([`${UTILITIES}/clRGinfo`, opts.g]);
	},
};

type Pick = 'm' | 'u' | 'd';

/** Whether a group appears in the list for an action, and on which nodes it can go. */
function candidates(state: ClusterState, group: ResourceGroup, pick: Pick, active: readonly string[]): string[] {
	const runtime = state.resourceGroups[group.name] ?? {nodes: {}};
	const online = holders(runtime).filter(n => active.includes(n));
	const up = group.nodes.filter(n => active.includes(n));
	if (pick === 'd') return online;
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
		const config = runningConfig(ctx.state) ?? dcdOf(ctx.state, ctx.node);
		const groups = Object.values(config.resourceGroups);
		if (picks[0] === 'M') {
			ctx.print('# Resource Group:Location[:sticky]');
			for (const group of groups) {
				const nodes = group.startup === 'OAAN' ? [] : group.nodes.filter(n => active.includes(n));
				for (const location of [...nodes, 'default', 'stop']) {
					ctx.print(`${group.name}:${location}`);
					if (location !== 'default') ctx.print(`${group.name}:${location}:sticky`);
				}
			}
			return;
		}
		const pick = picks[0] as Pick;
		if (typeof opts.g === 'string') {
			const group = config.resourceGroups[opts.g];
			ctx.print('# *Denotes Originally Configured Highest Priority Node');
			for (const node of group ? candidates(ctx.state, group, pick, active) : []) ctx.print(`  ${node}${node === group!.nodes[0] ? ' *' : ''}`);
			return;
		}
		ctx.print(`# ${'Resource Group'.padEnd(29)}${'State'.padEnd(17)}Node(s)`);
		for (const group of groups) {
			if (candidates(ctx.state, group, pick, active).length === 0) continue;
			const online = holders(ctx.state.resourceGroups[group.name] ?? {nodes: {}});
			ctx.print(`  ${group.name.padEnd(29)}${(online.length > 0 ? 'ONLINE' : 'OFFLINE').padEnd(17)}${(online.length > 0 ? online : group.nodes).join(' ')}`);
		}
	},
};

export const resourceGroupMoveCommands: Command[] = [clRGmove, cllsrgmove];
