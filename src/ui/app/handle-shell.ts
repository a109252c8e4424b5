/**
 * Keys in the F9 shell: a line editor with history; Enter runs the line on the simulated cluster; `exit` returns.
 * `smitty [FASTPATH]` (or smit) opens that screen, and F10 there comes back to this prompt. The shell is a terminal:
 * a command's question (ctx.ask) is the prompt until answered, and a full-screen program (clstat) has the keys until q.
 */
import type {Command} from '../keys/commands.js';
import {appendTranscript, type ShellState} from '../screens/shell.js';
import {createProgram, outputLines, PROGRAM_KEYS, turnPage, type ProgramState} from '../screens/program.js';
import {refreshShellProgram} from './live.js';
import {createField, fieldReducer} from '../widgets/field/index.js';
import {FIELD_EDITS} from './common.js';
import {safeRun, type Env} from './env.js';
import {resolveFastPath, TOP_MENU} from '../../menu/catalog.js';
import {smitOver} from './open.js';
import {mailArrived, NEW_MAIL} from '../../cluster/mail.js';
import {wordsOf} from './messages.js';
import {ring, type AppState} from './state.js';

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
	if (word === 'exit') return undefined;
	if (word === 'clear') return {...done, transcript: []};
	if (!word) return done;
	return runOnTerminal(done, env, line, [], 0);
}

/**
 * Run a line on the shell's terminal with the answers given so far. Its output past the `shown` lines already in the
 * transcript is added; it may stop at a question (asked at the prompt) or take the screen as a program.
 */
function runOnTerminal(shell: ShellState, env: Env, line: string, answers: readonly string[], shown: number): ShellState {
	const before = env.runner.state;
	const result = safeRun(env.runner, line, 'f9-shell', answers);
	const lines = outputLines(result.output);
	if (result.screen && result.code === 0) return {...shell, asking: undefined, program: createProgram(result.screen, lines)};
	const transcript = appendTranscript(shell.transcript, lines.slice(shown));
	if (result.question === undefined) {
		const after = env.runner.state;
		const mail = before && after && mailArrived(before, after, env.runner.node) ? [NEW_MAIL] : [];
		const opened = result.code === 0 && result.smitNode !== undefined ? {smitOn: result.smitNode} : {};
		return {...shell, transcript: appendTranscript(transcript, mail), asking: undefined, ...opened};
	}
	return {...shell, transcript, asking: {line, answers, question: result.question, unechoed: result.unechoed === true, shown: lines.length}};
}

/** Enter at a question: the answer goes into the transcript after it (unless unechoed), and the line runs on with it. */
function answer(shell: ShellState, env: Env): ShellState {
	const {line, answers, question, unechoed, shown} = shell.asking!;
	const typed = shell.input.value;
	const transcript = appendTranscript(shell.transcript, [`${question} ${unechoed ? '' : typed}`]);
	return runOnTerminal({...shell, transcript, input: createField('')}, env, line, [...answers, typed], shown);
}

/** Keys while a program has the screen: its letters, Page Down / Up for f / b, Ctrl-C as q; the rest rings the bell. */
function programKey(state: AppState, env: Env, shell: ShellState, program: ProgramState, command: Command): AppState {
	const key =
		command.type === 'text' ? PROGRAM_KEYS[command.text] : command.type === 'pagedown' ? 'forward' : command.type === 'pageup' ? 'back' : undefined;
	if (command.type === 'interrupt' || key === 'quit') return {...state, shell: {...shell, program: undefined}};
	if (key === 'refresh') return {...state, shell: refreshShellProgram(shell, env)};
	if (key) return {...state, shell: {...shell, program: turnPage(program, key, state.size)}};
	return ring(state);
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
	if (!target) return {...state, shell: {...prompt, transcript: appendTranscript(prompt.transcript, [wordsOf(state).fastPathNotFound(name)])}};
	return smitOver({...state, shell: prompt}, env, target);
}

export function handleShell(state: AppState, env: Env, shell: ShellState, command: Command): AppState {
	const set = (next: ShellState | undefined): AppState => (next ? {...state, shell: next} : {...state, shell: undefined});
	if (shell.program) return programKey(state, env, shell, shell.program, command);
	if (shell.asking && command.type === 'do') return set(answer(shell, env));
	switch (command.type) {
		case 'do': {
			const called = SMITTY_LINE.exec(shell.input.value);
			if (called) return smitty(state, env, shell, called[1]);
			const ran = runLine(shell, env);
			const top = ran?.smitOn === undefined ? undefined : resolveFastPath(env.catalog, TOP_MENU, 'menu');
			return ran && top ? smitOver({...state, shell: {...ran, smitOn: undefined}}, env, top, ran.smitOn) : set(ran);
		}
		case 'text':
		case 'paste':
			return set({...shell, input: fieldReducer(shell.input, {type: 'insert', text: command.text})});
		case 'up':
			return set(recall(shell, -1));
		case 'down':
			return set(recall(shell, 1));
		case 'interrupt': {
			// At a question, Ctrl-C ends the command: nothing it would have done is done.
			const prompt = shell.asking ? `${shell.asking.question} ` : shell.prompt;
			return set({
				...shell,
				asking: undefined,
				transcript: appendTranscript(shell.transcript, [`${prompt}${shell.input.value}^C`]),
				input: createField(''),
			});
		}
		case 'eof':
			return shell.input.value === '' ? set(undefined) : state;
		default: {
			const edit = FIELD_EDITS[command.type];
			return edit ? set({...shell, input: fieldReducer(shell.input, {type: edit})}) : state;
		}
	}
}
