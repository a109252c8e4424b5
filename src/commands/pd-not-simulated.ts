/**
 * Problem Determination Tools hasmit cannot act on: there are no SSA disks to fence and no AIX kernel trace. Each
 * command is declared as the real one is called, so its screen runs, says so plainly and changes nothing (exit 1).
 */
import {refuse} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';

type Flags = Record<string, {arg?: string; help: string}>;

const notSimulated = (name: string, dirs: readonly [string, ...string[]], summary: string, synopsis: string, flags: Flags, why: string) =>
	defineCommand({
		name,
		dirs,
		summary,
		synopsis,
		flags,
		readOnly: true,
		operands: {count: [0, Infinity], list: [{name: 'Argument ...', help: 'what the real command takes; not read here'}]},
		run: ctx => refuse(`${ctx.name}: ${why} Nothing was changed.`),
	});

export const pdNotSimulatedCommands = [
	...notSimulated(
		'cl_ssa_fence',
		['/usr/es/sbin/cluster/events/utils'],
		'Clears the fence registers of SSA disks, so that a node fenced out can reach them again.',
		'Disk ...',
		{},
		'SSA disks are not simulated: there are no SSA disk fence registers to clear.',
	),
	...notSimulated(
		'trace',
		['/usr/bin'],
		'Starts the AIX system trace, here for the HACMP trace hook IDs.',
		'[-a] [-j Hooks]',
		{a: {help: 'runs the trace in the background'}, j: {arg: 'Hooks', help: 'the trace hook IDs to collect'}},
		'The AIX system trace is not simulated: no trace was started.',
	),
	...notSimulated(
		'trcstop',
		['/usr/bin'],
		'Stops the AIX system trace.',
		'',
		{},
		'The AIX system trace is not simulated: there is no trace to stop.',
	),
	...notSimulated(
		'trcrpt',
		['/usr/bin'],
		'Formats a report of the AIX system trace log.',
		'[-d Hooks] [File]',
		{d: {arg: 'Hooks', help: 'only these trace hook IDs'}},
		'The AIX system trace is not simulated: there is no trace log to report.',
	),
];
