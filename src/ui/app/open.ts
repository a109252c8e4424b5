/**
 * Opening screens as SMIT does: a menu; a selector (or, for a ghost
 * selector, only its list); a dialog after its cmd_to_discover has filled
 * the fields (a ghost dialog runs at once, after ARE YOU SURE? if it asks).
 * The rules (discover, classify, the names passed on) are src/menu/dialog.ts's;
 * this file puts their outcome on the screen stack.
 */
import {joinSelection} from '../../menu/build.js';
import {resolveFastPath, type Screen as CatalogScreen, type Selector} from '../../menu/catalog.js';
import {chooseFromSelector, describeProblem, goesOnAtOnce, openDialog, refused} from '../../menu/dialog.js';
import {createFormField, formField, revealField} from '../screens/form.js';
import {createMenuScreen} from '../screens/menu.js';
import type {ListPopup} from '../popups/types.js';
import type {Context, DialogScreen, SelectorScreen} from '../screens/types.js';
import {smitRunner, type Env} from './env.js';
import {openList} from './lists.js';
import {withError, withMessage} from './messages.js';
import {confirmOrRun, pendingFor} from './run.js';
import {closePopup, current, fillField, initialState, type AppState} from './state.js';

const push = (state: AppState, screen: AppState['stack'][number]): AppState => ({...state, stack: [...state.stack, screen]});

export function notFound(state: AppState, id: string): AppState {
	return withError(state, describeProblem({kind: 'not-found', id}, state.language));
}

export function openScreen(state: AppState, env: Env, target: CatalogScreen, context: Context): AppState {
	env.log.trace(`open ${target.kind} ${target.id}`);
	if (target.kind === 'menu') {
		env.log.screen('Menu', {FastPath: target.id, id: target.id, title: target.menu.title});
		return push(state, createMenuScreen(target.menu, state.size));
	}
	if (target.kind === 'selector') return openSelector(state, env, target.selector, context);
	const {dialog} = target;
	const model = openDialog(dialog, context, smitRunner(env));
	if (refused(model)) return withError(state, describeProblem(model.problem, state.language));
	env.log.screen('Dialogue', {FastPath: dialog.id, id: dialog.id, title: dialog.name});
	const screen: DialogScreen = {kind: 'dialog', ...model, fields: model.fields.map(formField), cursor: 0, top: 0};
	if (dialog.ghost === 'y') return confirmOrRun(state, env, pendingFor(screen, -1), dialog.ask === 'y');
	return push(state, revealField(screen, state.size));
}

function openSelector(state: AppState, env: Env, selector: Selector, context: Context): AppState {
	env.log.screen('Selector', {FastPath: selector.id, id: selector.id, next_id: selector.next_id, title: selector.name});
	if (selector.ghost === 'y') {
		if (goesOnAtOnce(selector)) return proceedFromSelector(state, env, selector, '', context);
		return openList(state, env, {type: 'selector', selector, context}, selector.body, '', context);
	}
	const screen: SelectorScreen = {
		kind: 'selector',
		id: selector.id,
		selector,
		fields: [createFormField(selector.body, context)],
		cursor: 0,
		top: 0,
		context,
	};
	return push(state, screen);
}

/** The selector has its value: open what comes next (src/menu/dialog.ts says what) with the names passed on. */
export function proceedFromSelector(state: AppState, env: Env, selector: Selector, raw: string, context: Context): AppState {
	const next = chooseFromSelector(env.catalog, selector, raw, context, smitRunner(env));
	return refused(next) ? withError(state, describeProblem(next.problem, state.language)) : openScreen(state, env, next.target, next.context);
}

/** The state SMIT starts in: the fast path's screen, or an error that ends SMIT when it is closed. */
export function startAt(state: AppState, env: Env, target: CatalogScreen, notices: readonly string[] = []): AppState {
	let next = openScreen({...state, language: env.catalog.language}, env, target, {});
	if (next.stack.length === 0 && next.popups.length > 0) {
		next = {...next, popups: next.popups.map(p => (p.kind === 'text' && p.variant === 'error' ? {...p, exitOnClose: 1} : p))};
	}
	if (notices.length > 0) next = withMessage(next, notices.join('\n'));
	return next;
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
	if (popup.target.type === 'screen') {
		// A screen found by F4 in the find box: opened by its fast path.
		const target = resolveFastPath(env.catalog, chosen[0]!);
		return target ? openScreen(closed, env, target, {}) : notFound(closed, chosen[0]!);
	}
	const screen = current(closed);
	const field = screen?.kind === 'dialog' || screen?.kind === 'selector' ? screen.fields[popup.target.index] : undefined;
	if (!field) return closed;
	return fillField(closed, popup.target.index, popup.multi ? joinSelection(field.option, chosen) : chosen[0]!);
}

/**
 * A SMIT over this one, on its top menu or a fast path: `smitty` at the F9 prompt, or Open a SMIT Session on a Node
 * (`node`: its commands run there). Leaving it (F10, F3 on its first screen) returns to `outer` and its node.
 */
export function smitOver(outer: AppState, env: Env, target: CatalogScreen, node = outer.node): AppState {
	const nested = {...initialState(outer.size), refresh: outer.refresh + 1, bell: outer.bell, outer, ...(node !== undefined && {node})};
	return startAt(nested, env, target);
}
