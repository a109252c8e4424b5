/**
 * Extended Event Configuration's commands: custom cluster events (claddcustom, clchcustom, clrmcustom, cllscustom:
 * the -t event methods of HACMP's custom method commands) and the pre-, post-event, notify and recovery commands of
 * the predefined events (clchevent, cllsev). Each changes or reads the local node's DCD.
 */
import {dcdOf} from '../cluster/config.js';
import {UsageError} from '../cluster/errors.js';
import {entryOf} from '../cluster/records.js';
import {predefinedEvents} from '../cluster/event-scripts/catalog.js';
import {
	addCustomEvent,
	changeCustomEvent,
	changeEvent,
	changeEventDuration,
	definedOnly,
	removeCustomEvent,
} from '../cluster/event-scripts/configure.js';
import {DEFAULT_DURATION, timeUntilWarning} from '../cluster/event-scripts/failure.js';
import {unknownEvent} from '../cluster/event-scripts/messages.js';
import {defineCommand} from '../command/define.js';
import {joinColons} from '../menu/colon.js';
import {UTILITIES} from './cluster-state.js';

const TYPE = {t: {arg: 'event', values: ['event'], required: true, help: 'the kind of custom method: event (custom cluster events)'}} as const;

const claddcustom = defineCommand({
	name: 'claddcustom',
	dirs: [UTILITIES],
	summary: 'Adds a custom cluster event: a name for a script that pre- and post-event commands of predefined events can name.',
	synopsis: '-t event -n Name -I Description -v Script',
	flags: {
		...TYPE,
		n: {arg: 'Name', required: true, help: 'the custom event name: up to 32 letters, digits and underscores'},
		I: {arg: 'Description', help: 'a line describing the event'},
		v: {arg: 'Script', required: true, help: 'full path of the script; it must exist on every node (synchronization copies only the name)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		addCustomEvent(ctx.state, ctx.node, ctx.name, {name: opts.n, description: opts.I ?? '', script: opts.v});
	},
});

const clchcustom = defineCommand({
	name: 'clchcustom',
	dirs: [UTILITIES],
	summary: 'Changes the name, description or script of a custom cluster event.',
	synopsis: '-t event -O Name [-n NewName] [-I Description] [-v Script]',
	flags: {
		...TYPE,
		O: {arg: 'Name', required: true, help: 'the custom event to change'},
		n: {arg: 'NewName', help: 'its new name (the predefined events naming it follow)'},
		I: {arg: 'Description', help: 'its new description'},
		v: {arg: 'Script', help: 'full path of its new script'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		changeCustomEvent(ctx.state, ctx.node, ctx.name, opts.O, definedOnly({name: opts.n, description: opts.I, script: opts.v}));
	},
});

const clrmcustom = defineCommand({
	name: 'clrmcustom',
	dirs: [UTILITIES],
	summary: 'Removes a custom cluster event no predefined event names any more.',
	synopsis: '-t event -n Name',
	flags: {...TYPE, n: {arg: 'Name', required: true, help: 'the custom event to remove'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		removeCustomEvent(ctx.state, ctx.node, ctx.name, opts.n);
	},
});

const cllscustom = defineCommand({
	name: 'cllscustom',
	dirs: [UTILITIES],
	summary: 'Lists the custom cluster events: their names, or (-c) name, description and script in colon format.',
	synopsis: '-t event [-c] [-n Name]',
	readOnly: true,
	flags: {...TYPE, c: {help: 'colon format, as SMIT reads it'}, n: {arg: 'Name', help: 'only this custom event'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		const events = dcdOf(ctx.state, ctx.node).customEvents ?? {};
		if (opts.n && !entryOf(events, opts.n)) throw new UsageError(unknownEvent(ctx.name, opts.n));
		if (opts.c) ctx.print('#name:description:script');
		for (const event of Object.values(events).filter(e => !opts.n || e.name === opts.n))
			ctx.print(opts.c ? joinColons([event.name, event.description, event.script]) : event.name);
	},
});

const clchevent = defineCommand({
	name: 'clchevent',
	dirs: [UTILITIES],
	summary: "Changes a predefined event's notify, pre-event, post-event and recovery commands and recovery counter; an empty command clears it.",
	synopsis: '-O Event [-n NotifyCommand] [-b PreEventCommand] [-a PostEventCommand] [-r RecoveryCommand] [-c RecoveryCount]',
	flags: {
		O: {arg: 'Event', help: 'the predefined event (node_up, rg_move_acquire, start_server, ...)'},
		n: {arg: 'NotifyCommand', help: 'full path of a command run before and after the event (with start or complete)'},
		b: {arg: 'PreEventCommand', help: 'a custom event name or a full path: run before the event; failing, it fails the event'},
		a: {arg: 'PostEventCommand', help: 'a custom event name or a full path: run after the event with its exit status; failing, it fails the event'},
		r: {arg: 'RecoveryCommand', help: 'full path of a command run when the event fails, before the event is tried again'},
		c: {arg: 'RecoveryCount', help: 'how many times the recovery command may run for one event (0: never)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (!opts.O) throw new UsageError(`${ctx.name}: Must specify event name.`);
		const count = opts.c === undefined ? undefined : Number(opts.c);
		changeEvent(ctx.state, ctx.node, ctx.name, opts.O, {notify: opts.n, pre: opts.b, post: opts.a, recovery: opts.r, recoveryCount: count});
	},
});

const cllsev = defineCommand({
	name: 'cllsev',
	dirs: [UTILITIES],
	summary: 'Lists the predefined cluster events, or (-c) one with its description and customization in colon format.',
	synopsis: '[-c] [-e Event]',
	readOnly: true,
	flags: {c: {help: 'colon format, as SMIT reads it'}, e: {arg: 'Event', help: 'only this event'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		const events = predefinedEvents(ctx.state).filter(e => !opts.e || e.name === opts.e);
		if (events.length === 0) throw new UsageError(unknownEvent(ctx.name, opts.e!));
		if (opts.c) ctx.print('#name:description:notify:pre:post:recovery:count');
		for (const event of events) {
			const s = entryOf(config.eventScripts, event.name) ?? {};
			if (!opts.c) ctx.print(event.name);
			else
				ctx.print(
					joinColons([event.name, event.description, s.notify ?? '', s.pre ?? '', s.post ?? '', s.recovery ?? '', String(s.recoveryCount ?? 0)]),
				);
		}
	},
});

const seconds = (ctx: {name: string}, value: string | undefined) => {
	if (value !== undefined && !/^\d+$/.test(value)) throw new UsageError(`${ctx.name}: ${value} is not a number of seconds.`);
	return value === undefined ? undefined : Number(value);
};

const clchevtimeout = defineCommand({
	name: 'clchevtimeout',
	dirs: [UTILITIES],
	summary:
		'Sets the time until warning: how long an event may run (-e) and a resource group be processed (-r) before config_too_long warns ' +
		`in hacmp.out (${DEFAULT_DURATION} seconds each by default).`,
	synopsis: '[-e EventSeconds] [-r GroupSeconds]',
	flags: {
		e: {arg: 'EventSeconds', help: 'maximum event-only duration, in seconds'},
		r: {arg: 'GroupSeconds', help: 'maximum resource group processing time, in seconds'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		changeEventDuration(ctx.state, ctx.node, ctx.name, {event: seconds(ctx, opts.e), group: seconds(ctx, opts.r)});
	},
});

const cllsevtimeout = defineCommand({
	name: 'cllsevtimeout',
	dirs: [UTILITIES],
	summary: 'Shows the time until warning: the maximum event-only duration, resource group processing time and their total, in seconds.',
	synopsis: '[-c]',
	readOnly: true,
	flags: {c: {help: 'colon format, as SMIT reads it'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		const event = String(config.eventDuration?.event ?? DEFAULT_DURATION);
		const group = String(config.eventDuration?.group ?? DEFAULT_DURATION);
		const total = String(timeUntilWarning(config));
		if (opts.c) ctx.print(`#event:group:total\n${joinColons([event, group, total])}`);
		else ctx.print(`Max. Event-only Duration: ${event}\nMax. Resource Group Processing Time: ${group}\nTime until warning: ${total}`);
	},
});

export const eventConfigCommands = [
	...claddcustom,
	...clchcustom,
	...clrmcustom,
	...cllscustom,
	...clchevent,
	...cllsev,
	...clchevtimeout,
	...cllsevtimeout,
];
