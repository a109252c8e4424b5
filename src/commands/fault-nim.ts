/**
 * HACMP's network modules (HACMPnim) and their failure detection: cllsnim shows them, clchnim changes one in this
 * node's configuration (it takes effect when the cluster is synchronized, as every topology change does): on 5.2 its
 * rate, on 4.3 every field of SMIT's Change / Show a Cluster Network Module, a custom heartbeat rate and failure cycle
 * included; 4.3's claddnim and clrmnim add and remove modules. A faster rate notices a failure sooner and risks
 * declaring a busy node down.
 */
import {refuse} from '../cluster/errors.js';
import {nim} from '../cluster/failure/messages.js';
import {errorLines} from '../cluster/rg/messages.js';
import {defineCommand, type Flag} from '../command/define.js';
import {dcdOf} from '../cluster/config.js';
import {detectionSeconds, networkModules, type ModuleRecord} from '../cluster/failure/topsvcs.js';
import {addNetworkModule, changeNetworkModule, removeNetworkModule, type ModuleChange} from '../cluster/failure/nims.js';
import {profileOf} from '../cluster/release/index.js';
import type {ClusterState} from '../cluster/state.js';
import type {DeepReadonly} from '../cluster/readonly.js';
import {joinColons} from '../menu/colon.js';
import {UTILITIES} from './cluster-state.js';

/** A module this node's configuration does not define: the one refusal cllsnim, clchnim and clrmnim share. */
const unknownModule = (name: string) => errorLines(nim.notDefined(name));
const RATES = ['Slow', 'Normal', 'Fast'] as const;

const modulesOf = (state: DeepReadonly<ClusterState>, node: string) => networkModules(state, dcdOf(state, node));
/** Seconds as SMIT shows them: 1, 0.5. */
const seconds = (value: number) => String(Number(value.toFixed(2)));

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
		const modules = modulesOf(ctx.state, ctx.node);
		const chosen = opts.n === undefined ? modules : modules.filter(m => m.name === opts.n);
		if (chosen.length === 0) refuse(unknownModule(opts.n!));
		// 4.3's Change / Show a Cluster Network Module shows every field of HACMPnim.
		const classic = profileOf(ctx.state).heartbeats === 'nim';
		if (opts.c) {
			ctx.print(classic ? '#_rawname:desc:addrtype:path:para:grace:rate:hbrate:cycle' : '#_rawname:desc:rate');
			for (const m of chosen) {
				const custom = m.rate === 'Custom';
				const rate = custom ? 'Normal' : m.rate;
				const fields = [m.name, m.description, m.addressType, m.path, m.parameters, String(m.grace), rate];
				ctx.print(
					joinColons(classic ? [...fields, custom ? seconds(m.interval) : '', custom ? String(m.failureCycle) : ''] : [m.name, m.description, rate]),
				);
			}
			return;
		}
		if (opts.n === undefined) {
			for (const m of chosen) ctx.print(`${m.name.padEnd(8)}${m.description.padEnd(32)}Failure Detection Rate: ${m.rate}`);
			return;
		}
		const m = chosen[0]!;
		ctx.print(`NIM name: ${m.name}`);
		ctx.print(`Description: ${m.description}`);
		if (classic) {
			ctx.print(`Address Type: ${m.addressType}`);
			ctx.print(`Path: ${m.path}`);
			ctx.print(`Parameters: ${m.parameters}`);
		}
		ctx.print(`Grace Period: ${m.grace}`);
		ctx.print(`Failure Cycle: ${m.failureCycle}`);
		ctx.print(`Interval between Heartbeats: ${m.interval.toFixed(2)}`);
		ctx.print(`Failure Detection Rate: ${m.rate}`);
		ctx.print(`Failure Detection Time: ${detectionSeconds(config, m.name)} seconds`);
	},
});

/** What 4.3's module dialogs set besides the rate: each field of HACMPnim. */
const MODULE_FIELDS = {
	d: {arg: 'Description', help: 'what the module carries', releases: ['4.3']},
	t: {arg: 'Address|Device', values: ['Address', 'Device'], help: 'its peers are addresses (IP) or devices (serial)', releases: ['4.3']},
	p: {arg: 'Path', help: 'the module program', releases: ['4.3']},
	P: {arg: 'Parameters', help: 'arguments passed to the module program', releases: ['4.3']},
	g: {arg: 'GracePeriod', help: 'seconds heartbeats are ignored while an address moves (IPAT)', releases: ['4.3']},
	h: {arg: 'HeartbeatRate', help: 'custom: seconds between heartbeats (with -c; empty: as the rate sets it)', releases: ['4.3']},
	c: {arg: 'FailureCycle', help: 'custom: heartbeats missed before a failure is declared (with -h)', releases: ['4.3']},
	f: {arg: 'Rate', values: RATES, help: 'the failure detection rate: Slow, Normal or Fast'},
} as const satisfies Record<string, Flag>;

/** A number given to a flag (empty: not given); text that is no number is refused as it was typed. */
function number(field: string, value: string | undefined): number | undefined {
	if (value === undefined || value === '') return undefined;
	const parsed = Number(value);
	return Number.isFinite(parsed) ? parsed : refuse(errorLines(nim.number(field, value)));
}

function moduleChange(opts: Partial<Record<keyof typeof MODULE_FIELDS, string>>): ModuleChange {
	const [interval, failureCycle, grace] = [number('Heartbeat rate', opts.h), number('Failure cycle', opts.c), number('Grace period', opts.g)];
	return {
		...(opts.f !== undefined && {rate: opts.f as ModuleChange['rate']}),
		...(interval !== undefined && {interval}),
		...(failureCycle !== undefined && {failureCycle}),
		...(grace !== undefined && {grace}),
		...(opts.d !== undefined && {description: opts.d}),
		...(opts.t !== undefined && {addressType: opts.t}),
		...(opts.p !== undefined && {path: opts.p}),
		...(opts.P !== undefined && {parameters: opts.P}),
	};
}

/** What a changed module now does. */
const detectionLine = (m: ModuleRecord | undefined, seconds: number) =>
	`Network module ${m?.name}: failure detection rate ${m?.rate}; a silent peer is declared down after ${seconds} seconds ` +
	'once the cluster is synchronized.';

const clchnim = defineCommand({
	name: 'clchnim',
	dirs: [UTILITIES],
	summary:
		"Changes a network module's failure detection (and on 4.3 its other fields) in this node's configuration; synchronize to put it in effect.",
	flags: {n: {arg: 'Name', required: true, help: 'the network module (its network type: ether, diskhb, rs232, ...)'}, ...MODULE_FIELDS},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (!modulesOf(ctx.state, ctx.node).some(m => m.name === opts.n)) refuse(unknownModule(opts.n));
		const change = moduleChange(opts);
		// 4.3's dialog sends only the fields changed: none is a change of nothing; 5.2's always sends the rate.
		if (Object.keys(change).length === 0 && profileOf(ctx.state).heartbeats === 'topsvcs')
			refuse(`${ctx.name}: give the failure detection rate with -f (Slow, Normal or Fast).`);
		const config = changeNetworkModule(ctx.state, ctx.node, opts.n, change);
		const module = networkModules(ctx.state, config).find(m => m.name === opts.n);
		ctx.print(detectionLine(module, detectionSeconds(config, opts.n)));
	},
});

const claddnim = defineCommand({
	name: 'claddnim',
	dirs: [UTILITIES],
	releases: ['4.3'],
	summary: "Adds a network module to this node's configuration (HACMPnim); synchronize to put it in effect.",
	flags: {n: {arg: 'Name', required: true, help: 'the new network module'}, ...MODULE_FIELDS},
	operands: {count: 0},
	run(ctx, {opts}) {
		addNetworkModule(ctx.state, ctx.node, opts.n, moduleChange(opts));
	},
});

const clrmnim = defineCommand({
	name: 'clrmnim',
	dirs: [UTILITIES],
	releases: ['4.3'],
	summary: "Removes a network module no network uses from this node's configuration (HACMPnim).",
	flags: {n: {arg: 'Name', required: true, help: 'the network module to remove'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		removeNetworkModule(ctx.state, ctx.node, opts.n);
	},
});

export const nimCommands = [...cllsnim, ...clchnim, ...claddnim, ...clrmnim];
