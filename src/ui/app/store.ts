/**
 * The app state lives here, outside React: raw input is decoded and applied
 * at once, in order, so no key is lost or applied to a stale handler however
 * fast it comes. React reads the state with useSyncExternalStore; listeners
 * hear about each chunk of input once, after all its keys are applied.
 *
 * Work deferred by a key (running a command after COMMAND STATUS has shown
 * `running`) waits for the frame, but never for another key: a key that
 * arrives first applies it before itself, as smitty would have run the
 * command before reading the next key (Enter then Ctrl-C in one read runs
 * the command, then leaves).
 */
import {createDecoder} from '../keys/decoder.js';
import type {InputEvent} from '../keys/types.js';
import {toCommand, type Command} from '../keys/commands.js';
import {handleAction, handleCommand} from './controller.js';
import type {Action, Deferred, Env} from './env.js';
import {liveSeconds} from './live.js';
import type {AppState} from './state.js';

export interface Store {
	getState(): AppState;
	subscribe(listener: () => void): () => void;
	/** Raw bytes from the terminal. */
	input(chunk: string | Uint8Array): void;
	/** One user command (tests, and the input path). */
	command(command: Command): void;
	dispatch(action: Action): void;
}

export type StoreEnv = Omit<Env, 'defer'>;

/** `terminalKeys`: the function keys of $TERM's terminfo entry (see createDecoder). */
export function createStore(initial: AppState | ((env: Env) => AppState), base: StoreEnv, terminalKeys?: ReadonlyMap<string, string>): Store {
	const listeners = new Set<() => void>();
	const decode = createDecoder(terminalKeys);
	// While something on screen keeps itself up to date (live.ts), a tick comes every so many seconds.
	let ticking: NodeJS.Timeout | undefined;
	const schedule = () => {
		const seconds = ticking === undefined ? liveSeconds(state) : undefined;
		if (seconds === undefined) return;
		ticking = setTimeout(() => {
			ticking = undefined;
			store.dispatch({type: 'tick'});
			schedule();
		}, seconds * 1000).unref();
	};
	const notify = () => {
		for (const listener of listeners) listener();
		schedule();
	};
	const pending: Deferred[] = [];
	const env: Env = {
		...base,
		defer(action: Deferred) {
			pending.push(action);
			if (pending.length === 1) {
				setImmediate(() => {
					if (flush()) notify();
				});
			}
		},
	};
	let state = typeof initial === 'function' ? initial(env) : initial;
	// A SMIT session opened on another node runs its commands there until it is left; then SMIT's own node again.
	let home = env.runner.node;
	const apply = (next: AppState) => {
		const changed = next !== state;
		if (next.node !== state.node) {
			if (state.node === undefined) home = env.runner.node;
			env.runner.moveTo?.(next.node ?? home);
		}
		state = next;
		return changed;
	};
	/** Apply the deferred work, in order; whether the state changed. */
	const flush = () => {
		let changed = false;
		for (let action = pending.shift(); action; action = pending.shift()) changed = apply(handleAction(state, env, action)) || changed;
		return changed;
	};
	/** One command, after any deferred work; whether the state changed. */
	const run = (command: Command) => {
		const flushed = flush();
		return apply(handleCommand(state, env, command)) || flushed;
	};
	/** Apply decoded events; then, if a paste is open, end it at its deadline should no more input come. */
	let pasteTimer: NodeJS.Timeout | undefined;
	const decoded = (events: InputEvent[]) => {
		let changed = false;
		for (const event of events) {
			const command = toCommand(event);
			if (command) changed = run(command) || changed;
		}
		if (changed) notify();
		clearTimeout(pasteTimer);
		const due = decode.deadline();
		if (due !== undefined) pasteTimer = setTimeout(() => decoded(decode.flush(Date.now())), Math.max(0, due - Date.now())).unref();
	};
	const store: Store = {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => void listeners.delete(listener);
		},
		input(chunk) {
			decoded(decode(chunk, Date.now()));
		},
		command(command) {
			if (run(command)) notify();
		},
		dispatch(action) {
			if (apply(handleAction(state, env, action))) notify();
		},
	};
	return store;
}
