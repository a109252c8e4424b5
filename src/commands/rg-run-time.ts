/**
 * Resource group run-time policy utilities: clsettlingtime shows or sets
 * the cluster-wide settling time; claddfbtimer, clchfbtimer, clrmfbtimer and
 * cllsfbtimer manage delayed fallback timer policies.
 */
import {UsageError} from '../cluster/errors.js';
import {getopt, type ParsedOptions} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf, type FallbackTimerPolicy, type TimerRecurrence} from '../cluster/config.js';
import {joinColons} from '../menu/colon.js';
import {definedTimer, removeFallbackTimer, saveFallbackTimer, setSettlingTime} from '../cluster/rg/run-time.js';
import {describeTimer} from '../cluster/events/fallback-timer.js';
import {UTILITIES} from './cluster-state.js';

const clsettlingtime: Command = {
	name: 'clsettlingtime',
	dir: UTILITIES,
	usage: 'Usage: clsettlingtime [-c] [-t seconds]',
	run(ctx) {
		const {opts} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'ct:', operands: 0});
		if (typeof opts.t === 'string') {
			if (!/^\d+$/.test(opts.t)) throw new UsageError(`${ctx.name}: the settling time is a number of seconds.`);
			setSettlingTime(ctx.state, ctx.node, Number(opts.t));
			return;
		}
		const seconds = dcdOf(ctx.state, ctx.node).settlingTime ?? 0;
		if (opts.c) ctx.print(`#settling_time\n${seconds}`);
		else ctx.print(`Settling time: ${seconds} seconds${seconds === 0 ? ' (groups start on the first available node at once)' : ''}`);
	},
};

const RECURRENCES: readonly TimerRecurrence[] = ['daily', 'weekly', 'monthly', 'yearly', 'once'];
const TIMER_SPEC = {flags: 'n:N:r:H:M:w:d:m:y:', operands: 0};
const TIMER_USAGE = '-n name -r daily|weekly|monthly|yearly|once -H hour -M minute [-w day_of_week] [-d day_of_month] [-m month] [-y year]';

function timerFrom(ctx: CommandContext, {opts}: ParsedOptions, base?: FallbackTimerPolicy): FallbackTimerPolicy {
	const number = (flag: string) => {
		const value = opts[flag];
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new UsageError(`${ctx.name}: -${flag} takes a number.`);
		return Number(value);
	};
	const recurrence = (opts.r ?? base?.recurrence) as TimerRecurrence | undefined;
	if (!recurrence || !RECURRENCES.includes(recurrence)) throw new UsageError(`${ctx.name}: -r is one of ${RECURRENCES.join(', ')}.`);
	const name = typeof opts.N === 'string' ? opts.N : (opts.n as string);
	const fields = {hour: number('H'), minute: number('M'), dayOfWeek: number('w'), dayOfMonth: number('d'), month: number('m'), year: number('y')};
	const merged = {...base, name, recurrence, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))};
	return merged as FallbackTimerPolicy;
}

const claddfbtimer: Command = {
	name: 'claddfbtimer',
	dir: UTILITIES,
	usage: `Usage: claddfbtimer ${TIMER_USAGE}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), TIMER_SPEC);
		if (typeof parsed.opts.n !== 'string') throw new UsageError(`${ctx.name}: a policy name (-n) is required.`);
		saveFallbackTimer(ctx.state, ctx.node, timerFrom(ctx, parsed), {});
	},
};

const clchfbtimer: Command = {
	name: 'clchfbtimer',
	dir: UTILITIES,
	usage: `Usage: clchfbtimer -n name [-N new_name] [-r recurrence] [-H hour] [-M minute] [-w day_of_week] [-d day_of_month] [-m month] [-y year]`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), TIMER_SPEC);
		const name = parsed.opts.n;
		if (typeof name !== 'string') throw new UsageError(`${ctx.name}: the policy to change (-n) is required.`);
		saveFallbackTimer(ctx.state, ctx.node, timerFrom(ctx, parsed, definedTimer(ctx.state, ctx.node, name)), {replaces: name});
	},
};

const clrmfbtimer: Command = {
	name: 'clrmfbtimer',
	dir: UTILITIES,
	usage: 'Usage: clrmfbtimer -n name',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'n:'});
		if (args.length > 0 || typeof opts.n !== 'string') throw new UsageError('');
		removeFallbackTimer(ctx.state, ctx.node, opts.n);
	},
};

const TIMER_FIELDS = ['name', 'recurrence', 'hour', 'minute', 'dayOfWeek', 'dayOfMonth', 'month', 'year'] as const;

const cllsfbtimer: Command = {
	name: 'cllsfbtimer',
	dir: UTILITIES,
	usage: 'Usage: cllsfbtimer [-c] [-n name]',
	run(ctx) {
		const {opts} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'cn:'});
		const timers = typeof opts.n === 'string' ? [definedTimer(ctx.state, ctx.node, opts.n)] : Object.values(dcdOf(ctx.state, ctx.node).fallbackTimers ?? {});
		if (opts.c) {
			ctx.print(`#${TIMER_FIELDS.join(':')}`);
			for (const t of timers) ctx.print(joinColons(TIMER_FIELDS.map(f => String(t[f] ?? ''))));
			return;
		}
		for (const t of timers) ctx.print(`${t.name.padEnd(20)} ${describeTimer(t)}`);
	},
};

export const runTimePolicyCommands: Command[] = [clsettlingtime, claddfbtimer, clchfbtimer, clrmfbtimer, cllsfbtimer];
