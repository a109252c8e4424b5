/** Keys on COMMAND STATUS: scroll the output, / find, n find next, F6 the command that ran. */
import type {Command} from '../keys/commands.js';
import type {StatusScreen} from '../screens/types.js';
import {createField} from '../widgets/field/index.js';
import {scrollReducer, type ScrollAction} from '../widgets/scroll/index.js';
import {pushPopup, textPopup} from './messages.js';
import {LIST_MOVES} from './handle-menu.js';
import {replaceTop, type AppState} from './state.js';

export function handleStatus(state: AppState, screen: StatusScreen, command: Command): AppState {
	const move = LIST_MOVES[command.type];
	if (move) return replaceTop(state, {...screen, output: scrollReducer(screen.output, {type: move} as ScrollAction)});
	if (command.type === 'command') return pushPopup(state, textPopup('command', 'SHOW COMMAND STRING', screen.command));
	if (command.type === 'text' && command.text === '/') return pushPopup(state, {kind: 'find', field: createField(screen.output.query)});
	if (command.type === 'text' && command.text === 'n') return replaceTop(state, {...screen, output: scrollReducer(screen.output, {type: 'find-next'})});
	return state;
}
