/**
 * Keys in the F9 shell: a line editor with history; Enter runs the line on the simulated cluster; `exit` returns.
 * `smitty [FASTPATH]` (or smit) opens that screen, and F10 there comes back to this prompt.
 */
import type {Command} from '../keys/commands.js';
import {appendTranscript, type ShellState} from '../screens/shell.js';
import {createField, fieldReducer} from '../widgets/field/index.js';
import {FIELD_EDITS} from './common.js';
import {safeRun, type Env} from './env.js';
import {resolveFastPath, TOP_MENU} from '../../menu/catalog.js';
import {startAt} from './open.js';
import {initialState, type AppState} from './state.js';

const outputLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** The line typed goes into the transcript and the history; the prompt is empty again. */
function entered(shell: ShellState): ShellState {
	const line = shell.input.value;
	const transcript = appendTranscript(shell.transcript, [shell.prompt + line]);
	const history = line.trim() ? [...shell.history, line] : shell.history;
	return {...shell, transcript, history, recall: history.length, input: createField('')};
}

function runLine(shell: ShellState, env: Env): ShellState | undefined {
	const line = shell.input.value;
	const done = entered(shell);
	const word = line.trim();
	if (shell.asking) return asked(done, env, {...shell.asking, answers: [...shell.asking.answers, line]});
	if (word === 'exit') return undefined;
	if (word === 'clear') return {...done, transcript: []};
	if (!word) return done;
	return asked(done, env, {line, answers: [], shown: 0, prompt: shell.prompt});
}

/**
 * A line run with the answers typed so far: a question (vxdiskadm's) becomes the prompt and the next line its answer;
 * only output not shown yet is added. A question whose answer is not echoed (a password) is not asked here.
 */
function asked(shell: ShellState, env: Env, asking: NonNullable<ShellState['asking']>): ShellState {
	let result = safeRun(env.runner, asking.line, 'f9-shell', asking.answers);
	if (result.unechoed) result = safeRun(env.runner, asking.line, 'f9-shell');
	const transcript = appendTranscript(shell.transcript, outputLines(result.output.slice(asking.shown)));
	if (result.question === undefined || result.unechoed) return {...shell, transcript, prompt: asking.prompt, asking: undefined};
	return {...shell, transcript, prompt: `${result.question} `, asking: {...asking, shown: result.output.length}};
}

function recall(shell: ShellState, step: 1 | -1): ShellState {
	const at = Math.min(Math.max(shell.recall + step, 0), shell.history.length);
	return {...shell, recall: at, input: createField(shell.history[at] ?? '')};
}

/** `smitty [FASTPATH]` (or smit) typed at a prompt: SMIT on that screen (the fast path is group 1). */
export const SMITTY_LINE = /^\s*(?:\/usr\/bin\/)?smit(?:ty)?(?:\s+(\S+))?\s*$/;

/** `smitty FASTPATH` at the prompt: a SMIT over this one, or smitty's message when there is no such fast path. */
function smitty(state: AppState, env: Env, shell: ShellState, fastPath: string | undefined): AppState {
	const name = fastPath ?? TOP_MENU;
	const target = resolveFastPath(env.catalog, name, fastPath ? undefined : 'menu');
	const prompt = entered(shell);
	if (!target)
		return {...state, shell: {...prompt, transcript: appendTranscript(prompt.transcript, [`1800-106 The fast path "${name}" was not found.`])}};
	const outer = {...state, shell: prompt};
	return startAt({...initialState(state.size), refresh: state.refresh + 1, bell: state.bell, outer}, env, target);
}

export function handleShell(state: AppState, env: Env, shell: ShellState, command: Command): AppState {
	const set = (next: ShellState | undefined): AppState => (next ? {...state, shell: next} : {...state, shell: undefined});
	switch (command.type) {
		case 'do': {
			const called = SMITTY_LINE.exec(shell.input.value);
			return called ? smitty(state, env, shell, called[1]) : set(runLine(shell, env));
		}
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
