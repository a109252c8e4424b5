/**
 * HACMP's network modules (HACMPnim) and their failure detection rate:
 * cllsnim shows them, clchnim changes a module's rate in this node's
 * configuration (it takes effect when the cluster is synchronized, as every
 * topology change does). A faster rate notices a failure sooner and risks
 * declaring a busy node down.
 */
import {refuse} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import {dcdOf, editDcd, type NetworkType} from '../cluster/config.js';
import {detectionSeconds, moduleOf, NETWORK_MODULES, NIM_DESCRIPTIONS, rateOf} from '../cluster/failure/topsvcs.js';
import {UTILITIES} from './cluster-state.js';

const MODULES = Object.keys(NETWORK_MODULES) as NetworkType[];
const unknownModule = (command: string, name: string) => `${command}: network module ${name} is not defined.`;
const isModule = (name: string): name is NetworkType => (MODULES as string[]).includes(name);

const cllsnim = defineCommand({
	name: 'cllsnim',
	dirs: [UTILITIES],
	summary: 'Lists the network modules (one per network type) with their heartbeat settings and failure detection rate.',
	readOnly: true,
	flags: {
		n: {arg: 'Name', help: 'shows one network module in full'},
		c: {help: 'colon-separated output (what SMIT reads to fill a dialog)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		if (opts.n !== undefined && !isModule(opts.n)) refuse(unknownModule(ctx.name, opts.n));
		const chosen = opts.n !== undefined ? [opts.n as NetworkType] : MODULES;
		if (opts.c) {
			ctx.print('#_rawname:desc:rate');
			for (const type of chosen) ctx.print(`${type}:${NIM_DESCRIPTIONS[type]}:${rateOf(config, type)}`);
			return;
		}
		if (opts.n === undefined) {
			for (const type of chosen) ctx.print(`${type.padEnd(8)}${NIM_DESCRIPTIONS[type].padEnd(32)}Failure Detection Rate: ${rateOf(config, type)}`);
			return;
		}
		const type = chosen[0]!;
		const nim = moduleOf(config, type);
		ctx.print(`NIM name: ${type}`);
		ctx.print(`Description: ${NIM_DESCRIPTIONS[type]}`);
		ctx.print(`Grace Period: ${nim.grace}`);
		ctx.print(`Failure Cycle: ${nim.failureCycle}`);
		ctx.print(`Interval between Heartbeats: ${nim.interval.toFixed(2)}`);
		ctx.print(`Failure Detection Rate: ${rateOf(config, type)}`);
		ctx.print(`Failure Detection Time: ${detectionSeconds(config, type)} seconds`);
	},
});

const clchnim = defineCommand({
	name: 'clchnim',
	dirs: [UTILITIES],
	summary: "Changes a network module's failure detection rate in this node's configuration (synchronize to put it in effect).",
	flags: {
		n: {arg: 'Name', help: 'the network module (its network type: ether, diskhb, rs232, ...)'},
		f: {arg: 'Rate', help: 'the failure detection rate: Slow, Normal or Fast', values: ['Slow', 'Normal', 'Fast']},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const name = opts.n ?? refuse(`${ctx.name}: name the network module with -n.`);
		if (!isModule(name)) refuse(unknownModule(ctx.name, name));
		const rate = opts.f ?? refuse(`${ctx.name}: give the failure detection rate with -f (Slow, Normal or Fast).`);
		const config = editDcd(ctx.state, ctx.node, draft => {
			const rates = {...draft.nimRates};
			if (rate === 'Normal') delete rates[name];
			else rates[name] = rate;
			if (Object.keys(rates).length > 0) draft.nimRates = rates;
			else delete draft.nimRates;
		});
		ctx.print(
			`Network module ${name}: failure detection rate ${rate}; a silent peer is declared down after ${detectionSeconds(config, name)} seconds ` +
				'once the cluster is synchronized.',
		);
	},
});

export const nimCommands = [...cllsnim, ...clchnim];
