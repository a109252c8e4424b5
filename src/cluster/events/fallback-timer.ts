/**
 * Delayed fallback timers: a custom group that falls back to a higher
 * priority node waits for the next time its timer policy names (daily,
 * weekly, monthly, yearly, or once on a date) instead of falling back the
 * moment that node joins, so the interruption happens off hours.
 */
import type {ClusterConfig, FallbackTimerPolicy, ResourceGroup} from '../config.js';
import {dateTime} from '../clock.js';
import type {ClusterState} from '../state.js';
import type {EventLog} from './log.js';
import type {DeepReadonly} from '../readonly.js';
import {groupTimer, setGroupTimer} from './timers.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "weekly on Sunday at 02:00", as the policy reads. */
export function describeTimer(policy: DeepReadonly<FallbackTimerPolicy>): string {
	const at = `at ${pad(policy.hour)}:${pad(policy.minute)}`;
	switch (policy.recurrence) {
		case 'daily':
			return `daily ${at}`;
		case 'weekly':
			return `weekly on ${DAYS[policy.dayOfWeek ?? 0]} ${at}`;
		case 'monthly':
			return `monthly on day ${policy.dayOfMonth ?? 1} ${at}`;
		case 'yearly':
			return `yearly on ${MONTHS[policy.month ?? 0]} ${policy.dayOfMonth ?? 1} ${at}`;
		case 'once':
			return `once on ${MONTHS[policy.month ?? 0]} ${policy.dayOfMonth ?? 1}, ${policy.year} ${at}`;
	}
}

/** The first time strictly after `after` (ms, UTC like the simulated clock) the policy names; undefined for a date in the past. */
export function nextOccurrence(policy: DeepReadonly<FallbackTimerPolicy>, after: number): number | undefined {
	const now = new Date(after);
	const [year, month, day] = [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
	const dayOfMonth = policy.dayOfMonth ?? 1;
	// Date.UTC carries an overflowing month or day into the next; a day the month lacks (31 June) is no match.
	const at = (y: number, m: number, d: number, exact = true) => {
		const time = Date.UTC(y, m, d, policy.hour, policy.minute);
		return !exact || new Date(time).getUTCDate() === d ? time : undefined;
	};
	const candidates: Array<number | undefined> = [];
	switch (policy.recurrence) {
		case 'daily':
			candidates.push(at(year, month, day, false), at(year, month, day + 1, false));
			break;
		case 'weekly':
			for (let d = 0; d <= 7; d++) {
				const time = at(year, month, day + d, false)!;
				if (new Date(time).getUTCDay() === policy.dayOfWeek) candidates.push(time);
			}
			break;
		case 'monthly':
			// Day 31 is in seven months of twelve: a few years of months always find one.
			for (let m = 0; m <= 48; m++) candidates.push(at(year, month + m, dayOfMonth));
			break;
		case 'yearly':
			// 29 February comes every fourth year.
			for (let y = 0; y <= 8; y++) candidates.push(at(year + y, policy.month ?? 0, dayOfMonth));
			break;
		case 'once':
			candidates.push(at(policy.year ?? year, policy.month ?? 0, dayOfMonth));
	}
	return candidates.find((time): time is number => time !== undefined && time > after);
}

/** A higher-priority node joined a group with a delayed fallback timer: set the timer instead of falling back now. */
export function scheduleFallback(
	state: ClusterState,
	log: EventLog,
	config: DeepReadonly<ClusterConfig>,
	group: DeepReadonly<ResourceGroup>,
	node: string,
): void {
	const policy = config.fallbackTimers?.[group.fallbackTimer!];
	const at = policy && nextOccurrence(policy, state.clock);
	if (at === undefined) {
		log.note(node, `Resource group ${group.name}: delayed fallback timer ${group.fallbackTimer} names no future time; the group stays where it is.`);
		return;
	}
	const set = groupTimer(state, group.name);
	if (set?.kind === 'fallback' && set.at <= at) return;
	setGroupTimer(state, group.name, 'fallback', at);
	log.note(
		node,
		`Resource group ${group.name}: delayed fallback timer ${policy!.name} (${describeTimer(policy!)}) set; the group falls back at ${dateTime(at)}.`,
	);
}
