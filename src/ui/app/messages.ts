/** The pop-ups the controller opens for errors, help and information. */
import type {Popup, TextPopup} from '../popups/types.js';
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
