/**
 * Opening screens as SMIT does: a menu; a selector (or, for a ghost
 * selector, only its list); a dialog after its cmd_to_discover has filled
 * the fields (a ghost dialog runs at once, after ARE YOU SURE? if it asks).
 * Names travel on: a selector passes _rawname and _cookedname (and its own
 * names for them), discover adds every name it prints.
 */
import {screenFor, type Screen as CatalogScreen, type Selector} from '../../menu/catalog.js';
import {parseDiscover} from '../../menu/colon.js';
import {createFormField, revealField} from '../screens/form.js';
import {createMenuScreen} from '../screens/menu.js';
import type {Context, DialogScreen, SelectorScreen} from '../screens/types.js';
import {runTool, withPostfix, type Env} from './env.js';
import {openList} from './lists.js';
import {pushPopup, textPopup, toolFailed, withError} from './messages.js';
import {confirmOrRun, pendingFor} from './run.js';
import type {AppState} from './state.js';

const push = (state: AppState, screen: AppState['stack'][number]): AppState => ({...state, stack: [...state.stack, screen]});

export function notFound(state: AppState, id: string): AppState {
	return withError(state, `The screen "${id}" was not found in the menu files.`);
}

export function openScreen(state: AppState, env: Env, target: CatalogScreen, context: Context): AppState {
	env.log.trace(`open ${target.kind} ${target.id}`);
	if (target.kind === 'menu') {
		env.log.screen('Menu', {FastPath: target.id, id: target.id, title: target.menu.title});
		return push(state, createMenuScreen(target.menu, state.size));
	}
	if (target.kind === 'selector') return openSelector(state, env, target.selector, context);
	const {dialog} = target;
	let names = context;
	if (dialog.cmd_to_discover) {
		const line = withPostfix(dialog.cmd_to_discover, dialog.cmd_to_discover_postfix, names);
		const result = runTool(env, 'Discover', line);
		if (result.code !== 0) return toolFailed(state, 'discover', line, result);
		if (!env.noCommands) {
			const found = parseDiscover(result.stdout);
			if (!found) return withError(state, `The discover command did not print "#name1:name2..." and "value1:value2...":\n  ${line}`);
			names = {...names, ...found};
		}
	}
	env.log.screen('Dialogue', {FastPath: dialog.id, id: dialog.id, title: dialog.name});
	const screen: DialogScreen = {kind: 'dialog', id: dialog.id, dialog, fields: dialog.fields.map(o => createFormField(o, names)), cursor: 0, top: 0, context: names};
	if (dialog.ghost === 'y') return confirmOrRun(state, env, pendingFor(screen, -1), dialog.ask === 'y');
	return push(state, revealField(screen, state.size));
}

function openSelector(state: AppState, env: Env, selector: Selector, context: Context): AppState {
	env.log.screen('Selector', {FastPath: selector.id, id: selector.id, next_id: selector.next_id, title: selector.name});
	if (selector.ghost === 'y') {
		if (!selector.body.cmd_to_list) return proceedFromSelector(state, env, selector, '', context);
		return openList(state, env, {type: 'selector', selector, context}, selector.body, '', context);
	}
	const screen: SelectorScreen = {kind: 'selector', id: selector.id, selector, fields: [createFormField(selector.body, context)], cursor: 0, top: 0, context};
	return push(state, screen);
}

/** The selector has its value: classify it if asked, then open what comes next with the names passed on. */
export function proceedFromSelector(state: AppState, env: Env, selector: Selector, raw: string, context: Context): AppState {
	let names: Record<string, string> = {...context, _rawname: raw};
	if (selector.raw_field_name) names[selector.raw_field_name] = raw;
	let cooked = raw;
	let nextId = selector.next_id;
	if (selector.type === 'r') nextId += raw;
	if (selector.type === 'c') {
		const line = withPostfix(selector.cmd_to_classify, selector.cmd_to_classify_postfix, names);
		const result = runTool(env, 'Classify', line);
		if (result.code !== 0) return toolFailed(state, 'classify', line, result);
		const found = parseDiscover(result.stdout);
		if (found) {
			names = {...names, ...found};
			cooked = Object.values(found)[0] ?? '';
		} else cooked = result.stdout.trim().split('\n')[0] ?? '';
		nextId += cooked;
	}
	names._cookedname = cooked;
	if (selector.cooked_field_name) names[selector.cooked_field_name] = cooked;
	const target = screenFor(env.catalog, nextId, selector.next_type);
	if (!target) return notFound(state, nextId);
	return openScreen(state, env, target, names);
}

/** The state SMIT starts in: the fast path's screen, or an error that ends SMIT when it is closed. */
export function startAt(state: AppState, env: Env, target: CatalogScreen, notices: readonly string[] = []): AppState {
	let next = openScreen(state, env, target, {});
	if (next.stack.length === 0 && next.popups.length > 0) {
		next = {...next, popups: next.popups.map(p => (p.kind === 'text' && p.variant === 'error' ? {...p, exitOnClose: 1} : p))};
	}
	if (notices.length > 0) next = pushPopup(next, textPopup('message', 'MESSAGE', notices.join('\n')));
	return next;
}
