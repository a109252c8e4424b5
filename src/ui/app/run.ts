/**
 * Running a dialog's command: the command line is built exactly as F6 shows
 * it, logged, and run after COMMAND STATUS has shown `running`. After a
 * success (src/menu/dialog.ts says what follows) an uppercase exec mode goes
 * back to the nearest earlier menu, and uppercase op_types clear their fields.
 */
import {commandLine, leavesAfterRun, valueAfterRun} from '../../menu/dialog.js';
import type {PendingRun} from '../popups/types.js';
import {askStatus, createStatusScreen, finishStatus} from '../screens/status.js';
import {withValue} from '../screens/form.js';
import type {DialogScreen, FormField, Screen} from '../screens/types.js';
import {NOT_RUN, smitRunner, type Deferred, type Env} from './env.js';
import {pushPopup, textPopup, wordsOf} from './messages.js';
import {leave, type AppState} from './state.js';

export function pendingFor(screen: DialogScreen, dialogAt: number): PendingRun {
	return {id: screen.id, command: commandLine(screen), execMode: screen.dialog.exec_mode, dialogAt};
}

export function confirmOrRun(state: AppState, env: Env, run: PendingRun, ask: boolean): AppState {
	if (ask) return pushPopup(state, textPopup('confirm', wordsOf(state).confirmTitle, wordsOf(state).confirm, {then: run}));
	return startRun(state, env, run);
}

export function startRun(state: AppState, env: Env, run: PendingRun): AppState {
	env.log.command(run.command);
	const status = createStatusScreen(run.id, run.command, state.size);
	const stack = [...state.stack, status];
	env.defer({type: 'execute', run, statusAt: stack.length - 1});
	return {...state, popups: [], stack};
}

function clearField(field: FormField): FormField {
	const value = valueAfterRun(field.option);
	return value === undefined ? field : withValue(field, value);
}

/** Where an uppercase exec mode returns after a success: the nearest earlier menu, else selector; -1: leave SMIT. */
function returnPoint(stack: readonly Screen[], below: number): number {
	for (let i = below - 1; i >= 0; i--) if (stack[i]!.kind === 'menu') return i;
	for (let i = below - 1; i >= 0; i--) if (stack[i]!.kind === 'selector') return i;
	return -1;
}

/**
 * Run the dialog's command on SMIT's terminal. At a question it stops, undone, and COMMAND STATUS takes the answer
 * (handle-status.ts); the line then runs again from the start with every answer given, as typed-ahead input would.
 */
export function execute(state: AppState, env: Env, {run, statusAt, answers = []}: Deferred): AppState {
	const ran = env.noExec ? undefined : smitRunner(env).run(run.command, 'dialog', answers);
	const stack = [...state.stack];
	const status = stack[statusAt];
	const live = status?.kind === 'status' && status.state === 'running' && status.command === run.command;
	if (ran?.question !== undefined) {
		if (live) stack[statusAt] = askStatus(status, ran, {run, answers, question: ran.question, ...(ran.unechoed ? {unechoed: true as const} : {})});
		return {...state, stack};
	}
	if (ran) env.log.output(ran.output);
	const result = ran ?? NOT_RUN;
	if (live) stack[statusAt] = finishStatus(status, result);
	if (result.code !== 0) return {...state, stack};
	if (result.smitNode !== undefined) return {...state, stack, sessionOn: result.smitNode};
	const dialog = run.dialogAt >= 0 ? stack[run.dialogAt] : undefined;
	if (dialog?.kind === 'dialog') stack[run.dialogAt] = {...dialog, fields: dialog.fields.map(clearField)};
	if (leavesAfterRun(run.execMode) && live) {
		const back = returnPoint(stack, run.dialogAt >= 0 ? run.dialogAt : statusAt);
		if (back < 0) return leave({...state, stack}, 0);
		return {...state, stack: stack.slice(0, back + 1), popups: []};
	}
	return {...state, stack};
}
