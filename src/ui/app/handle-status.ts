/** Keys on COMMAND STATUS: scroll the output, / find, n find next, F6 the command that ran. */
import type {Command} from '../keys/commands.js';
import type {StatusScreen} from '../screens/types.js';
import {scrollReducer} from '../widgets/scroll/index.js';
import {LIST_MOVES} from './common.js';
import {findKey} from './find.js';
import {pushPopup, textPopup} from './messages.js';
import {replaceTop, type AppState} from './state.js';

export function handleStatus(state: AppState, screen: StatusScreen, command: Command): AppState {
	const move = LIST_MOVES[command.type];
	if (move) return replaceTop(state, {...screen, output: scrollReducer(screen.output, {type: move})});
	if (command.type === 'command') return pushPopup(state, textPopup('command', 'SHOW COMMAND STRING', screen.command));
	if (command.type === 'text') return findKey(state, command.text) ?? state;
	return state;
}
