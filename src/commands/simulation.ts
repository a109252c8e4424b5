/**
 * Commands of the simulation itself, not of AIX or HACMP, kept apart under
 * /usr/lpp/hasmit/bin so no one mistakes them for the real thing.
 * hasmit_load shows and sets the per-node figures dynamic node priority
 * compares (what RSCT would measure on a real node).
 */
import {CommandError, UsageError} from '../cluster/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command} from '../command/registry.js';
import {activeNodes, dcdOf} from '../cluster/config.js';
import {dynamicPriorityNode} from '../cluster/events/policy.js';
import {DNP_POLICIES} from '../cluster/rg/policies.js';

const SIMULATION_BIN = '/usr/lpp/hasmit/bin';

const hasmitLoad: Command = {
	name: 'hasmit_load',
	dir: SIMULATION_BIN,
	usage: 'Usage: hasmit_load                          (show every node)\n       hasmit_load -n node [-c free_cpu_%] [-m free_memory_MB] [-d disk_busy_%]',
	run(ctx) {
		const {opts} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'n:c:m:d:', operands: 0});
		const figure = (flag: 'c' | 'm' | 'd', max: number) => {
			const value = opts[flag];
			if (value === undefined) return undefined;
			if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) > max) throw new UsageError(`${ctx.name}: -${flag} takes a number from 0 to ${max}.`);
			return Number(value);
		};
		const changes = {freeCpu: figure('c', 100), freeMemMb: figure('m', 1048576), diskBusy: figure('d', 100)};
		const node = typeof opts.n === 'string' ? ctx.state.nodes[opts.n] : undefined;
		if (typeof opts.n === 'string' && !node) throw new CommandError(`${ctx.name}: ${opts.n} is not a node of the simulated cluster.`);
		if (Object.values(changes).some(v => v !== undefined)) {
			if (!node) throw new UsageError(`${ctx.name}: name the node to change (-n).`);
			for (const [key, value] of Object.entries(changes)) if (value !== undefined) node.metrics[key as keyof typeof changes] = value;
		}
		const nodes = dcdOf(ctx.state, ctx.node).nodes.map(n => n.name);
		ctx.print('Simulated load (what dynamic node priority compares):');
		ctx.print(`${'Node'.padEnd(16)}${'Free CPU %'.padStart(12)}${'Free memory MB'.padStart(16)}${'Disk busy %'.padStart(13)}  Cluster services`);
		for (const name of nodes) {
			const m = ctx.state.nodes[name]!.metrics;
			ctx.print(`${name.padEnd(16)}${String(m.freeCpu).padStart(12)}${String(m.freeMemMb).padStart(16)}${String(m.diskBusy).padStart(13)}  ${ctx.state.nodes[name]!.acd ? 'active' : 'inactive'}`);
		}
		const active = activeNodes(ctx.state);
		ctx.print('');
		ctx.print('Among the active nodes, each policy now prefers:');
		for (const [policy, meaning] of Object.entries(DNP_POLICIES)) ctx.print(`  ${policy.padEnd(22)}${dynamicPriorityNode(ctx.state, policy, active) ?? '(no active node)'}   (${meaning})`);
	},
};

export const simulationCommands: Command[] = [hasmitLoad];
