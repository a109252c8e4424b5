/** Keys on a menu: move, Enter opens the item, / and n find. */
import {screenFor} from '../../menu/catalog.js';
import type {Command} from '../keys/commands.js';
import type {MenuScreen} from '../screens/types.js';
import {listReducer, type ListAction} from '../widgets/list/index.js';
import type {Env} from './env.js';
import {pushPopup} from './messages.js';
import {notFound, openScreen} from './open.js';
import {replaceTop, type AppState} from './state.js';
import {createField} from '../widgets/field/index.js';

export const LIST_MOVES: Partial<Record<Command['type'], ListAction['type']>> = {
	up: 'up',
	down: 'down',
	pageup: 'page-up',
	pagedown: 'page-down',
	home: 'home',
	end: 'end',
};

export function handleMenu(state: AppState, env: Env, screen: MenuScreen, command: Command): AppState {
	const move = LIST_MOVES[command.type];
	if (move) return replaceTop(state, {...screen, list: listReducer(screen.list, {type: move} as ListAction)});
	if (command.type === 'text' && command.text === '/') return pushPopup(state, {kind: 'find', field: createField(screen.list.query)});
	if (command.type === 'text' && command.text === 'n') return replaceTop(state, {...screen, list: listReducer(screen.list, {type: 'find-next'})});
	if (command.type !== 'do') return state;
	const item = screen.menu.items[screen.list.cursor];
	if (!item || item.next_type === 'i') return state;
	const target = screenFor(env.catalog, item.next_id, item.next_type);
	if (!target) return notFound(state, item.next_id);
	return openScreen(state, env, target, {});
}
