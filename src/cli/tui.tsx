/**
 * `hasmit [flags] [fastpath]`: the TUI. Checks come first (a terminal, valid
 * menus, a known fast path) and fail with a message and exit 1. Then the
 * terminal is set up, the first frame is written straight from the pure
 * renderer while the cluster state loads; keys are then handled, each change
 * drawn by the same renderer, while Ink loads, and Ink takes over the frame.
 * Keys typed before the cluster is open are kept and applied in order.
 */
import {homedir} from 'node:os';
import {setFlagsFromString} from 'node:v8';
import {join} from 'node:path';
import {resolveFastPath, TOP_MENU, type Screen as CatalogScreen} from '../menu/catalog.js';
import {cachedCatalog} from './menus-cache.js';
import {DEFAULT_RELEASE} from '../cluster/release/index.js';
import {languageOf} from '../command/language.js';
import type {Command} from '../command/registry.js';
import type {SmitOptions} from './smit-args.js';
import {MENUS_DIR} from '../paths.js';
import type {ClusterSession} from './session.js';
import {UsageProblem} from './usage.js';
import {StateFile} from '../store/state-file.js';
import {showLab} from '../ui/app/controller.js';
import type {LabHost, Runner} from '../ui/app/env.js';
import type {LabView} from '../ui/screens/lab-panel.js';
import type {Registry} from '../command/registry.js';
import type {ClusterState} from '../cluster/state.js';
import {renderFrame} from '../ui/app/frame.js';
import {startAt} from '../ui/app/open.js';
import {initialState, sizeFor, type AppState} from '../ui/app/state.js';
import {createStore, type Store} from '../ui/app/store.js';
import {createSmitLog} from '../ui/logs/smit-log.js';
import {toAnsi} from '../ui/render/line.js';
import {crashMessage, ENTER, enterTerminal, LEAVE} from '../ui/terminal.js';
import {keepFirstFrame, type LauncherFrame} from './first-frame.js';
import {terminfoFunctionKeys} from '../host/terminfo.js';

/** Given by the built bundle's launcher (scripts/launcher.mjs): the bundle is a script, and Ink an ES module of its own beside it. */
declare const __hasmit_import: ((specifier: string) => Promise<typeof import('../ui/ink/mount.js')>) | undefined;
/** Given by the launcher too: the first frame kept from the last such start (src/cli/first-frame.ts). */
declare const __hasmit_frame: LauncherFrame | undefined;

const NO_TERMINAL = `hasmit: SMIT needs a terminal: standard input and standard output must both be a terminal.
To run commands without one, use: hasmit exec 'command line'   (or: hasmit exec - < script)`;

/** Whether a screen can be drawn before the cluster is open (nothing to run to show it). */
function opensWithoutCommands(target: CatalogScreen): boolean {
	if (target.kind === 'menu') return true;
	if (target.kind === 'selector') return target.selector.ghost !== 'y';
	return !target.dialog.cmd_to_discover && target.dialog.ghost !== 'y';
}

/** Stop before the TUI starts: the message (on the screen the user had: a kept first frame is taken away first), exit 1. */
function refuse(lines: readonly string[]): number {
	if (typeof __hasmit_frame === 'object') __hasmit_frame.giveBack();
	for (const line of lines) process.stderr.write(`${line}\n`);
	return 1;
}

/** A guided lab shown under the screens (hasmit lab NAME): its view until the cluster opens, then its host. */
export interface TuiLab {
	initial: LabView;
	open(cluster: ClusterSession): LabHost;
}

export async function runTui(options: SmitOptions, lab?: TuiLab): Promise<number> {
	const {stdin, stdout} = process;
	if (!stdin.isTTY || !stdout.isTTY) return refuse([NO_TERMINAL]);
	// Memory over speed, for a program that waits for keys (issue 16's RSS figure, ~10 MB less; keys are handled as
	// fast): the young generation stays at its first size (V8 grows it up to 16 MB per half as a program allocates), and
	// neither JavaScript nor Yoga's WebAssembly is compiled by TurboFan (whose code, paged in from Node's binary, and
	// whose compilations cost the most). Set once the bundle is compiled: a flag changed before would make V8 refuse
	// the code cache.
	for (const flag of ['--semi-space-growth-factor=1', '--max-opt=2', '--liftoff-only']) setFlagsFromString(flag);
	const dir = options.menus ?? MENUS_DIR;
	// SMIT shows the screens of the release the cluster runs, in the user's language: the build's checked menus are the
	// default release's in English.
	const release = StateFile.peekRelease({path: options.state});
	const language = languageOf(process.env);
	const cached = release === DEFAULT_RELEASE && language === 'en' ? cachedCatalog(dir) : undefined;
	const {catalog, problems} = cached ? {catalog: cached, problems: []} : (await import('./menus.js')).loadCheckedMenus(dir, {release, language});
	if (problems.length > 0)
		return refuse([
			...problems,
			`hasmit: the menus in ${dir} are not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}); SMIT was not started.`,
		]);
	const name = options.fastPath ?? TOP_MENU;
	const target = resolveFastPath(catalog, name, options.fastPath ? options.fastPathKind : 'menu');
	if (!target) return refuse([`hasmit: 1800-106 The fast path "${name}" was not found.`]);

	const home = process.env.HOME || homedir();
	const log = createSmitLog({
		logFile: options.logFile ?? join(home, 'smit.log'),
		scriptFile: options.scriptFile ?? join(home, 'smit.script'),
		verbose: options.verbose,
		trace: options.trace,
	});
	// Commands need the cluster, which opens after the first frame.
	// A command's help in the screens' language (F6's explanations, F1 on a field): loaded with the cluster.
	let inLanguage = (command: Command) => command;
	// What a fault would do (F6 in a Fault Injection dialog): loaded with the cluster.
	let whatIf: typeof import('./whatif.js').whatIf | undefined;
	let cluster: {run: Runner['run']; refresh(): void; session: {node: string; registry: Registry; state: ClusterState}} | undefined;
	const runner: Runner = {
		run: (line, origin, answers) => {
			if (!cluster) throw new Error('the cluster is not open yet');
			return cluster.run(line, origin, answers);
		},
		get node() {
			return cluster?.session.node ?? options.node ?? 'node1';
		},
		moveTo: node => {
			if (cluster) cluster.session.node = node;
		},
		lookup: word => {
			// As the release the cluster runs has it: its paths and its flags (F1 and F6 explain the line Enter runs).
			const command = cluster?.session.registry.lookup(word, cluster.session.state.release);
			return command && inLanguage(command);
		},
		get state() {
			return cluster?.session.state;
		},
		refresh: () => cluster?.refresh(),
		preview: line => (cluster && whatIf ? whatIf(cluster.session.state, cluster.session.node, line, cluster.session.registry).lines : []),
	};
	let labHost: LabHost | undefined;
	const labEnv = lab && {lab: {view: () => labHost?.view() ?? lab.initial, act: (action => labHost?.act(action)) as LabHost['act']}};
	const storeEnv = {catalog, runner, log, noExec: options.noExec, noCommands: options.noCommands, ...labEnv};
	const size = sizeFor(stdout.columns, stdout.rows);
	const blank = lab ? showLab(initialState(size), lab.initial) : initialState(size);

	// Reverse video needs chalk to think the terminal has (any) colour; hasmit never uses colours.
	// Not with NO_COLOR set: Node warns on stderr when it sees both.
	const env = process.env;
	if (env.FORCE_COLOR === undefined && env.NO_COLOR === undefined && env.TERM !== 'dumb') env.FORCE_COLOR = '1';
	const kept = typeof __hasmit_frame === 'object' ? __hasmit_frame : undefined;
	const terminal = enterTerminal(stdin, stdout, kept?.written !== undefined);
	if (kept) kept.claimed = true;
	log.start();
	let store: Store | undefined;
	let mounted: {unmount(): void} | undefined;
	terminal.hooks.beforeRestore = () => {
		mounted?.unmount();
		log.exit();
	};
	// smitty is a curses program: the function keys are also what $TERM's terminfo entry says they send.
	const terminalKeys = terminfoFunctionKeys(process.env.TERM);
	// Keys typed before the store can take them are kept, in order.
	const early: Array<string | Uint8Array> = [];
	const keep = (chunk: string | Uint8Array) => early.push(chunk);
	stdin.on('data', keep);
	let drawn: AppState | undefined;
	if (opensWithoutCommands(target)) {
		store = createStore(env => startAt(blank, env, target), storeEnv, terminalKeys);
		drawn = store.getState();
		const frame = `\x1b[H${renderFrame(drawn).map(toAnsi).join('\n')}\x1b[H`;
		// The launcher wrote ENTER with the frame it kept: that frame stays when it is this one.
		if (kept?.written === undefined) stdout.write(frame);
		else if (kept.written !== ENTER + frame) stdout.write(ENTER + frame);
		if (kept) {
			const state = StateFile.pathOf(options.state);
			// A lab's frame holds its checks' results: it is the same only for the same save of its cluster.
			const generation = lab ? StateFile.peekGeneration({path: options.state}) : undefined;
			keepFirstFrame(kept, {state, release, generation, columns: stdout.columns, rows: stdout.rows, opening: ENTER + frame, closing: LEAVE});
		}
	}
	let stopDrawing: (() => void) | undefined;
	try {
		// The cluster opens first: from then on keys are handled, drawn by the pure renderer until Ink has loaded.
		const [{openSession}, whatIfModule] = await Promise.all([import('./session.js'), import('./whatif.js')]);
		whatIf = whatIfModule.whatIf;
		const {cluster: opened, notices} = await openSession({state: options.state, node: options.node});
		if (catalog.language !== 'en') {
			const {commandIn} = await import('../commands/man.js');
			inLanguage = command => commandIn(command, catalog.language);
		}
		cluster = opened;
		labHost = lab?.open(opened);
		if (store && notices.length > 0) store.dispatch({type: 'notice', text: notices.join('\n')});
		store ??= createStore(env => startAt(blank, env, target, notices), storeEnv, terminalKeys);
		const ready = store;
		let shown = drawn;
		const draw = () => {
			const state = ready.getState();
			if (state === shown) return;
			if (shown && state.bell !== shown.bell) stdout.write('\x07');
			shown = state;
			stdout.write(
				`\x1b[H${renderFrame(state)
					.map(line => `${toAnsi(line)}\x1b[K`)
					.join('\r\n')}\x1b[J\x1b[H`,
			);
		};
		stopDrawing = ready.subscribe(draw);
		draw();
		const feed = (chunk: string | Uint8Array) => ready.input(chunk);
		stdin.off('data', keep);
		stdin.on('data', feed);
		for (const chunk of early.splice(0)) ready.input(chunk);
		const ink = await importInk();
		stopDrawing();
		const code = await new Promise<number>(resolve => {
			const check = () => {
				const exit = ready.getState().exit;
				if (exit !== undefined) resolve(exit);
			};
			ready.subscribe(check);
			check();
			// Ink's first frame is written over the screen as it is: if keys typed
			// meanwhile changed what is shown, start from a clear screen instead.
			stdout.write(drawn && ready.getState() === drawn ? '\x1b[H' : '\x1b[2J\x1b[H');
			mounted = ink.mount(ready, {
				stdin,
				stdout,
				onAttach: () => void stdin.off('data', feed),
				onCrash: error => {
					terminal.hooks.beforeRestore = () => log.exit();
					terminal.crash(error);
				},
			});
		});
		mounted?.unmount();
		mounted = undefined;
		terminal.restore();
		log.exit();
		return code;
	} catch (error) {
		stopDrawing?.();
		mounted?.unmount();
		terminal.restore();
		log.exit();
		// A lock held too long, an unusable state file or an unknown node is the user's to fix: say it plainly.
		const [{LockError}, {StateFileError}] = await Promise.all([import('../store/lock.js'), import('../store/state-file.js')]);
		const known = error instanceof UsageProblem || error instanceof LockError || error instanceof StateFileError;
		process.stderr.write(`${known ? (error as Error).message : crashMessage(error)}\n`);
		return 1;
	}
}

/**
 * Load Ink. Two things are hidden while it loads:
 * - CI: Ink draws nothing interactive when it believes it runs under CI, and
 *   decides once, when it loads; a terminal on both ends means a person is watching.
 * - fetch: Yoga (Ink's layout engine) loads its WebAssembly through fetch when
 *   there is one, which pulls in Node's whole HTTP client; without it Yoga
 *   decodes the same bytes directly: about 90 ms and 6 MB less.
 */
async function importInk(): Promise<typeof import('../ui/ink/mount.js')> {
	const saved = {CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION};
	const {fetch} = globalThis;
	delete process.env.CI;
	delete process.env.CONTINUOUS_INTEGRATION;
	(globalThis as {fetch?: unknown}).fetch = undefined;
	try {
		return await (typeof __hasmit_import === 'function' ? __hasmit_import('./ink.mjs') : import('../ui/ink/mount.js'));
	} finally {
		globalThis.fetch = fetch;
		for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
	}
}
