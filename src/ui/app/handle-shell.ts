/** Keys in the F9 shell: a line editor with history; Enter runs the line on the simulated cluster; `exit` returns. */
import type {Command} from '../keys/commands.js';
import {appendTranscript, type ShellState} from '../screens/shell.js';
import {createField, fieldReducer} from '../widgets/field/index.js';
import {FIELD_EDITS} from './common.js';
import {safeRun, type Env} from './env.js';
import type {AppState} from './state.js';

const outputLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

function runLine(shell: ShellState, env: Env): ShellState | undefined {
	const line = shell.input.value;
	const transcript = appendTranscript(shell.transcript, [shell.prompt + line]);
	const history = line.trim() ? [...shell.history, line] : shell.history;
	const done = {...shell, transcript, history, recall: history.length, input: createField('')};
	const word = line.trim();
	if (word === 'exit') return undefined;
	if (word === 'clear') return {...done, transcript: []};
	if (!word) return done;
	const result = safeRun(env.runner, line, 'f9-shell');
	return {...done, transcript: appendTranscript(transcript, outputLines(result.output))};
}

function recall(shell: ShellState, step: 1 | -1): ShellState {
	const at = Math.min(Math.max(shell.recall + step, 0), shell.history.length);
	return {...shell, recall: at, input: createField(shell.history[at] ?? '')};
}

export function handleShell(state: AppState, env: Env, shell: ShellState, command: Command): AppState {
	const set = (next: ShellState | undefined): AppState => (next ? {...state, shell: next} : {...state, shell: undefined});
	switch (command.type) {
		case 'do':
			return set(runLine(shell, env));
		case 'text':
		case 'paste':
			return set({...shell, input: fieldReducer(shell.input, {type: 'insert', text: command.text})});
		case 'up':
			return set(recall(shell, -1));
		case 'down':
			return set(recall(shell, 1));
		case 'interrupt':
			return set({...shell, transcript: appendTranscript(shell.transcript, [`${shell.prompt}${shell.input.value}^C`]), input: createField('')});
		case 'eof':
			return shell.input.value === '' ? set(undefined) : state;
		default: {
			const edit = FIELD_EDITS[command.type];
			return edit ? set({...shell, input: fieldReducer(shell.input, {type: edit})}) : state;
		}
	}
}
