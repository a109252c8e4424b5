/**
 * F4: the list for a field (its cmd_to_list output, or its ring values), and
 * what choosing from it does: fill the field, or carry a ghost selector on.
 */
import {isRing, joinSelection, ringValues, splitSelection} from '../../menu/build.js';
import {parseList} from '../../menu/colon.js';
import type {CommandOption} from '../../menu/schema.js';
import {listRows} from '../popups/view.js';
import type {ListPopup} from '../popups/types.js';
import {fieldLabel, hasList} from '../screens/form.js';
import type {Context, FormScreen} from '../screens/types.js';
import {createList, type ListItem} from '../widgets/list/index.js';
import {runTool, withPostfix, type Env} from './env.js';
import {pushPopup, textPopup, toolFailed} from './messages.js';
import {proceedFromSelector} from './open.js';
import {closePopup, current, fillField, type AppState} from './state.js';

const isMulti = (option: CommandOption) => !isRing(option) && option.multi_select !== '' && option.multi_select !== 'n';

/** Names a cmd_to_list_postfix may use: the passed-on names and each field's discover name with its current value. */
function listNames(screen: FormScreen | undefined, context: Context): Record<string, string> {
	const names: Record<string, string> = {...context};
	for (const field of screen?.fields ?? []) if (field.option.disc_field_name) names[field.option.disc_field_name] = field.value;
	return names;
}

export function openList(state: AppState, env: Env, target: ListPopup['target'], option: CommandOption, value: string, context: Context): AppState {
	let items: ListItem[];
	let values: string[];
	const range = option.cmd_to_list_mode === 'r';
	if (isRing(option)) {
		values = ringValues(option);
		items = values.map(text => ({text, selectable: true}));
	} else {
		const screen = current(state);
		const line = withPostfix(option.cmd_to_list, option.cmd_to_list_postfix, listNames(screen?.kind === 'dialog' || screen?.kind === 'selector' ? screen : undefined, context));
		const result = runTool(env, 'List', line);
		if (result.code !== 0) return toolFailed(state, 'list', line, result);
		const entries = parseList(result.stdout, option.cmd_to_list_mode);
		items = entries.map(e => ({text: e.text, selectable: e.selectable}));
		values = entries.map(e => e.value);
	}
	// Nothing to choose (no output, or only `#` header lines); a range is information and always shown.
	if (!range && !items.some(item => item.selectable)) return pushPopup(state, textPopup('message', 'MESSAGE', 'There are no items to choose from for this entry field.'));
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

/** Enter in a list pop-up. */
export function pickFromList(state: AppState, env: Env, popup: ListPopup): AppState {
	const closed = closePopup(state);
	if (popup.range) return closed;
	const {list} = popup;
	const picked = popup.multi && list.marks.size > 0 ? [...list.marks].sort((a, b) => a - b) : list.cursor >= 0 ? [list.cursor] : [];
	if (picked.length === 0) return closed;
	const chosen = picked.map(i => popup.values[i]!);
	if (popup.target.type === 'selector') return proceedFromSelector(closed, env, popup.target.selector, chosen[0]!, popup.target.context);
	const screen = current(closed);
	const field = screen?.kind === 'dialog' || screen?.kind === 'selector' ? screen.fields[popup.target.index] : undefined;
	if (!field) return closed;
	return fillField(closed, popup.target.index, popup.multi ? joinSelection(field.option, chosen) : chosen[0]!);
}
