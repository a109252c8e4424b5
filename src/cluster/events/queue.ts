/**
 * One queue of due events on the simulated clock. Everything that happens
 * at a later time (a settling time running out, a delayed fallback timer, a
 * monitor starting to watch; tomorrow heartbeat timeouts, monitor intervals,
 * cron jobs, config_too_long) is an event of a kind in `state.queue`, fired
 * by the handler its kind registered when simulated time reaches it. A new
 * timed behaviour is a new kind, defined by the module that schedules it (so
 * the handler is loaded wherever such an event can be queued); the clock and
 * this file stay as they are.
 *
 * Order: by due time; events due at the same time fire in the order they
 * were queued (their sequence number). An event queued while another fires
 * fires in the same pass if it falls due by then.
 */
import type {ClusterState, QueuedEvent} from '../state.js';
import type {DeepReadonly} from '../readonly.js';

type Handler = (state: ClusterState, payload: never) => void;

const handlers = new Map<string, Handler>();

/** A kind of due event, with its payload's type; the payload is stored in the state file, so plain JSON. */
export interface EventKind<P extends object> {
	readonly name: string;
	/** Queue an event of this kind due at `at` (ms on the simulated clock). */
	schedule(state: ClusterState, at: number, payload: P): void;
	/** Queued events of this kind (whose payload matches), in firing order. */
	pending(state: DeepReadonly<ClusterState>, match?: (payload: P) => boolean): Array<{at: number; payload: P}>;
	/** Drop queued events of this kind (whose payload matches). */
	cancel(state: ClusterState, match?: (payload: P) => boolean): void;
}

/** Register a kind of due event and the handler that fires it; a name registers once. */
export function defineEventKind<P extends object>(name: string, fire: (state: ClusterState, payload: P) => void): EventKind<P> {
	if (handlers.has(name)) throw new Error(`event kind ${name} is already defined`);
	handlers.set(name, fire as Handler);
	const ofKind = (match?: (payload: P) => boolean) => (event: DeepReadonly<QueuedEvent>) =>
		event.kind === name && (!match || match(event.payload as P));
	return {
		name,
		schedule(state, at, payload) {
			const seq = state.queue.reduce((last, event) => Math.max(last, event.seq), 0) + 1;
			const event: QueuedEvent = {at, seq, kind: name, payload};
			// Kept sorted by (at, seq): after every event due at the same time or earlier.
			const before = state.queue.findIndex(other => other.at > at);
			state.queue.splice(before < 0 ? state.queue.length : before, 0, event);
		},
		pending(state, match) {
			return state.queue.filter(ofKind(match)).map(event => ({at: event.at, payload: event.payload as P}));
		},
		cancel(state, match) {
			const drop = ofKind(match);
			for (let i = state.queue.length - 1; i >= 0; i--) if (drop(state.queue[i]!)) state.queue.splice(i, 1);
		},
	};
}

/**
 * Move the clock to `until`, firing on the way, each at its own time, every
 * event due by then; the clock never goes back.
 */
export function fireDue(state: ClusterState, until: number): void {
	for (let next = state.queue[0]; next && next.at <= until; next = state.queue[0]) {
		state.queue.shift();
		const fire = handlers.get(next.kind);
		if (!fire) throw new Error(`no handler for due event kind ${next.kind}`);
		state.clock = Math.max(state.clock, next.at);
		fire(state, next.payload as never);
	}
	state.clock = Math.max(state.clock, until);
}

/** A removed resource group's events go with it: an event belongs to a group when its payload names it as `group`. */
export function forgetGroupEvents(state: ClusterState, group: string): void {
	state.queue = state.queue.filter(event => (event.payload as {group?: string}).group !== group);
}
