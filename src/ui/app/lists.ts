/**
 * F4: the list for a field (its cmd_to_list output, or its ring values), and
 * what choosing from it does: fill the field, or carry a ghost selector on.
 */
import {isRing, splitSelection} from '../../menu/build.js';
import {describeProblem, fieldChoices, fieldLabel, hasList, listNames, refused} from '../../menu/dialog.js';
import type {CommandOption} from '../../menu/schema.js';
import {listRows} from '../popups/view.js';
import type {ListPopup} from '../popups/types.js';
import type {Context, FormScreen} from '../screens/types.js';
import {createList} from '../widgets/list/index.js';
import {smitRunner, type Env} from './env.js';
import {pushPopup, withError, withMessage, wordsOf} from './messages.js';
import {current, type AppState} from './state.js';

const isMulti = (option: CommandOption) => !isRing(option) && option.multi_select !== '' && option.multi_select !== 'n';

export function openList(state: AppState, env: Env, target: ListPopup['target'], option: CommandOption, value: string, context: Context): AppState {
	const range = option.cmd_to_list_mode === 'r';
	const screen = current(state);
	const fields = screen?.kind === 'dialog' || screen?.kind === 'selector' ? screen.fields : [];
	const entries = fieldChoices(option, listNames(fields, context), smitRunner(env));
	if (refused(entries)) return withError(state, describeProblem(entries.problem, state.language));
	const items = entries.map(e => ({text: e.text, selectable: e.selectable}));
	const values = entries.map(e => e.value);
	// Nothing to choose (no output, or only `#` header lines); a range is information and always shown.
	if (!range && !items.some(item => item.selectable)) return withMessage(state, wordsOf(state).noItems);
	const multi = isMulti(option);
	const chosen = new Set(multi ? splitSelection(option, value) : [value]);
	const marks = multi ? values.flatMap((v, i) => (items[i]!.selectable && chosen.has(v) ? [i] : [])) : [];
	const at = values.findIndex((v, i) => items[i]!.selectable && chosen.has(v));
	const list = createList(items, {rows: listRows({multi, range}, state.size), cursor: range ? 0 : Math.max(at, 0), marks});
	return pushPopup(state, {kind: 'list', title: fieldLabel(option), list, values, multi, range, target, help: option.help});
}

/** F4 on the field under the cursor. */
export function openFieldList(state: AppState, env: Env, screen: FormScreen): AppState {
	const field = screen.fields[screen.cursor];
	if (!field) return state;
	if (!hasList(field.option)) return state;
	return openList(state, env, {type: 'field', index: screen.cursor}, field.option, field.value, screen.context);
}
