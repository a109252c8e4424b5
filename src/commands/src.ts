/**
 * The System Resource Controller as HACMP administrators use it: lssrc
 * (-a, -g group, -s subsystem, -l long status of clstrmgrES), startsrc and
 * stopsrc (for clinfoES, the one daemon an administrator starts by hand),
 * and HACMP's clshowsrv, which prints the daemons in three blocks.
 */
import {CommandError, UsageError} from '../command/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {activeNodes, dcdOf} from '../cluster/config.js';
import type {NodeState} from '../cluster/state.js';
import {SUBSYSTEMS, startSubsystem, stopSubsystem, type SubsystemDef} from '../cluster/subsystems.js';
import {groupTimer} from '../cluster/events/timers.js';

const HEADER = 'Subsystem         Group            PID          Status ';

function row(node: NodeState, subsystem: SubsystemDef): string {
	const pid = node.subsystems[subsystem.name]?.pid ?? 0;
	return ` ${subsystem.name.padEnd(16)} ${subsystem.group.padEnd(16)} ${(pid > 0 ? String(pid) : '').padEnd(12)} ${pid > 0 ? 'active' : 'inoperative'}`;
}

function localNode(ctx: CommandContext): NodeState {
	return ctx.state.nodes[ctx.node]!;
}

/** `lssrc -ls clstrmgrES`: the cluster manager's own report, led by its state. */
function clusterManagerStatus(ctx: CommandContext): string[] {
	const node = localNode(ctx);
	const config = dcdOf(ctx.state, ctx.node);
	const index = config.nodes.findIndex(n => n.name === ctx.node);
	const lines = [
		`Current state: ${node.cm}`,
		'sccsid = "@(#)36\t1.135.1.37 src/43haes/usr/sbin/cluster/hacmprd/main.C, hacmp.pe, 52haes_r520, 0420A_hacmp520 5/11/04 16:48:47"',
		`i_local_nodeid ${index}, i_local_siteid -1, my_handle ${index + 1}`,
		`ml_idx[${index + 1}]=${index}`,
		'There are 0 events on the Ibcast queue',
		'There are 0 events on the RM Ibcast queue',
		'CLversion: 7',
		`local node vrmf is ${(node.filesets['cluster.es.server.rte'] ?? '').replace(/\./g, '')}`,
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

const lssrc: Command = {
	name: 'lssrc',
	dir: '/usr/bin',
	usage: 'Usage: lssrc [-h host] -a\n       lssrc [-h host] -g group\n       lssrc [-h host] [-l] -s subsystem\n       lssrc [-h host] [-l] -p pid',
	run(ctx) {
		const {opts, args} = getopt('lssrc', ctx.argv.slice(1), {flags: 'h:ag:ls:p:'});
		if (args.length > 0 || [opts.a, opts.g, opts.s, opts.p].filter(Boolean).length !== 1) throw new UsageError('');
		const node = typeof opts.h === 'string' ? opts.h : ctx.node;
		const target = ctx.state.nodes[node];
		if (!target) throw new CommandError(`0513-012 The ${node} host is not known; it cannot be reached.`);
		let chosen: SubsystemDef[];
		if (opts.a) chosen = [...SUBSYSTEMS];
		else if (typeof opts.g === 'string') {
			chosen = SUBSYSTEMS.filter(s => s.group === opts.g);
			if (chosen.length === 0) throw new CommandError(`0513-086 The ${opts.g} Group is not on file.`);
		} else if (typeof opts.s === 'string') {
			chosen = SUBSYSTEMS.filter(s => s.name === opts.s);
			if (chosen.length === 0) throw new CommandError(`0513-085 The ${opts.s} Subsystem is not on file.`);
			if (opts.l && opts.s === 'clstrmgrES') {
				for (const line of clusterManagerStatus({...ctx, node})) ctx.print(line);
				return;
			}
		} else {
			const pid = Number(opts.p);
			chosen = SUBSYSTEMS.filter(s => target.subsystems[s.name]?.pid === pid);
			if (chosen.length === 0) throw new CommandError(`0513-017 The ${opts.p} pid is not on file.`);
		}
		ctx.print(HEADER);
		for (const subsystem of chosen) ctx.print(row(target, subsystem));
	},
};

/** Daemons an administrator may start or stop alone; the rest belong to clstart / clstop. */
const BY_HAND = new Set(['clinfoES']);

function srcControl(start: boolean): Command {
	return {
		name: start ? 'startsrc' : 'stopsrc',
		dir: '/usr/bin',
		usage: `Usage: ${start ? 'startsrc' : 'stopsrc'} [-h host] -s subsystem | -g group`,
		run(ctx) {
			const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: start ? 'h:s:g:a:e:' : 'h:s:g:fc'});
			if (args.length > 0 || (opts.s === undefined) === (opts.g === undefined)) throw new UsageError('');
			const names = typeof opts.s === 'string' ? [opts.s] : SUBSYSTEMS.filter(s => s.group === opts.g).map(s => s.name);
			if (typeof opts.g === 'string' && names.length === 0) throw new CommandError(`0513-086 The ${opts.g} Group is not on file.`);
			const node = localNode(ctx);
			for (const name of names) {
				if (!SUBSYSTEMS.some(s => s.name === name)) throw new CommandError(`0513-085 The ${name} Subsystem is not on file.`);
				if (!BY_HAND.has(name)) {
					throw new CommandError(
						name === 'clstrmgrES' && !start
							? `${ctx.name}: clstrmgrES must not be stopped with stopsrc: the SRC would run clexit.rc and halt the node.\nUse clstop (smitty clstop) to stop cluster services.`
							: `${ctx.name}: ${name} is ${start ? 'started' : 'stopped'} with cluster services; use ${start ? 'smitty clstart (rc.cluster)' : 'smitty clstop (clstop)'}.`,
					);
				}
			}
			for (const name of names) {
				if (start) {
					if (startSubsystem(ctx.state, node, name)) ctx.print(`0513-059 The ${name} Subsystem has been started. Subsystem PID is ${node.subsystems[name]!.pid}.`);
					else throw new CommandError(`0513-029 The ${name} Subsystem is already active.\nMultiple instances are not supported.`);
				} else if (stopSubsystem(node, name)) ctx.print(`0513-044 The ${name} Subsystem was requested to stop.`);
				else throw new CommandError(`0513-004 The Subsystem or Group, ${name}, is currently inoperative.`);
			}
		},
	};
}

/** The three-part status clshowsrv -v prints, also shown after clstart and clstop. */
export function printServiceStatus(ctx: CommandContext, nodeName: string): void {
	const node = ctx.state.nodes[nodeName]!;
	const block = (title: string, part: SubsystemDef['part']) => {
		ctx.print(title);
		ctx.print(HEADER);
		for (const subsystem of SUBSYSTEMS.filter(s => s.part === part)) ctx.print(row(node, subsystem));
	};
	block('Status of the RSCT subsystems used by HACMP:', 'rsct');
	block('Status of the HACMP subsystems:', 'hacmp');
	block('Status of the optional HACMP subsystems:', 'optional');
}

const clshowsrv: Command = {
	name: 'clshowsrv',
	dir: '/usr/es/sbin/cluster/utilities',
	usage: 'Usage: clshowsrv { -a | -v | subsystem ... }',
	run(ctx) {
		const {opts, args} = getopt('clshowsrv', ctx.argv.slice(1), {flags: 'av'});
		if (opts.v) return printServiceStatus(ctx, ctx.node);
		const names = opts.a ? SUBSYSTEMS.filter(s => s.part !== 'rsct').map(s => s.name) : args;
		if (names.length === 0) throw new UsageError('');
		const node = localNode(ctx);
		ctx.print(HEADER);
		for (const name of names) {
			const subsystem = SUBSYSTEMS.find(s => s.name === name);
			if (!subsystem) throw new CommandError(`0513-085 The ${name} Subsystem is not on file.`);
			ctx.print(row(node, subsystem));
		}
	},
};

export const srcCommands: Command[] = [lssrc, srcControl(true), srcControl(false), clshowsrv];
