/** The pop-ups the controller opens for errors, help and information, in the screens' language. */
import type {Popup, TextPopup} from '../popups/types.js';
import {WORDS} from '../words.js';
import type {AppState} from './state.js';

/** SMIT's own words in the state's language. */
export const wordsOf = (state: AppState) => WORDS[state.language];

export function textPopup(variant: TextPopup['variant'], title: string, body: string, extra: Partial<TextPopup> = {}): TextPopup {
	return {kind: 'text', variant, title, text: body, top: 0, ...extra};
}

export function pushPopup(state: AppState, popup: Popup): AppState {
	return {...state, popups: [...state.popups, popup]};
}

export function withError(state: AppState, message: string): AppState {
	return pushPopup(state, textPopup('error', wordsOf(state).errorTitle, message));
}

/** F6: the command line a dialog runs, or ran. */
export const withCommand = (state: AppState, line: string): AppState => pushPopup(state, textPopup('command', wordsOf(state).commandTitle, line));

/** An information pop-up (MESSAGE). */
export const withMessage = (state: AppState, message: string): AppState =>
	pushPopup(state, textPopup('message', wordsOf(state).messageTitle, message));
