/**
 * What stays up to date on screen as the cluster changes: a full-screen program in the F9 shell (clstat, redrawn
 * every so many seconds) and the picture of the cluster (F12). The store ticks while one is shown; each tick catches
 * up with the cluster (simulated time, another hasmit's change) and draws it again.
 */
import {clusterPicture} from '../screens/picture.js';
import {pictureColumns} from '../popups/view.js';
import type {Popup} from '../popups/types.js';
import {outputLines, refreshProgram} from '../screens/program.js';
import type {ShellState} from '../screens/shell.js';
import {safeRun, type Env} from './env.js';
import type {AppState} from './state.js';

/** The picture is drawn again every second while it is shown, as clstat's display is by default. */
const PICTURE_SECONDS = 1;

const isPicture = (popup: Popup) => popup.kind === 'text' && popup.variant === 'picture';

/** Seconds until the next tick; undefined when nothing shown keeps itself up to date. */
export function liveSeconds(state: AppState): number | undefined {
	if (state.exit !== undefined) return undefined;
	if (state.shell) return state.shell.program?.screen.seconds;
	return state.popups.some(isPicture) ? PICTURE_SECONDS : undefined;
}

/** The picture of the cluster as the runner has it now, for a pop-up at this size. */
export const pictureText = (state: AppState, env: Env) =>
	env.runner.state ? clusterPicture(env.runner.state, pictureColumns(state.size), true, env.catalog.language).join('\n') : undefined;

/** The program's output again, as the cluster is now (a tick, or r). */
export function refreshShellProgram(shell: ShellState, env: Env): ShellState {
	const program = shell.program;
	if (!program) return shell;
	const result = safeRun(env.runner, program.screen.line, 'f9-shell');
	return {...shell, program: refreshProgram(program, outputLines(result.output))};
}

/** One tick: the program runs again, or the picture is drawn from the cluster as it is now. */
export function tick(state: AppState, env: Env): AppState {
	if (state.shell) return state.shell.program ? {...state, shell: refreshShellProgram(state.shell, env)} : state;
	if (!state.popups.some(isPicture)) return state;
	env.runner.refresh?.();
	const text = pictureText(state, env);
	if (text === undefined) return state;
	let changed = false;
	const popups = state.popups.map(popup => {
		if (popup.kind !== 'text' || !isPicture(popup) || popup.text === text) return popup;
		changed = true;
		return {...popup, text};
	});
	return changed ? {...state, popups} : state;
}
