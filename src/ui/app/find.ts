/**
 * `/` and `n` wherever there is something to search: the list pop-up on top,
 * else the menu or the command output under it. `/` opens the find box with
 * the last text looked for; Enter in it finds, `n` finds the next match.
 */
import {listReducer} from '../widgets/list/index.js';
import {scrollReducer} from '../widgets/scroll/index.js';
import {createField} from '../widgets/field/index.js';
import {pushPopup} from './messages.js';
import {current, replacePopup, replaceTop, type AppState} from './state.js';

type FindAction = {type: 'find'; query: string} | {type: 'find-next'};

/** The last text looked for in what the keys go to, or undefined when there is nothing to search. */
function lastQuery(state: AppState): string | undefined {
	const top = state.popups[state.popups.length - 1];
	if (top) return top.kind === 'list' ? top.list.query : undefined;
	const screen = current(state);
	if (screen?.kind === 'menu') return screen.list.query;
	if (screen?.kind === 'status') return screen.output.query;
	return undefined;
}

/** Find in what the keys go to (the find box itself closed first). */
export function find(state: AppState, action: FindAction): AppState {
	const top = state.popups[state.popups.length - 1];
	if (top) return top.kind === 'list' ? replacePopup(state, {...top, list: listReducer(top.list, action)}) : state;
	const screen = current(state);
	if (screen?.kind === 'menu') return replaceTop(state, {...screen, list: listReducer(screen.list, action)});
	if (screen?.kind === 'status') return replaceTop(state, {...screen, output: scrollReducer(screen.output, action)});
	return state;
}

/** `/` or `n` typed over a list, a menu or command output; undefined for any other text. */
export function findKey(state: AppState, text: string): AppState | undefined {
	if (text === 'n') return find(state, {type: 'find-next'});
	if (text !== '/') return undefined;
	const query = lastQuery(state);
	if (query === undefined) return undefined;
	const overMenu = state.popups.length === 0 && current(state)?.kind === 'menu';
	return pushPopup(state, {kind: 'find', field: createField(query), ...(overMenu ? {screens: true} : {})});
}
