/**
 * Commands of the simulation itself, not of AIX or HACMP, kept apart under
 * /usr/lpp/hasmit/bin so no one mistakes them for the real thing.
 * hasmit_load shows and sets the per-node figures dynamic node priority
 * compares (what RSCT would measure on a real node).
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import {activeNodes, dcdOf} from '../cluster/config.js';
import {dynamicPriorityNode} from '../cluster/events/policy.js';
import {DNP_POLICIES} from '../cluster/rg/policies.js';
import {figureOutOfRange, nameTheNode, notSimulatedNode} from './simulation-messages.js';

const SIMULATION_BIN = '/usr/lpp/hasmit/bin';

const hasmitLoad = defineCommand({
	name: 'hasmit_load',
	dirs: [SIMULATION_BIN],
	summary: 'Shows, and with -n sets, the load figures of the simulated nodes that dynamic node priority compares.',
	synopsis: '                         (show every node)\n       hasmit_load -n node [-c free_cpu_%] [-m free_memory_MB] [-d disk_busy_%]',
	flags: {
		n: {arg: 'node', help: 'the node whose figures to set'},
		c: {arg: 'free_cpu_%', help: 'its free CPU, in percent (0 to 100)'},
		m: {arg: 'free_memory_MB', help: 'its free memory, in MB (0 to 1048576)'},
		d: {arg: 'disk_busy_%', help: 'how busy its disks are, in percent (0 to 100)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const figure = (flag: 'c' | 'm' | 'd', max: number) => {
			const value = opts[flag];
			if (value === undefined) return undefined;
			if (!/^\d+$/.test(value) || Number(value) > max) throw new UsageError(figureOutOfRange(ctx.name, flag, max));
			return Number(value);
		};
		const changes = {freeCpu: figure('c', 100), freeMemMb: figure('m', 1048576), diskBusy: figure('d', 100)};
		const node = opts.n === undefined ? undefined : (ctx.state.nodes[opts.n] ?? refuse(notSimulatedNode(ctx.name, opts.n)));
		if (Object.values(changes).some(v => v !== undefined)) {
			if (!node) throw new UsageError(nameTheNode(ctx.name));
			for (const [key, value] of Object.entries(changes)) if (value !== undefined) node.metrics[key as keyof typeof changes] = value;
		}
		// A node named before its machine exists (4.3) has no figures.
		const nodes = dcdOf(ctx.state, ctx.node)
			.nodes.map(n => n.name)
			.filter(n => ctx.state.nodes[n]);
		ctx.print('Simulated load (what dynamic node priority compares):');
		ctx.print(`${'Node'.padEnd(16)}${'Free CPU %'.padStart(12)}${'Free memory MB'.padStart(16)}${'Disk busy %'.padStart(13)}  Cluster services`);
		for (const name of nodes) {
			const m = ctx.state.nodes[name]!.metrics;
			ctx.print(
				`${name.padEnd(16)}${String(m.freeCpu).padStart(12)}${String(m.freeMemMb).padStart(16)}${String(m.diskBusy).padStart(13)}  ` +
					`${ctx.state.nodes[name]!.acd ? 'active' : 'inactive'}`,
			);
		}
		const active = activeNodes(ctx.state);
		ctx.print('');
		ctx.print('Among the active nodes, each policy now prefers:');
		for (const [policy, meaning] of Object.entries(DNP_POLICIES))
			ctx.print(`  ${policy.padEnd(22)}${dynamicPriorityNode(ctx.state, policy, active) ?? '(no active node)'}   (${meaning})`);
	},
});

export const simulationCommands = [...hasmitLoad];
