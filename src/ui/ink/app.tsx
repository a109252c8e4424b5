/**
 * The root component. It reads keys from Ink's stdin 'data' events itself
 * (never useInput: it cannot tell F-keys apart and drops keys in bursts),
 * hands them to the store, and draws the store's frame, one Text per line.
 */
import {Component, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode} from 'react';
import {Box, useStdin, useStdout} from 'ink';
import {renderFrame} from '../app/frame.js';
import {sizeFor} from '../app/state.js';
import type {Store} from '../app/store.js';
import {LineText} from './line-text.js';

/** Clear the screen and home the cursor; Ink then draws its last frame again. */
const CLEAR = '\x1b[2J\x1b[H';
/** The terminal bell: it moves no cursor, so it goes straight to the terminal, between Ink's frames. */
const BELL = '\x07';
const REDRAW_DELAY_MS = 50;

export interface AppProps {
	store: Store;
	/** Called once the component listens to stdin (the CLI then stops buffering keys itself). */
	onAttach?: () => void;
	/**
	 * A real terminal: follow its size, clear it on F2 and on a resize, ring its bell.
	 * Off in screen tests, which give the size in the state.
	 */
	terminal?: boolean;
}

export function App({store, onAttach, terminal = true}: AppProps) {
	const {stdin} = useStdin();
	const {stdout, write} = useStdout();
	useEffect(() => {
		const onData = (chunk: string | Uint8Array) => store.input(chunk);
		stdin.on('data', onData);
		onAttach?.();
		return () => void stdin.off('data', onData);
	}, [stdin, store, onAttach]);
	useEffect(() => {
		if (!terminal) return;
		const onResize = () => store.dispatch({type: 'resize', size: sizeFor(stdout.columns, stdout.rows)});
		stdout.on('resize', onResize);
		onResize(); // the terminal may have changed size while Ink was loading
		return () => void stdout.off('resize', onResize);
	}, [stdout, store, terminal]);
	const state = useSyncExternalStore(store.subscribe, store.getState);
	const lines = useMemo(() => renderFrame(state), [state]);
	// F2, Ctrl-L and a resize: clear the terminal and draw the frame again.
	const drawn = useRef({refresh: state.refresh, width: state.size.width, height: state.size.height});
	useEffect(() => {
		const before = drawn.current;
		drawn.current = {refresh: state.refresh, width: state.size.width, height: state.size.height};
		const changed = before.refresh !== state.refresh || before.width !== state.size.width || before.height !== state.size.height;
		if (!terminal || !changed) return;
		// After Ink has written the new frame (it draws at most every 33 ms), so the redraw is of that frame.
		const timer = setTimeout(() => write(CLEAR), REDRAW_DELAY_MS);
		return () => clearTimeout(timer);
	}, [state.refresh, state.size.width, state.size.height, write, terminal]);
	// Refused input: one bell for however many refused keys came in one read.
	const rung = useRef(state.bell);
	useEffect(() => {
		if (terminal && state.bell !== rung.current) stdout.write(BELL);
		rung.current = state.bell;
	}, [state.bell, stdout, terminal]);
	return (
		<Box flexDirection="column" width={state.size.width} height={state.lab?.terminal.height ?? state.size.height}>
			{lines.map((line, i) => (
				<LineText key={i} line={line} />
			))}
		</Box>
	);
}

/** Turns a crash while drawing into one call (the CLI restores the terminal and prints one line, not Ink's stack). */
export class CrashGuard extends Component<{onCrash: (error: Error) => void; children: ReactNode}, {crashed: boolean}> {
	override state = {crashed: false};

	static getDerivedStateFromError() {
		return {crashed: true};
	}

	override componentDidCatch(error: Error) {
		this.props.onCrash(error);
	}

	override render() {
		return this.state.crashed ? null : this.props.children;
	}
}
