/** cl_emulate: the HACMP Event Emulator (Problem Determination Tools > HACMP Event Emulation). */
import {UsageError} from '../cluster/errors.js';
import {emulateEvent, emulatedEvents} from '../cluster/event-scripts/emulate.js';
import {EMUHACMP_OUT, writeFile} from '../cluster/files.js';
import {defineCommand} from '../command/define.js';

const MODES = ['graceful', 'takeover', 'forced'] as const;

const clEmulate = defineCommand({
	name: 'cl_emulate',
	dirs: ['/usr/es/sbin/cluster/events/utils'],
	summary:
		'Emulates a cluster event on every active node without running it: the trace it would write goes to /tmp/emuhacmp.out (or the file ' +
		'EMUL_OUTPUT names), each command it would run shown, not run.',
	synopsis: '-e Event -n Node [-f graceful|takeover|forced] [-w Network] [-i Address] [-a ServiceAddress -d StandbyAddress]',
	flags: {
		e: {arg: 'Event', required: true, help: 'node_up, node_down, network_down, network_up, fail_standby, join_standby or swap_adapter'},
		n: {arg: 'Node', required: true, help: 'the node the event is about'},
		f: {arg: 'Mode', values: MODES, help: "node_down's mode: graceful (the default), takeover or forced"},
		w: {arg: 'Network', help: 'the network (network_down, network_up, swap_adapter)'},
		i: {arg: 'Address', help: 'the standby interface address (fail_standby, join_standby)'},
		a: {arg: 'ServiceAddress', help: 'the service address to move (swap_adapter)'},
		d: {arg: 'StandbyAddress', help: 'the standby address it moves to (swap_adapter)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (!emulatedEvents().includes(opts.e))
			throw new UsageError(`${ctx.name}: ${opts.e} cannot be emulated; give one of ${emulatedEvents().join(', ')}.`);
		const output = emulateEvent(ctx.state, {
			event: opts.e,
			node: opts.n,
			mode: opts.f,
			network: opts.w,
			address: opts.i ?? opts.a,
			standby: opts.d,
		});
		// The seed and HACMP name the variable EMUL_OUTPUT; EMU_OUTPUT is taken as well.
		const path = ctx.env.EMUL_OUTPUT ?? ctx.env.EMU_OUTPUT ?? EMUHACMP_OUT;
		writeFile(ctx.state.nodes[ctx.node]!, path, output, true);
		ctx.print(`Emulation of ${opts.e} complete: see ${path}.`);
	},
});

export const emulateCommands = [...clEmulate];
