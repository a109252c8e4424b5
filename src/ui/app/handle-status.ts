/**
 * Keys on COMMAND STATUS: scroll the output (left and right: sideways), / find, n find next, F6 the command that ran. While the command waits
 * at a question, typing goes to its answer and Enter gives it (the command runs on with it).
 */
import type {Command} from '../keys/commands.js';
import {typeAnswer} from '../screens/status.js';
import type {StatusScreen} from '../screens/types.js';
import {scrollReducer} from '../widgets/scroll/index.js';
import {LIST_MOVES} from './common.js';
import type {Env} from './env.js';
import {findKey} from './find.js';
import {withCommand} from './messages.js';
import {replaceTop, type AppState} from './state.js';

export function handleStatus(state: AppState, env: Env, screen: StatusScreen, command: Command): AppState {
	const move = LIST_MOVES[command.type];
	if (move) return replaceTop(state, {...screen, output: scrollReducer(screen.output, {type: move})});
	if (command.type === 'left' || command.type === 'right') {
		return replaceTop(state, {...screen, output: scrollReducer(screen.output, {type: command.type})});
	}
	if (command.type === 'command') return withCommand(state, screen.command);
	if (screen.asking) return answerKey(state, env, screen, command);
	if (command.type === 'text') return findKey(state, command.text) ?? state;
	return state;
}

function answerKey(state: AppState, env: Env, screen: StatusScreen, command: Command): AppState {
	const {run, answers, typed} = screen.asking!;
	switch (command.type) {
		case 'text':
		case 'paste':
			return replaceTop(state, typeAnswer(screen, typed + command.text.replace(/[\r\n]/g, '')));
		case 'backspace':
			return replaceTop(state, typeAnswer(screen, typed.slice(0, -1)));
		case 'kill-line':
			return replaceTop(state, typeAnswer(screen, ''));
		case 'do':
			env.defer({type: 'execute', run, statusAt: state.stack.length - 1, answers: [...answers, typed]});
			return replaceTop(state, {...screen, asking: undefined});
		default:
			return state;
	}
}
