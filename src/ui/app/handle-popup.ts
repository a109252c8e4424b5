/**
 * Keys in pop-ups. Lists: move, Enter picks, F7 marks (multi-select), / and
 * n find. Messages: scroll, Enter or F3 closes (ARE YOU SURE? runs on Enter).
 * Edit and find boxes: a text field, Enter applies, F3 cancels.
 */
import {explanationText} from '../../command/manual.js';
import type {Command} from '../keys/commands.js';
import type {EditPopup, FindPopup, ListPopup, TextPopup} from '../popups/types.js';
import {editCursorMoved, textWindow} from '../popups/view.js';
import {fieldReducer, type FieldAction} from '../widgets/field/index.js';
import {listReducer} from '../widgets/list/index.js';
import {FIELD_EDITS, LIST_MOVES} from './common.js';
import type {Env} from './env.js';
import {find, findKey} from './find.js';
import {findScreens} from './find-screens.js';
import {pickFromList} from './open.js';
import {pushPopup, textPopup, wordsOf} from './messages.js';
import {startRun} from './run.js';
import {closePopup, fillField, replacePopup, type AppState} from './state.js';

function handleList(state: AppState, env: Env, popup: ListPopup, command: Command): AppState {
	const move = LIST_MOVES[command.type];
	if (move) return replacePopup(state, {...popup, list: listReducer(popup.list, {type: move})});
	switch (command.type) {
		case 'do':
			return pickFromList(state, env, popup);
		case 'left':
		case 'right':
			return replacePopup(state, {...popup, list: listReducer(popup.list, {type: command.type})});
		case 'edit':
			return popup.multi ? replacePopup(state, {...popup, list: listReducer(popup.list, {type: 'toggle'})}) : state;
		case 'help':
			return pushPopup(state, textPopup('help', popup.title, popup.help || wordsOf(state).noHelp));
		case 'text':
			return findKey(state, command.text) ?? state;
		default:
			return state;
	}
}

/** Leave a message pop-up: Enter on ARE YOU SURE? runs its command; a pop-up that ends SMIT ends it. */
function closeText(state: AppState, env: Env, popup: TextPopup, confirmed: boolean): AppState {
	if (confirmed && popup.variant === 'confirm' && popup.then) return startRun(closePopup(state), env, popup.then);
	return popup.exitOnClose === undefined ? closePopup(state) : {...closePopup(state), exit: popup.exitOnClose};
}

function handleText(state: AppState, env: Env, popup: TextPopup, command: Command): AppState {
	const {lines, rows} = textWindow(popup, state.size, state.language);
	const max = Math.max(lines.length - rows, 0);
	const scroll = (top: number) => replacePopup(state, {...popup, top: Math.min(Math.max(top, 0), max)});
	switch (command.type) {
		case 'up':
			return scroll(popup.top - 1);
		case 'down':
			return scroll(popup.top + 1);
		case 'pageup':
			return scroll(popup.top - rows);
		case 'pagedown':
			return scroll(popup.top + rows);
		case 'home':
			return scroll(0);
		case 'end':
			return scroll(max);
		case 'do':
			return closeText(state, env, popup, true);
		case 'help':
			return popup.variant === 'command' ? pushPopup(state, explainPopup(state, env, popup.text)) : state;
		default:
			return state;
	}
}

/** F1 over F6's command: each word of it read by the command's declaration. */
function explainPopup(state: AppState, env: Env, line: string) {
	const {lookup} = env.runner;
	const words = wordsOf(state);
	return textPopup('help', words.explainTitle, lookup ? explanationText(line, lookup, env.catalog.language) : words.noHelp);
}

/** Typing and editing keys in the F7 edit box and the find box; undefined for any other key. */
function editField<P extends EditPopup | FindPopup>(state: AppState, popup: P, command: Command): AppState | undefined {
	const rules = popup.kind === 'edit' ? popup.rules : {};
	const change = (action: FieldAction) => {
		const field = fieldReducer(popup.field, action, rules);
		return field === popup.field ? state : replacePopup(state, {...popup, field});
	};
	if (command.type === 'text' || command.type === 'paste') return change({type: 'insert', text: command.text});
	if (popup.kind === 'edit' && (command.type === 'up' || command.type === 'down')) {
		const cursor = editCursorMoved(popup.field, state.size, command.type === 'up' ? -1 : 1);
		return replacePopup(state, {...popup, field: {...popup.field, cursor}});
	}
	const edit = FIELD_EDITS[command.type];
	return edit ? change({type: edit}) : undefined;
}

export function handlePopup(state: AppState, env: Env, command: Command): AppState {
	const popup = state.popups[state.popups.length - 1]!;
	if (command.type === 'cancel') return popup.kind === 'text' ? closeText(state, env, popup, false) : closePopup(state);
	switch (popup.kind) {
		case 'list':
			return handleList(state, env, popup, command);
		case 'text':
			return handleText(state, env, popup, command);
		case 'edit':
			if (command.type === 'do') return fillField(closePopup(state), popup.index, popup.field.value);
			return editField(state, popup, command) ?? state;
		case 'find':
			if (command.type === 'do') return find(closePopup(state), {type: 'find', query: popup.field.value});
			if (command.type === 'list' && popup.screens) return findScreens(closePopup(state), env, popup.field.value);
			return editField(state, popup, command) ?? state;
	}
}
