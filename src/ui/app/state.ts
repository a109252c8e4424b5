/** The whole UI state: the screen stack, the pop-ups over it, the F9 shell, and whether SMIT is leaving. */
import type {Language} from '../../command/language.js';
import type {Popup} from '../popups/types.js';
import type {LabPanel} from '../screens/lab-panel.js';
import type {ShellState} from '../screens/shell.js';
import {withValue} from '../screens/form.js';
import type {Screen, Size} from '../screens/types.js';

export interface AppState {
	size: Size;
	/** The language of SMIT's own words (the catalog's: startAt sets it). */
	language: Language;
	/** Screens, the current one last. F3 pops one. */
	stack: Screen[];
	/** Pop-ups over the current screen, the one with the keys last. */
	popups: Popup[];
	shell?: ShellState;
	/** Bumped by F2 / Ctrl-L: the terminal is cleared and drawn again. */
	refresh: number;
	/** Bumped when input is refused: the terminal bell rings. */
	bell: number;
	/** Set when SMIT leaves, with the exit code. */
	exit?: number;
	/** A guided lab's panel under the screens (hasmit lab NAME); `size` is then what it leaves them. */
	lab?: LabPanel;
	/** `smitty` typed at the F9 prompt: the SMIT (and its prompt) this one returns to when it leaves. */
	outer?: AppState;
	/** Open a SMIT Session on a Node: the node this SMIT's commands run on (none: the node SMIT started on). */
	node?: string;
	/** Set by a command that handed the terminal to a SMIT session on this node, for the controller to open it. */
	sessionOn?: string;
}

/** SMIT leaves: a smitty started from the F9 prompt returns to that prompt, the first one ends the program. */
export function leave(state: AppState, code: number): AppState {
	return state.outer ? {...state.outer, size: state.size, refresh: state.refresh + 1, bell: state.bell} : {...state, exit: code};
}

/** The terminal's rows and columns → what is drawn (Ink 6.8 needs the root one row short of the terminal). */
export function sizeFor(columns: number | undefined, rows: number | undefined): Size {
	return {width: Math.max(columns || 80, 1), height: Math.max((rows || 24) - 1, 1)};
}

/** The smallest size the screens are drawn at (a terminal of 20 columns and 9 rows); below it SMIT says so instead. */
export const MIN_SIZE: Size = {width: 20, height: 8};

export const tooSmall = (size: Size) => size.width < MIN_SIZE.width || size.height < MIN_SIZE.height;

/** A blank state at this size: no screen yet. */
export const initialState = (size: Size): AppState => ({size, language: 'en', stack: [], popups: [], refresh: 0, bell: 0});

export const ring = (state: AppState): AppState => ({...state, bell: state.bell + 1});

export const current = (state: AppState) => state.stack[state.stack.length - 1];

export function replaceTop<S extends Screen>(state: AppState, screen: S): AppState {
	return {...state, stack: [...state.stack.slice(0, -1), screen]};
}

export function replacePopup(state: AppState, popup: Popup): AppState {
	return {...state, popups: [...state.popups.slice(0, -1), popup]};
}

export const closePopup = (state: AppState): AppState => ({...state, popups: state.popups.slice(0, -1)});

/** Put `value` in field `index` of the dialog or selector on top (an F4 pick, the F7 edit box). */
export function fillField(state: AppState, index: number, value: string): AppState {
	const screen = current(state);
	if (!screen || (screen.kind !== 'dialog' && screen.kind !== 'selector') || !screen.fields[index]) return state;
	return replaceTop(state, {...screen, fields: screen.fields.map((f, i) => (i === index ? withValue(f, value) : f))});
}
