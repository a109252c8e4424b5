/** Keys on a menu: move, Enter opens the item, / and n find. */
import {screenFor} from '../../menu/catalog.js';
import type {Command} from '../keys/commands.js';
import type {MenuScreen} from '../screens/types.js';
import {listReducer} from '../widgets/list/index.js';
import {LIST_MOVES} from './common.js';
import type {Env} from './env.js';
import {findKey} from './find.js';
import {notFound, openScreen} from './open.js';
import {replaceTop, type AppState} from './state.js';

export function handleMenu(state: AppState, env: Env, screen: MenuScreen, command: Command): AppState {
	const move = LIST_MOVES[command.type];
	if (move) return replaceTop(state, {...screen, list: listReducer(screen.list, {type: move})});
	if (command.type === 'text') return findKey(state, command.text) ?? state;
	if (command.type !== 'do') return state;
	const item = screen.menu.items[screen.list.cursor];
	if (!item || item.next_type === 'i') return state;
	const target = screenFor(env.catalog, item.next_id, item.next_type);
	if (!target) return notFound(state, item.next_id);
	return openScreen(state, env, target, {});
}
