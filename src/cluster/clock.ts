/**
 * The simulated clock and the time formats AIX and HACMP print. The clock is
 * part of the state; commands move it on (events take seconds) and never
 * let it fall behind the host's clock.
 */
import type {ClusterState} from './state.js';

/** The longest span a command may move the clock by or set a timer for: a 32-bit count of seconds, as AIX's sleep takes. */
export const MAX_SECONDS = 2_147_483_647;

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const hms = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

/** `Nov 21 23:26:01`: hacmp.out and cluster.log. */
export function logTime(ms: number): string {
	const d = new Date(ms);
	return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)}`;
}

/** `Sat Nov 21 23:25:56 UTC 2026`: date(1). */
export function dateTime(ms: number): string {
	const d = new Date(ms);
	return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)} UTC ${d.getUTCFullYear()}`;
}

/** `Sat Nov 21 13:30:00 2026`: ctime without the zone, as a mailbox's `From sender date` line has it. */
export function envelopeTime(ms: number): string {
	const d = new Date(ms);
	return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)} ${d.getUTCFullYear()}`;
}

/** `Sat, 21 Nov 2026 13:30:00 UTC`: a mail's Date header. */
export function mailDate(ms: number): string {
	const d = new Date(ms);
	return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms(d)} UTC`;
}

/** `[Nov 21 2026, 23:25:56]`: smit.script and smit.log stamps. */
export function smitTime(ms: number): string {
	const d = new Date(ms);
	return `[${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()}, ${hms(d)}]`;
}

/** A VGDA timestamp as lqueryvg -T prints it: seconds and nanoseconds in hex. */
export function vgdaTimestamp(ms: number): string {
	const seconds = Math.floor(ms / 1000);
	const nanos = (ms % 1000) * 1_000_000;
	return `${seconds.toString(16).padStart(8, '0')}${nanos.toString(16).padStart(8, '0')}`;
}

/**
 * Move the simulated clock on by some seconds within an event (a step takes
 * time). It fires nothing: due events fire when time passes between
 * commands (`sleep`, catching up with the host), through events/timers.ts.
 */
export function advance(state: ClusterState, seconds: number): number {
	state.clock += Math.round(seconds * 1000);
	return state.clock;
}
