/**
 * The controller: one user command (or deferred work) → the next state.
 * The shell gets every key while it is open; otherwise F10, Ctrl-C, F2, F8
 * and F9 act everywhere, the top pop-up gets the rest, then the screen.
 * While the terminal is too small to draw the screens, only F10, Ctrl-C and
 * F2 act: nothing happens that the user cannot see. Input that is refused
 * (typing into a display-only field, a letter on a menu, F4 where there is
 * no list, any key while the terminal is too small) rings the bell.
 */
import type {Command, LabAction} from '../keys/commands.js';
import {panelRows, type LabView} from '../screens/lab-panel.js';
import {resizeMenu} from '../screens/menu.js';
import {revealField} from '../screens/form.js';
import {resizeStatus} from '../screens/status.js';
import type {Screen, Size} from '../screens/types.js';
import type {Language} from '../../command/language.js';
import type {Popup} from '../popups/types.js';
import {lastTop, listRows} from '../popups/view.js';
import {listReducer} from '../widgets/list/index.js';
import {back, openShell, showHelp, showImage, showPicture} from './common.js';
import type {Action, Env} from './env.js';
import {handleForm} from './handle-form.js';
import {handleMenu} from './handle-menu.js';
import {handlePopup} from './handle-popup.js';
import {handleShell} from './handle-shell.js';
import {handleStatus} from './handle-status.js';
import {withMessage} from './messages.js';
import {tick} from './live.js';
import {execute} from './run.js';
import {smitOver} from './open.js';
import {resolveFastPath, TOP_MENU} from '../../menu/catalog.js';
import {current, leave, ring, tooSmall, type AppState} from './state.js';

/** Keys that ask for something a screen may refuse: when nothing comes of them, the bell rings, as smitty's does. */
const REFUSABLE: ReadonlySet<Command['type']> = new Set([
	'text',
	'paste',
	'backspace',
	'delete',
	'list',
	'edit',
	'next-value',
	'prev-value',
	'command',
]);

export function handleCommand(state: AppState, env: Env, command: Command): AppState {
	if (state.exit !== undefined) return state;
	if (command.type === 'lab') return withLabView(handleLab(state, env, command.action), env);
	if (tooSmall(state.size)) return handleTooSmall(state, command);
	const next = dispatch(state, env, command);
	return withLabView(next === state && REFUSABLE.has(command.type) ? ring(state) : next, env);
}

/** F11 folds or opens the lab panel (the screens get the rows it leaves); Esc+h/s/u/r ask the lab host. Without a lab: the bell. */
function handleLab(state: AppState, env: Env, action: LabAction | 'toggle'): AppState {
	if (!state.lab || !env.lab) return ring(state);
	if (action !== 'toggle') {
		env.lab.act(action);
		return state;
	}
	const lab = {...state.lab, open: !state.lab.open};
	return layout({...state, lab}, lab.terminal);
}

/** After each command the panel shows the lab as it is now (the host's view is the same object until something changed). */
function withLabView(state: AppState, env: Env): AppState {
	if (!state.lab || !env.lab) return state;
	const view = env.lab.view();
	return view === state.lab.view ? state : {...state, lab: {...state.lab, view}};
}

/** Start showing a lab's panel under the screens. */
export const showLab = (state: AppState, view: LabView): AppState => layout({...state, lab: {view, open: false, terminal: state.size}}, state.size);

function dispatch(state: AppState, env: Env, command: Command): AppState {
	if (state.shell) return handleShell(state, env, state.shell, command);
	switch (command.type) {
		case 'exit':
			return leave(state, 0);
		case 'interrupt':
			return {...state, exit: 130};
		case 'refresh':
			return {...state, refresh: state.refresh + 1};
		case 'image':
			return showImage(state, env);
		case 'picture':
			return showPicture(state, env);
		default:
	}
	if (state.popups.length > 0) return settle(handlePopup(state, env, command));
	const screen = current(state);
	if (!screen) return settle(state);
	switch (command.type) {
		case 'cancel':
			return back(state);
		case 'help':
			return showHelp(state, env);
		case 'shell':
			return openShell(state, env);
		default:
	}
	switch (screen.kind) {
		case 'menu':
			return handleMenu(state, env, screen, command);
		case 'dialog':
		case 'selector':
			return handleForm(state, env, screen, command);
		case 'status':
			return handleStatus(state, env, screen, command);
	}
}

function handleTooSmall(state: AppState, command: Command): AppState {
	if (command.type === 'exit') return leave(state, 0);
	if (command.type === 'interrupt') return {...state, exit: 130};
	if (command.type === 'refresh') return {...state, refresh: state.refresh + 1};
	return ring(state);
}

/** Nothing left to show (a ghost list cancelled at start, say): SMIT ends. */
function settle(state: AppState): AppState {
	return state.stack.length === 0 && state.popups.length === 0 && !state.shell && state.exit === undefined ? leave(state, 0) : state;
}

function resizeScreen(screen: Screen, size: Size): Screen {
	switch (screen.kind) {
		case 'menu':
			return resizeMenu(screen, size);
		case 'status':
			return resizeStatus(screen, size);
		default:
			return revealField(screen, size);
	}
}

/** A list keeps its cursor in view; a message keeps as much of its text in view as fits. */
function resizePopup(popup: Popup, size: Size, language: Language): Popup {
	if (popup.kind === 'list') return {...popup, list: listReducer(popup.list, {type: 'resize', rows: listRows(popup, size)})};
	if (popup.kind === 'text') return {...popup, top: Math.min(popup.top, lastTop(popup, size, language))};
	return popup;
}

export function handleAction(state: AppState, env: Env, action: Action): AppState {
	if (action.type === 'execute') {
		const {sessionOn, ...ran} = execute(state, env, action);
		// The command handed the terminal to a SMIT session on another node: its top menu, over this SMIT.
		const top = resolveFastPath(env.catalog, TOP_MENU, 'menu');
		return withLabView(sessionOn !== undefined && top ? smitOver(ran, env, top, sessionOn) : ran, env);
	}
	if (action.type === 'notice') return withMessage(state, action.text);
	if (action.type === 'tick') return tick(state, env);
	return withLabView(layout(state, action.size), env);
}

/** Lay the screens out for a terminal of this size, less the lab panel's rows. */
function layout(state: AppState, terminal: Size): AppState {
	const same = (a: Size, b: Size) => a.width === b.width && a.height === b.height;
	const lab = state.lab && (same(state.lab.terminal, terminal) ? state.lab : {...state.lab, terminal});
	const size = lab ? {width: terminal.width, height: Math.max(terminal.height - panelRows(lab), 1)} : terminal;
	if (same(size, state.size)) return lab === state.lab ? state : {...state, lab};
	return {
		...state,
		...(lab && {lab}),
		size,
		stack: state.stack.map(s => resizeScreen(s, size)),
		popups: state.popups.map(p => resizePopup(p, size, state.language)),
	};
}
