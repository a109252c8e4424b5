/** What the terminal shows for a state: the current screen, the pop-ups drawn over it, or the F9 shell. */
import {merge, overlay, type Line} from '../render/line.js';
import {popupView} from '../popups/view.js';
import {formView} from '../screens/form.js';
import {menuView} from '../screens/menu.js';
import {shellView} from '../screens/shell.js';
import {statusView} from '../screens/status.js';
import type {Screen, Size} from '../screens/types.js';
import type {AppState} from './state.js';

function screenView(screen: Screen, size: Size, focused: boolean): Line[] {
	switch (screen.kind) {
		case 'menu':
			return menuView(screen, size, focused);
		case 'dialog':
		case 'selector':
			return formView(screen, size, focused);
		case 'status':
			return statusView(screen, size);
	}
}

/** The frame without pop-ups (F8 writes this, as the screen image). */
export function baseFrame(state: AppState): Line[] {
	const screen = state.stack[state.stack.length - 1];
	return screen ? screenView(screen, state.size, state.popups.length === 0) : Array.from({length: state.size.height}, () => []);
}

export function renderFrame(state: AppState): Line[] {
	if (state.shell) return shellView(state.shell, state.size);
	let lines = baseFrame(state);
	state.popups.forEach((popup, i) => {
		const placed = popupView(popup, state.size, i === state.popups.length - 1);
		lines = overlay(lines, placed.lines, placed.row, placed.col);
	});
	return lines.map(merge);
}
