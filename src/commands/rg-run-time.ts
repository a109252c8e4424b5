/**
 * Resource group run-time policy utilities: clsettlingtime and clrgdist show or set
 * the cluster-wide settling time and distribution policy; claddfbtimer, clchfbtimer, clrmfbtimer and
 * cllsfbtimer manage delayed fallback timer policies.
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand, type Options} from '../command/define.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf, type FallbackTimerPolicy, type TimerRecurrence} from '../cluster/config.js';
import {joinColons} from '../menu/colon.js';
import * as msg from '../cluster/rg/messages.js';
import {
	definedTimer,
	distributionPolicy,
	removeFallbackTimer,
	saveFallbackTimer,
	setDistributionPolicy,
	setSettlingTime,
} from '../cluster/rg/run-time.js';
import {describeTimer} from '../cluster/events/fallback-timer.js';
import {UTILITIES} from './cluster-state.js';
import {COLON_FLAG} from './rg-config.js';
import {flagTakes} from '../command/messages.js';
import {SINCE_5} from '../cluster/release/index.js';

const clsettlingtime = defineCommand({
	name: 'clsettlingtime',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Shows or sets the settling time: how long a custom group starting on its first available node waits for a higher priority node.',
	synopsis: '[-c] [-t seconds]',
	flags: {...COLON_FLAG, t: {arg: 'seconds', help: 'sets the settling time (0: groups start on the first available node at once)'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.t !== undefined) {
			if (!/^\d+$/.test(opts.t)) throw new UsageError(msg.settlingTimeFlag(ctx.name));
			setSettlingTime(ctx.state, ctx.node, Number(opts.t));
			return;
		}
		const seconds = dcdOf(ctx.state, ctx.node).settlingTime ?? 0;
		if (opts.c) ctx.print(`#settling_time\n${seconds}`);
		else ctx.print(`Settling time: ${seconds} seconds${seconds === 0 ? ' (groups start on the first available node at once)' : ''}`);
	},
});

const clrgdist = defineCommand({
	name: 'clrgdist',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Shows or sets the resource group distribution policy: what a joining node takes one Online Using Distribution Policy group of.',
	synopsis: '[-c] [-p node|network]',
	flags: {
		...COLON_FLAG,
		p: {
			arg: 'node|network',
			values: ['node', 'network'],
			help: 'node: a joining node takes one such group (the default); network: one per network its service label is on',
		},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.p !== undefined) {
			setDistributionPolicy(ctx.state, ctx.node, opts.p);
			return;
		}
		const policy = distributionPolicy(dcdOf(ctx.state, ctx.node));
		if (opts.c) ctx.print(`#rg_distribution_policy\n${policy}`);
		else ctx.print(`Resource group distribution policy: ${policy}`);
	},
});

const RECURRENCES: readonly TimerRecurrence[] = ['daily', 'weekly', 'monthly', 'yearly', 'once'];
const TIMER_USAGE = '-n name -r daily|weekly|monthly|yearly|once -H hour -M minute [-w day_of_week] [-d day_of_month] [-m month] [-y year]';
const POLICY_NAME = {arg: 'name', help: 'the delayed fallback timer policy'} as const;

/** The flags of a timer policy, as claddfbtimer and clchfbtimer take them. */
const TIMER_FLAGS = {
	n: POLICY_NAME,
	N: {arg: 'new_name', help: 'a new name for the policy'},
	r: {arg: 'recurrence', help: 'how often the fallback happens: daily, weekly, monthly, yearly or once'},
	H: {arg: 'hour', help: 'the hour of the fallback, 0 to 23'},
	M: {arg: 'minute', help: 'the minute of the fallback, 0 to 59'},
	w: {arg: 'day_of_week', help: 'weekly: the day of the week, 0 (Sunday) to 6'},
	d: {arg: 'day_of_month', help: 'monthly, yearly or once: the day of the month, 1 to 31'},
	m: {arg: 'month', help: 'yearly or once: the month, 0 (January) to 11'},
	y: {arg: 'year', help: 'once: the year'},
} as const;

const TIMER_FIELD_FLAGS = {hour: 'H', minute: 'M', dayOfWeek: 'w', dayOfMonth: 'd', month: 'm', year: 'y'} as const;

function timerFrom(ctx: CommandContext, opts: Options<typeof TIMER_FLAGS>, base?: FallbackTimerPolicy): FallbackTimerPolicy {
	const recurrence = (opts.r ?? base?.recurrence) as TimerRecurrence | undefined;
	if (!recurrence || !RECURRENCES.includes(recurrence)) throw new UsageError(msg.recurrenceOneOf(ctx.name, RECURRENCES));
	const fields: Record<string, number> = {};
	for (const [field, flag] of Object.entries(TIMER_FIELD_FLAGS)) {
		const value = opts[flag];
		if (value === undefined) continue;
		if (!/^\d+$/.test(value)) throw new UsageError(flagTakes(ctx.name, flag, 'a number'));
		fields[field] = Number(value);
	}
	return {...base, name: opts.N ?? opts.n!, recurrence, ...fields} as FallbackTimerPolicy;
}

const claddfbtimer = defineCommand({
	name: 'claddfbtimer',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Defines a delayed fallback timer policy: when a custom group falls back to a higher priority node.',
	synopsis: TIMER_USAGE,
	flags: {...TIMER_FLAGS, N: {arg: 'name', help: 'the name to give the policy, in place of -n'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.n === undefined) throw new UsageError(msg.policyNameRequired(ctx.name));
		saveFallbackTimer(ctx.state, ctx.node, timerFrom(ctx, opts), {});
	},
});

const clchfbtimer = defineCommand({
	name: 'clchfbtimer',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Changes a delayed fallback timer policy; a new name follows it into the groups that use it.',
	synopsis: '-n name [-N new_name] [-r recurrence] [-H hour] [-M minute] [-w day_of_week] [-d day_of_month] [-m month] [-y year]',
	flags: TIMER_FLAGS,
	operands: {count: 0},
	run(ctx, {opts}) {
		const name = opts.n;
		if (name === undefined) throw new UsageError(msg.policyToChangeRequired(ctx.name));
		saveFallbackTimer(ctx.state, ctx.node, timerFrom(ctx, opts, definedTimer(ctx.state, ctx.node, name)), {replaces: name});
	},
});

const clrmfbtimer = defineCommand({
	name: 'clrmfbtimer',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Removes a delayed fallback timer policy that no resource group uses.',
	synopsis: '-n name',
	flags: {n: POLICY_NAME},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.n === undefined) throw new UsageError('');
		removeFallbackTimer(ctx.state, ctx.node, opts.n);
	},
});

const TIMER_FIELDS = ['name', 'recurrence', 'hour', 'minute', 'dayOfWeek', 'dayOfMonth', 'month', 'year'] as const;

const cllsfbtimer = defineCommand({
	name: 'cllsfbtimer',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Lists delayed fallback timer policies and when each falls back.',
	synopsis: '[-c] [-n name]',
	readOnly: true,
	flags: {...COLON_FLAG, n: {arg: 'name', help: 'only this policy'}},
	run(ctx, {opts}) {
		const timers =
			opts.n !== undefined ? [definedTimer(ctx.state, ctx.node, opts.n)] : Object.values(dcdOf(ctx.state, ctx.node).fallbackTimers ?? {});
		if (opts.c) {
			ctx.print(`#${TIMER_FIELDS.join(':')}`);
			for (const t of timers) ctx.print(joinColons(TIMER_FIELDS.map(f => String(t[f] ?? ''))));
			return;
		}
		for (const t of timers) ctx.print(`${t.name.padEnd(20)} ${describeTimer(t)}`);
	},
});

export const runTimePolicyCommands: Command[] = [clsettlingtime, clrgdist, claddfbtimer, clchfbtimer, clrmfbtimer, cllsfbtimer].flat();
