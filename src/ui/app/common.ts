/** F1 help, F8 image, F9 shell and F3 back, and the key tables every screen shares. */
import type {Command} from '../keys/commands.js';
import {frameText} from '../render/line.js';
import type {FieldAction} from '../widgets/field/index.js';
import {fieldLabel} from '../../menu/dialog.js';
import {fieldFlagHelp} from '../../menu/explain.js';
import {createShell} from '../screens/shell.js';
import {pictureTitle} from '../screens/picture.js';
import type {Env} from './env.js';
import {renderFrame} from './frame.js';
import {pictureText} from './live.js';
import {pushPopup, textPopup, wordsOf} from './messages.js';
import {current, leave, type AppState} from './state.js';

/** F1: help for the menu item or field under the cursor; on a dialog field, which flag of the command it sets too. */
export function showHelp(state: AppState, env: Env): AppState {
	const screen = current(state);
	if (!screen) return state;
	if (screen.kind === 'menu') {
		const item = screen.menu.items[screen.list.cursor];
		if (!item) return state;
		return pushPopup(state, textPopup('help', item.text.replace(/\n/g, ' '), item.help || wordsOf(state).noHelp));
	}
	if (screen.kind === 'status') {
		return pushPopup(state, textPopup('help', wordsOf(state).statusTitle, wordsOf(state).statusHelp));
	}
	const field = screen.fields[screen.cursor];
	if (!field) return state;
	const header = screen.kind === 'dialog' ? screen.dialog.help : screen.selector.help;
	const help = field.option.help || header || wordsOf(state).noHelp;
	const flag =
		screen.kind === 'dialog' && env.runner.lookup ? fieldFlagHelp(screen.dialog, field.option, env.runner.lookup, env.catalog.language) : undefined;
	return pushPopup(state, textPopup('help', fieldLabel(field.option), flag ? `${help}\n\n${flag}` : help));
}

function fastPathOf(state: AppState): string {
	return current(state)?.id ?? '';
}

/** F8: the screen image (with the pop-ups over it, long output lines whole) goes to smit.log, and the fast path is shown. */
export function showImage(state: AppState, env: Env): AppState {
	const fastPath = fastPathOf(state);
	env.log.image(fastPath, frameText(renderFrame(state, true)));
	const top = state.popups[state.popups.length - 1];
	if (top?.kind === 'text' && top.variant === 'fastpath') return state;
	return pushPopup(state, textPopup('fastpath', wordsOf(state).fastPathTitle, `"${fastPath}"`));
}

/** F12: the picture of the cluster as the last command left it, over whatever is on the screen (kept up to date: live.ts). */
export function showPicture(state: AppState, env: Env): AppState {
	const picture = pictureText(state, env);
	if (picture === undefined) return state;
	const top = state.popups[state.popups.length - 1];
	if (top?.kind === 'text' && top.variant === 'picture') return state;
	return pushPopup(state, textPopup('picture', pictureTitle(env.catalog.language), picture));
}

export function openShell(state: AppState, env: Env): AppState {
	env.log.trace('shell');
	return {...state, shell: createShell(env.runner.node, wordsOf(state).shellBanner)};
}

/** F3 on a screen: back one; leaving the first screen leaves SMIT. */
export function back(state: AppState): AppState {
	const stack = state.stack.slice(0, -1);
	return stack.length === 0 ? leave({...state, stack}, 0) : {...state, stack};
}

/** The moves every list and scroll view (menus, F4 lists, command output) understands. */
export const LIST_MOVES: Partial<Record<Command['type'], 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end'>> = {
	up: 'up',
	down: 'down',
	pageup: 'page-up',
	pagedown: 'page-down',
	home: 'home',
	end: 'end',
};

/** The editing keys every text field (dialog entry, F7 edit box, find, the F9 prompt) understands. */
export const FIELD_EDITS: Partial<Record<Command['type'], Exclude<FieldAction, {type: 'insert'}>['type']>> = {
	backspace: 'backspace',
	delete: 'delete',
	left: 'left',
	right: 'right',
	home: 'home',
	end: 'end',
	'line-start': 'home',
	'line-end': 'end',
	'kill-line': 'kill',
};
