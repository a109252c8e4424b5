/**
 * crontab files as AIX's cron reads them: five time fields (minute, hour, day of the month, month, day of the week:
 * a number, a range a-b, a list of them separated by commas, or *) and a command line; blank lines and lines
 * starting with # are ignored. A job runs in a minute every field allows; when both day fields are restricted,
 * either day matching is enough.
 */

export const CRONTAB_DIR = '/var/spool/cron/crontabs';
export const CRON_LOG = '/var/adm/cron/log';

export const crontabPath = (user: string) => `${CRONTAB_DIR}/${user}`;

export interface CronEntry {
	minutes: ReadonlySet<number>;
	hours: ReadonlySet<number>;
	days: ReadonlySet<number>;
	months: ReadonlySet<number>;
	weekdays: ReadonlySet<number>;
	/** Whether the day-of-month and day-of-week fields are restricted (not *). */
	anyDay: boolean;
	anyWeekday: boolean;
	command: string;
}

/** A line cron cannot read: the line, and cron's message about it. */
export interface CrontabProblem {
	line: string;
	message: string;
}

export const UNEXPECTED_SYMBOL = '0481-079 Reached a symbol that is not expected.';
export const OUT_OF_BOUNDS = '0481-080 A number is out of bounds.';

const BOUNDS: ReadonlyArray<[number, number]> = [
	[0, 59],
	[0, 23],
	[1, 31],
	[1, 12],
	[0, 6],
];

/** The values of one field, or the message when it is malformed. */
function field(text: string, [low, high]: [number, number]): Set<number> | string {
	const values = new Set<number>();
	if (text === '*') {
		for (let v = low; v <= high; v++) values.add(v);
		return values;
	}
	for (const part of text.split(',')) {
		const range = /^(\d+)(?:-(\d+))?$/.exec(part);
		if (!range) return UNEXPECTED_SYMBOL;
		const from = Number(range[1]);
		const to = range[2] === undefined ? from : Number(range[2]);
		if (from < low || to > high || from > to) return OUT_OF_BOUNDS;
		for (let v = from; v <= to; v++) values.add(v);
	}
	return values;
}

/** Parse a crontab: its entries, or the first line cron refuses. */
export function parseCrontab(text: string): {entries: CronEntry[]} | {problem: CrontabProblem} {
	const entries: CronEntry[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		const words = line.trim().split(/\s+/);
		if (words.length < 6) return {problem: {line, message: UNEXPECTED_SYMBOL}};
		const sets: Set<number>[] = [];
		for (let i = 0; i < 5; i++) {
			const values = field(words[i]!, BOUNDS[i]!);
			if (typeof values === 'string') return {problem: {line, message: values}};
			sets.push(values);
		}
		const command = line.trim().replace(/^(\S+\s+){5}/, '');
		const [minutes, hours, days, months, weekdays] = sets as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
		entries.push({minutes, hours, days, months, weekdays, anyDay: words[2] === '*', anyWeekday: words[4] === '*', command});
	}
	return {entries};
}

function dayMatches(entry: CronEntry, d: Date): boolean {
	const byDay = entry.days.has(d.getUTCDate());
	const byWeekday = entry.weekdays.has(d.getUTCDay());
	if (entry.anyDay || entry.anyWeekday) return byDay && byWeekday;
	return byDay || byWeekday;
}

export function matches(entry: CronEntry, ms: number): boolean {
	const d = new Date(ms);
	return entry.minutes.has(d.getUTCMinutes()) && entry.hours.has(d.getUTCHours()) && entry.months.has(d.getUTCMonth() + 1) && dayMatches(entry, d);
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The first minute after `after` (ms) when an entry runs, within four years; undefined when none does. */
export function nextRun(entries: readonly CronEntry[], after: number): number | undefined {
	const start = Math.floor(after / MINUTE) * MINUTE + MINUTE;
	const firstDay = Math.floor(start / DAY) * DAY;
	for (let day = firstDay; day < firstDay + 4 * 366 * DAY; day += DAY) {
		const d = new Date(day);
		const today = entries.filter(e => e.months.has(d.getUTCMonth() + 1) && dayMatches(e, d));
		if (today.length === 0) continue;
		for (let minute = Math.max(day, start); minute < day + DAY; minute += MINUTE) if (today.some(e => matches(e, minute))) return minute;
	}
	return undefined;
}
