/**
 * Keys in pop-ups. Lists: move, Enter picks, F7 marks (multi-select), / and
 * n find. Messages: scroll, Enter or F3 closes (ARE YOU SURE? runs on Enter).
 * Edit and find boxes: a text field, Enter applies, F3 cancels.
 */
import type {Command} from '../keys/commands.js';
import type {EditPopup, FindPopup, ListPopup, TextPopup} from '../popups/types.js';
import {textLines, textRows} from '../popups/view.js';
import {createField, fieldReducer, type FieldAction} from '../widgets/field/index.js';
import {FIELD_EDITS} from './common.js';
import {listReducer, type ListAction} from '../widgets/list/index.js';
import {scrollReducer} from '../widgets/scroll/index.js';
import type {Env} from './env.js';
import {LIST_MOVES} from './handle-menu.js';
import {pickFromList} from './lists.js';
import {NO_HELP, pushPopup, textPopup} from './messages.js';
import {startRun} from './run.js';
import {current, replacePopup, replaceTop, type AppState} from './state.js';
import {wideWidth} from '../popups/view.js';
import {boxInner} from '../render/box.js';

const close = (state: AppState): AppState => ({...state, popups: state.popups.slice(0, -1)});

function handleList(state: AppState, env: Env, popup: ListPopup, command: Command): AppState {
	const move = LIST_MOVES[command.type];
	if (move) return replacePopup(state, {...popup, list: listReducer(popup.list, {type: move} as ListAction)});
	switch (command.type) {
		case 'do':
			return pickFromList(state, env, popup);
		case 'edit':
			return popup.multi ? replacePopup(state, {...popup, list: listReducer(popup.list, {type: 'toggle'})}) : state;
		case 'help':
			return pushPopup(state, textPopup('help', popup.title, popup.help || NO_HELP));
		case 'text':
			if (command.text === '/') return pushPopup(state, {kind: 'find', field: createField(popup.list.query)});
			if (command.text === 'n') return replacePopup(state, {...popup, list: listReducer(popup.list, {type: 'find-next'})});
			return state;
		default:
			return state;
	}
}

function handleText(state: AppState, env: Env, popup: TextPopup, command: Command): AppState {
	const rows = textRows(popup, state.size);
	const max = Math.max(textLines(popup, state.size).length - rows, 0);
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
			if (popup.variant === 'confirm' && popup.then) return startRun(close(state), env, popup.then);
			return popup.exitOnClose === undefined ? close(state) : {...close(state), exit: popup.exitOnClose};
		default:
			return state;
	}
}

function editField<P extends EditPopup | FindPopup>(state: AppState, popup: P, command: Command): AppState | undefined {
	const rules = popup.kind === 'edit' ? popup.rules : {};
	if (command.type === 'text' || command.type === 'paste') return replacePopup(state, {...popup, field: fieldReducer(popup.field, {type: 'insert', text: command.text}, rules)});
	if (popup.kind === 'edit' && (command.type === 'up' || command.type === 'down')) {
		const step = boxInner(wideWidth(state.size)) * (command.type === 'up' ? -1 : 1);
		const cursor = Math.min(Math.max(popup.field.cursor + step, 0), popup.field.value.length);
		return replacePopup(state, {...popup, field: {...popup.field, cursor}});
	}
	const edit = FIELD_EDITS[command.type];
	return edit ? replacePopup(state, {...popup, field: fieldReducer(popup.field, {type: edit} as FieldAction, rules)}) : undefined;
}

function applyEdit(state: AppState, popup: EditPopup): AppState {
	const closed = close(state);
	const screen = current(closed);
	if (!screen || (screen.kind !== 'dialog' && screen.kind !== 'selector')) return closed;
	const fields = screen.fields.map((f, i) => (i === popup.index ? {...f, value: popup.field.value, cursor: popup.field.value.length} : f));
	return replaceTop(closed, {...screen, fields});
}

/** Find in whatever the find box was opened over: a list pop-up, a menu, or command output. */
function applyFind(state: AppState, query: string): AppState {
	const closed = close(state);
	const below = closed.popups[closed.popups.length - 1];
	if (below?.kind === 'list') return replacePopup(closed, {...below, list: listReducer(below.list, {type: 'find', query})});
	const screen = current(closed);
	if (screen?.kind === 'menu') return replaceTop(closed, {...screen, list: listReducer(screen.list, {type: 'find', query})});
	if (screen?.kind === 'status') return replaceTop(closed, {...screen, output: scrollReducer(screen.output, {type: 'find', query})});
	return closed;
}

export function handlePopup(state: AppState, env: Env, command: Command): AppState {
	const popup = state.popups[state.popups.length - 1]!;
	if (command.type === 'cancel') {
		return popup.kind === 'text' && popup.exitOnClose !== undefined ? {...close(state), exit: popup.exitOnClose} : close(state);
	}
	switch (popup.kind) {
		case 'list':
			return handleList(state, env, popup, command);
		case 'text':
			return handleText(state, env, popup, command);
		case 'edit':
			if (command.type === 'do') return applyEdit(state, popup);
			return editField(state, popup, command) ?? state;
		case 'find':
			if (command.type === 'do') return applyFind(state, popup.field.value);
			return editField(state, popup, command) ?? state;
	}
}
