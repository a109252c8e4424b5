/**
 * Keys on a dialog or selector: move between fields, type into entry fields
 * (numeric fields take digits and a sign; entry_size is the limit), Tab and
 * Shift-Tab through ring values, F4 list, F5 reset, F6 command, F7 edit,
 * Enter runs (dialog) or goes on (selector) once the values pass SMIT's checks.
 */
import {isRing, ringValues} from '../../menu/build.js';
import type {Command} from '../keys/commands.js';
import {checkFields, commandLine, fieldLabel, isTypeable} from '../../menu/dialog.js';
import {formBodyRows, revealField, withValue} from '../screens/form.js';
import type {FormField, FormScreen} from '../screens/types.js';
import {fieldReducer, type FieldAction, type FieldRules} from '../widgets/field/index.js';
import {FIELD_EDITS} from './common.js';
import type {Env} from './env.js';
import {openFieldList} from './lists.js';
import {pushPopup, withCommand, withError} from './messages.js';
import {proceedFromSelector} from './open.js';
import {confirmOrRun, pendingFor} from './run.js';
import {replaceTop, type AppState} from './state.js';
import {SIMULATION_BIN} from '../../cluster/failure/model.js';

const rulesFor = (field: FormField): FieldRules => ({maxLength: field.option.entry_size, numeric: field.option.entry_type === '#'});

/** Change the field under the cursor; the same state when the change refuses (so the bell rings). */
function setField(state: AppState, screen: FormScreen, change: (field: FormField) => FormField): AppState {
	const field = screen.fields[screen.cursor];
	const next = field && change(field);
	if (!next || next === field) return state;
	return replaceTop(state, {...screen, fields: screen.fields.map((f, i) => (i === screen.cursor ? next : f))});
}

/** Typing and editing keys in an entry field, by its rules; the field itself when they change nothing. */
function editField(field: FormField, action: FieldAction): FormField {
	const next = fieldReducer(field, action, rulesFor(field));
	return next === field ? field : {...field, ...next};
}

function moveCursor(state: AppState, screen: FormScreen, delta: number): AppState {
	const cursor = Math.min(Math.max(screen.cursor + delta, 0), screen.fields.length - 1);
	return replaceTop(state, revealField({...screen, cursor}, state.size));
}

function cycleRing(field: FormField, step: 1 | -1): FormField {
	const values = ringValues(field.option);
	if (!isRing(field.option) || values.length === 0) return field;
	const n = values.length;
	const at = values.indexOf(field.value);
	return withValue(field, values[at < 0 ? (step === 1 ? 0 : n - 1) : (at + step + n) % n]!);
}

/** F6's text: the command, and for a fault (the simulator's own command) what it would do, previewed on a copy (hasmit whatif). */
function shownCommand(env: Env, line: string): string {
	const preview = line.startsWith(`${SIMULATION_BIN}/`) ? (env.runner.preview?.(line) ?? []) : [];
	return preview.length > 0 ? [line, '', ...preview].join('\n') : line;
}

export function handleForm(state: AppState, env: Env, screen: FormScreen, command: Command): AppState {
	const field = screen.fields[screen.cursor];
	switch (command.type) {
		case 'up':
			return moveCursor(state, screen, -1);
		case 'down':
			return moveCursor(state, screen, 1);
		case 'pageup':
			return moveCursor(state, screen, -Math.max(formBodyRows(screen, state.size) - 1, 1));
		case 'pagedown':
			return moveCursor(state, screen, Math.max(formBodyRows(screen, state.size) - 1, 1));
		case 'next-value':
		case 'prev-value':
			return setField(state, screen, f => cycleRing(f, command.type === 'next-value' ? 1 : -1));
		case 'list':
			return openFieldList(state, env, screen);
		case 'reset':
			return setField(state, screen, f => withValue(f, f.initial));
		case 'command':
			return screen.kind === 'dialog' ? withCommand(state, shownCommand(env, commandLine(screen))) : state;
		case 'edit':
			if (!field || !isTypeable(field.option)) return state;
			return pushPopup(state, {
				kind: 'edit',
				title: fieldLabel(field.option),
				index: screen.cursor,
				field: {value: field.value, cursor: field.cursor},
				rules: rulesFor(field),
			});
		case 'do':
			return submit(state, env, screen);
		case 'text':
		case 'paste':
			if (!field || !isTypeable(field.option)) return state;
			return setField(state, screen, f => editField(f, {type: 'insert', text: command.text}));
		default: {
			const edit = FIELD_EDITS[command.type];
			if (!edit || !field || !isTypeable(field.option)) return state;
			return setField(state, screen, f => editField(f, {type: edit}));
		}
	}
}

function submit(state: AppState, env: Env, screen: FormScreen): AppState {
	const problem = checkFields(screen.fields, state.language);
	if (problem) return withError(state, problem);
	if (screen.kind === 'selector') return proceedFromSelector(state, env, screen.selector, screen.fields[0]?.value ?? '', screen.context);
	return confirmOrRun(state, env, pendingFor(screen, state.stack.length - 1), screen.dialog.ask === 'y');
}
