/**
 * The System Resource Controller as HACMP administrators use it: lssrc
 * (-a, -g group, -s subsystem, -l long status of clstrmgrES), startsrc and
 * stopsrc (for clinfoES, the one daemon of cluster services an administrator starts by hand, and clcomdES),
 * and HACMP's clshowsrv, which prints the daemons in three blocks.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {activeNodes, dcdOf} from '../cluster/config.js';
import type {NodeState} from '../cluster/state.js';
import {startSubsystem, stopSubsystem, subsystemName, subsystemsOf, type SubsystemDef} from '../cluster/subsystems.js';
import {profileOf} from '../cluster/release/index.js';
import {
	clusterManagerStopRefused,
	groupNotOnFile,
	hostNotKnown,
	pidNotOnFile,
	subsystemAlreadyActive,
	subsystemInoperative,
	subsystemNotOnFile,
	subsystemNotRunning,
	subsystemOfClusterServices,
	subsystemStarted,
	subsystemStopRequested,
} from '../cluster/subsystem-messages.js';
import {UTILITIES} from './cluster-state.js';
import {groupTimer} from '../cluster/events/timers.js';
import {daemonDied, haltsNode} from '../cluster/failure/node.js';
import {topologyReport} from '../cluster/failure/topsvcs-report.js';
import {fault} from '../cluster/failure/messages.js';

const HEADER = 'Subsystem         Group            PID          Status ';

function row(node: NodeState, subsystem: SubsystemDef): string {
	const pid = node.subsystems[subsystem.name]?.pid ?? 0;
	return (
		` ${subsystem.name.padEnd(16)} ${subsystem.group.padEnd(16)} ${(pid > 0 ? String(pid) : '').padEnd(12)} ` +
		`${pid > 0 ? 'active' : 'inoperative'}`
	);
}

function localNode(ctx: CommandContext): NodeState {
	return ctx.state.nodes[ctx.node]!;
}

/** `lssrc -ls clstrmgrES`: the cluster manager's own report, led by its state; its version strings are the release's. */
function clusterManagerStatus(ctx: CommandContext): string[] {
	const node = localNode(ctx);
	const profile = profileOf(ctx.state);
	const manager = subsystemName(ctx.state, 'manager');
	if (!(node.subsystems[manager]?.pid ?? 0)) refuse(subsystemNotRunning(manager));
	const config = dcdOf(ctx.state, ctx.node);
	const index = config.nodes.findIndex(n => n.name === ctx.node);
	const lines = [
		`Current state: ${node.cm}`,
		`sccsid = ${profile.managerSccsid}`,
		`i_local_nodeid ${index}, i_local_siteid -1, my_handle ${index + 1}`,
		`ml_idx[${index + 1}]=${index}`,
		'There are 0 events on the Ibcast queue',
		'There are 0 events on the RM Ibcast queue',
		`CLversion: ${profile.clVersion}`,
		`local node vrmf is ${(node.filesets[profile.serverFileset] ?? '').replace(/\./g, '')}`,
		'cluster fix level is "0"',
		'The following timer(s) are currently active:',
	];
	for (const group of Object.keys(ctx.state.resourceGroups)) {
		const timer = groupTimer(ctx.state, group);
		if (timer) lines.push(`\t${timer.kind === 'settling' ? 'Settling time' : 'Delayed fallback'} timer for resource group ${group}`);
	}
	lines.push('Current DNP values');
	for (const name of activeNodes(ctx.state)) {
		const m = ctx.state.nodes[name]!.metrics;
		const id = config.nodes.findIndex(n => n.name === name) + 1;
		lines.push(`DNP Values for NodeId - ${id}  NodeName - ${name}`);
		lines.push(`    PgSpFree = ${m.freeMemMb * 256}  PvPctBusy = ${m.diskBusy}  PctTotalTimeIdle = ${m.freeCpu.toFixed(6)}`);
	}
	return lines;
}

const lssrc = defineCommand({
	name: 'lssrc',
	dirs: ['/usr/bin'],
	summary: "Gets the status of subsystems, groups of subsystems or a subsystem's process.",
	synopsis: '[-h host] -a\n       lssrc [-h host] -g group\n       lssrc [-h host] [-l] -s subsystem\n       lssrc [-h host] [-l] -p pid',
	readOnly: true,
	flags: {
		h: {arg: 'host', help: 'the host whose subsystems to show (a cluster node)'},
		a: {help: 'shows every subsystem'},
		g: {arg: 'group', help: 'shows the subsystems of a group'},
		l: {
			help: "long status: with -s clstrmgrES, the cluster manager's own report (its state, timers, DNP values); with -s topsvcs, the heartbeat rings",
		},
		s: {arg: 'subsystem', help: 'shows one subsystem'},
		p: {arg: 'pid', help: 'shows the subsystem that runs as this process'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if ([opts.a, opts.g !== undefined, opts.s !== undefined, opts.p !== undefined].filter(Boolean).length !== 1) throw new UsageError('');
		const node = opts.h ?? ctx.node;
		const target = ctx.state.nodes[node];
		if (!target) refuse(hostNotKnown(node));
		let chosen: SubsystemDef[];
		const subsystems = subsystemsOf(ctx.state);
		if (opts.a) chosen = [...subsystems];
		else if (opts.g !== undefined) {
			chosen = subsystems.filter(s => s.group === opts.g);
			if (chosen.length === 0) refuse(groupNotOnFile(opts.g));
		} else if (opts.s !== undefined) {
			chosen = subsystems.filter(s => s.name === opts.s);
			if (chosen.length === 0) refuse(subsystemNotOnFile(opts.s));
			if (opts.l && chosen[0]!.role === 'manager') {
				for (const line of clusterManagerStatus({...ctx, node})) ctx.print(line);
				return;
			}
			if (opts.l && opts.s === 'topsvcs') {
				if (!target.subsystems.topsvcs?.pid) refuse(fault.notRunning('topsvcs'));
				ctx.print(HEADER);
				for (const subsystem of chosen) ctx.print(row(target, subsystem));
				for (const line of topologyReport(ctx.state, node)) ctx.print(line);
				return;
			}
		} else {
			const pid = Number(opts.p);
			chosen = subsystems.filter(s => target.subsystems[s.name]?.pid === pid);
			if (chosen.length === 0) refuse(pidNotOnFile(opts.p!));
		}
		ctx.print(HEADER);
		for (const subsystem of chosen) ctx.print(row(target, subsystem));
	},
});

/** startsrc and stopsrc: the subsystems named by -s or -g, each of which may be started or stopped by hand. */
function control(ctx: CommandContext, start: boolean, subsystem: string | undefined, group: string | undefined): void {
	if ((subsystem === undefined) === (group === undefined)) throw new UsageError('');
	const subsystems = subsystemsOf(ctx.state);
	const names = subsystem !== undefined ? [subsystem] : subsystems.filter(s => s.group === group).map(s => s.name);
	if (group !== undefined && names.length === 0) refuse(groupNotOnFile(group));
	const node = localNode(ctx);
	// Topology or Group Services stopped under a running cluster manager: it exits, and clexit.rc halts the node.
	if (!start && subsystem !== undefined && subsystem !== 'clstrmgrES' && haltsNode(ctx.state, ctx.node, subsystem)) {
		ctx.print(subsystemStopRequested(subsystem));
		ctx.print(daemonDied(ctx.state, ctx.node, 'clstrmgrES'));
		return;
	}
	for (const name of names) {
		const role = (subsystems.find(s => s.name === name) ?? refuse(subsystemNotOnFile(name))).role;
		// clinfo is the one daemon of cluster services an administrator starts and stops alone; clcomdES runs from boot, apart
		// from cluster services, and is stopped and started by hand; the rest belong to clstart / clstop.
		if (role === 'info' || role === 'comd') continue;
		refuse(role === 'manager' && !start ? clusterManagerStopRefused(ctx.name, name) : subsystemOfClusterServices(ctx.name, name, start));
	}
	for (const name of names) {
		if (start) {
			if (startSubsystem(ctx.state, node, name)) ctx.print(subsystemStarted(name, node.subsystems[name]!.pid));
			else refuse(subsystemAlreadyActive(name));
		} else if (stopSubsystem(node, name)) ctx.print(subsystemStopRequested(name));
		else refuse(subsystemInoperative(name));
	}
}

const SUBSYSTEM_OR_GROUP = {
	h: {arg: 'host', help: 'the host to act on (the simulation acts on the local node)'},
	s: {arg: 'subsystem', help: 'the subsystem to act on'},
	g: {arg: 'group', help: 'the group of subsystems to act on'},
} as const;

const startsrc = defineCommand({
	name: 'startsrc',
	dirs: ['/usr/bin'],
	summary: 'Starts a subsystem or a group of subsystems under the System Resource Controller.',
	synopsis: '[-h host] -s subsystem | -g group',
	flags: {
		...SUBSYSTEM_OR_GROUP,
		a: {arg: 'argument', help: "arguments passed to the subsystem's program"},
		e: {arg: 'environment', help: "environment variables set for the subsystem's program"},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		control(ctx, true, opts.s, opts.g);
	},
});

const stopsrc = defineCommand({
	name: 'stopsrc',
	dirs: ['/usr/bin'],
	summary: 'Stops a subsystem or a group of subsystems under the System Resource Controller.',
	synopsis: '[-h host] -s subsystem | -g group',
	flags: {
		...SUBSYSTEM_OR_GROUP,
		f: {help: 'forced stop: the subsystem ends at once'},
		c: {help: 'canceled stop: the subsystem is given time to clean up, then ended'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		control(ctx, false, opts.s, opts.g);
	},
});

/** The three-part status clshowsrv -v prints, also shown after clstart and clstop. */
export function printServiceStatus(ctx: CommandContext, nodeName: string): void {
	const node = ctx.state.nodes[nodeName]!;
	const block = (title: string, part: SubsystemDef['part']) => {
		ctx.print(title);
		ctx.print(HEADER);
		for (const subsystem of subsystems.filter(s => s.part === part)) ctx.print(row(node, subsystem));
	};
	const subsystems = subsystemsOf(ctx.state);
	// HACMP classic runs no RSCT subsystems.
	if (subsystems.some(s => s.part === 'rsct')) block('Status of the RSCT subsystems used by HACMP:', 'rsct');
	block('Status of the HACMP subsystems:', 'hacmp');
	block('Status of the optional HACMP subsystems:', 'optional');
}

const clshowsrv = defineCommand({
	name: 'clshowsrv',
	dirs: [UTILITIES],
	summary: 'Shows the status of the HACMP daemons and the RSCT subsystems they use.',
	synopsis: '{ -a | -v | subsystem ... }',
	readOnly: true,
	flags: {
		a: {help: 'shows every HACMP daemon'},
		v: {help: 'shows the RSCT, HACMP and optional HACMP subsystems in three blocks'},
	},
	operands: {list: [{name: 'subsystem ...', help: 'the subsystems to show'}]},
	run(ctx, {opts, args}) {
		if (opts.v) return printServiceStatus(ctx, ctx.node);
		const subsystems = subsystemsOf(ctx.state);
		const names = opts.a ? subsystems.filter(s => s.part !== 'rsct').map(s => s.name) : args;
		if (names.length === 0) throw new UsageError('');
		const node = localNode(ctx);
		ctx.print(HEADER);
		for (const name of names) {
			const subsystem = subsystems.find(s => s.name === name) ?? refuse(subsystemNotOnFile(name));
			ctx.print(row(node, subsystem));
		}
	},
});

export const srcCommands = [...lssrc, ...startsrc, ...stopsrc, ...clshowsrv];
