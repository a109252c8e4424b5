/** The pop-ups the controller opens for errors, help and information. */
import type {Popup, TextPopup} from '../popups/types.js';
import type {CommandResult} from './env.js';
import type {AppState} from './state.js';

export const NO_HELP = 'No help text is available for this item.';

export function textPopup(variant: TextPopup['variant'], title: string, body: string, extra: Partial<TextPopup> = {}): TextPopup {
	return {kind: 'text', variant, title, text: body, top: 0, ...extra};
}

export function pushPopup(state: AppState, popup: Popup): AppState {
	return {...state, popups: [...state.popups, popup]};
}

export function withError(state: AppState, message: string): AppState {
	return pushPopup(state, textPopup('error', 'ERROR MESSAGE', message));
}

/** A list, discover or classify command that failed: name it and show what it said. */
export function toolFailed(state: AppState, kind: string, line: string, result: CommandResult): AppState {
	const said = (result.stderr || result.stdout).trimEnd();
	return withError(state, `The ${kind} command failed with exit code ${result.code}:\n  ${line}\n${said ? `\n${said}` : ''}`);
}
