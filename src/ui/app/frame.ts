/** What the terminal shows for a state: the current screen, the pop-ups drawn over it, or the F9 shell. */
import {lineWidth, merge, overlay, slice, text, wrap, type Line} from '../render/line.js';
import {popupView} from '../popups/view.js';
import {labPanelView} from '../screens/lab-panel.js';
import {formView} from '../screens/form.js';
import {menuView} from '../screens/menu.js';
import {shellView} from '../screens/shell.js';
import {statusView} from '../screens/status.js';
import type {Screen, Size} from '../screens/types.js';
import {WORDS, type Words} from '../words.js';
import {MIN_SIZE, tooSmall, type AppState} from './state.js';

function screenView(screen: Screen, size: Size, focused: boolean, fullLines: boolean, words: Words): Line[] {
	switch (screen.kind) {
		case 'menu':
			return menuView(screen, size, focused, words);
		case 'dialog':
		case 'selector':
			return formView(screen, size, focused, words);
		case 'status':
			return statusView(screen, size, words, fullLines);
	}
}

/** The current screen, without pop-ups. */
function baseFrame(state: AppState, fullLines: boolean): Line[] {
	const screen = state.stack[state.stack.length - 1];
	const lines = screen
		? screenView(screen, state.size, state.popups.length === 0, fullLines, WORDS[state.language])
		: Array.from({length: state.size.height}, () => []);
	return fullLines ? lines : clip(lines, state.size);
}

/** Nothing is drawn past the right edge (the terminal would wrap it onto the next line). */
const clip = (lines: Line[], size: Size) => lines.map(line => (lineWidth(line) > size.width ? slice(line, 0, size.width) : line));

/** A terminal too small for the screens: say so, in the room there is. */
function tooSmallFrame(size: Size, words: Words): Line[] {
	const message = words.tooSmall(MIN_SIZE.width, MIN_SIZE.height + 1);
	const lines = wrap(message, size.width)
		.slice(0, size.height)
		.map(l => text(l));
	while (lines.length < size.height) lines.push([]);
	return lines;
}

/**
 * The screens, and under them a guided lab's panel when one runs. `fullLines`: F8's image, where COMMAND STATUS
 * keeps its output lines whole (on the terminal they end at the edge).
 */
export function renderFrame(state: AppState, fullLines = false): Line[] {
	const screens = renderScreens(state, fullLines);
	return state.lab && !tooSmall(state.size) ? [...screens, ...labPanelView(state.lab, state.size.width).map(merge)] : screens;
}

function renderScreens(state: AppState, fullLines: boolean): Line[] {
	const {size} = state;
	if (tooSmall(size)) return tooSmallFrame(size, WORDS[state.language]);
	if (state.shell) return shellView(state.shell, size);
	let lines = baseFrame(state, fullLines);
	state.popups.forEach((popup, i) => {
		const placed = popupView(popup, size, i === state.popups.length - 1, state.language);
		lines = overlay(lines, placed.lines, placed.row, placed.col);
	});
	return (fullLines ? lines : clip(lines, size)).map(merge);
}
