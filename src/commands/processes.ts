/**
 * Processes on a node: ps -ef shows the daemons that run and the
 * application servers' processes; kill ends an application process, which
 * is how an administrator tests an application monitor.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {runningConfig} from '../cluster/config.js';
import {applicationFailed} from '../cluster/events/app-monitor.js';
import {subsystemsOf} from '../cluster/subsystems.js';
import {daemonNotKilled, noSuchProcess} from './process-messages.js';
import {daemonKilled} from '../cluster/failure/node.js';

const INIT = 1;
const SRCMSTR = 135366;

interface Process {
	pid: number;
	ppid: number;
	since: number;
	command: string;
	/** The application server, for an application process. */
	server?: string;
}

function processes(ctx: CommandContext): Process[] {
	const node = ctx.state.nodes[ctx.node]!;
	const boot = Math.min(ctx.state.clock, ...Object.values(node.apps).map(a => a.since));
	const list: Process[] = [
		{pid: INIT, ppid: 0, since: boot, command: '/etc/init'},
		{pid: SRCMSTR, ppid: INIT, since: boot, command: '/usr/sbin/srcmstr'},
	];
	for (const {name, program} of subsystemsOf(ctx.state)) {
		const pid = node.subsystems[name]?.pid ?? 0;
		if (pid > 0) list.push({pid, ppid: SRCMSTR, since: boot, command: program});
	}
	const monitors = Object.values(runningConfig(ctx.state)?.appMonitors ?? {});
	for (const [server, app] of Object.entries(node.apps)) {
		const watched = monitors.find(m => m.server === server && m.kind === 'process')?.processes?.split(/\s+/)[0];
		list.push({pid: app.pid, ppid: INIT, since: app.since, command: watched ?? `/usr/local/app/bin/${server}`, server});
	}
	return list.sort((a, b) => a.pid - b.pid);
}

const time = (ms: number) => new Date(ms).toISOString().slice(11, 19);

const ps = defineCommand({
	name: 'ps',
	dirs: ['/usr/bin'],
	summary: 'Shows the processes that run on this node: daemons and application servers.',
	synopsis: '[-ef]',
	readOnly: true,
	flags: {
		e: {help: 'every process, not only those of this terminal'},
		f: {help: 'full listing: user, PID, parent PID, start time and the whole command line'},
		A: {help: 'every process (as -e)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const all = opts.e || opts.A ? processes(ctx) : [];
		if (opts.f) {
			ctx.print('     UID     PID    PPID   C    STIME    TTY  TIME CMD');
			for (const p of all)
				ctx.print(`${'root'.padStart(8)}${String(p.pid).padStart(8)}${String(p.ppid).padStart(8)}   0 ${time(p.since)}      -  0:00 ${p.command}`);
			return;
		}
		ctx.print('     PID    TTY  TIME CMD');
		for (const p of all) ctx.print(`${String(p.pid).padStart(8)}      -  0:00 ${p.command.split(' ')[0]!.split('/').pop()}`);
	},
});

/** The old `-Signal` form (`kill -9 PID`, `kill -KILL PID`) as `-s Signal`. */
const signalFlag = (argv: readonly string[]) => (argv[0] && /^-(\d+|[A-Z]+)$/.test(argv[0]) ? ['-s', argv[0].slice(1), ...argv.slice(1)] : argv);

const kill = defineCommand({
	name: 'kill',
	dirs: ['/usr/bin'],
	summary: "Sends a signal to processes; ending an application server's process tests its monitor, ending clstrmgrES halts the node.",
	synopsis: '[ -Signal ] ProcessID ...\n       kill -l',
	flags: {
		s: {arg: 'Signal', help: 'the signal to send, by name or number (the simulation ends the process whatever the signal)'},
		l: {help: 'lists the signal names'},
	},
	operands: {list: [{name: 'ProcessID ...', help: 'the processes to signal'}]},
	rewrite: signalFlag,
	run(ctx, {opts, args}) {
		if (opts.l) {
			ctx.print('HUP INT QUIT ILL TRAP ABRT EMT FPE KILL BUS SEGV SYS PIPE ALRM TERM URG STOP TSTP CONT CHLD');
			return;
		}
		if (args.length === 0 || args.some(a => !/^\d+$/.test(a))) throw new UsageError('');
		const known = processes(ctx);
		for (const pid of args.map(Number)) {
			const process = known.find(p => p.pid === pid) ?? refuse(noSuchProcess(pid));
			const daemon = subsystemsOf(ctx.state).find(s => ctx.state.nodes[ctx.node]!.subsystems[s.name]?.pid === pid);
			if (daemon) {
				for (const line of daemonKilled(ctx.state, ctx.node, daemon.name)) ctx.print(line);
				continue;
			}
			if (!process.server) refuse(daemonNotKilled(pid, process.command.split(' ')[0]!));
			const config = runningConfig(ctx.state);
			const group = config && Object.values(config.resourceGroups).find(g => g.resources.appServers.includes(process.server!));
			if (config && group) applicationFailed(ctx.state, config, ctx.node, group, process.server);
			else delete ctx.state.nodes[ctx.node]!.apps[process.server];
		}
	},
});

export const processCommands = [...ps, ...kill];
