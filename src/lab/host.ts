/**
 * A lab followed in the TUI: the panel's view after each command (recomputed only when the cluster changed or the
 * learner asked for something), and the panel's actions: the next hint, the solution, undo (the state before the
 * last changing line, kept by watchLab), reset (the lab's set-up again).
 */
import type {ClusterState} from '../cluster/state.js';
import type {Registry} from '../command/registry.js';
import type {LineObserver} from '../command/shell.js';
import {currentStep, describeSolutionStep, report, setUp, type NamedLab} from './engine.js';
import {watchLab} from './watch.js';
import type {Language} from '../command/language.js';

/** What the host says itself, in each language. */
const NOTICES = {
	en: {
		reset: 'The lab is back at its start.',
		undone: 'The last command was undone.',
		nothing: 'Nothing to undo: no command has changed the cluster since the lab started.',
	},
	zh: {reset: '实验已回到开始状态。', undone: '已撤销最后一条命令。', nothing: '没有可撤销的内容：自实验开始以来没有命令更改过集群。'},
} satisfies Record<Language, unknown>;

/** The lab's cluster as the host needs it: its lines observed, its state read and put back. */
export interface LabCluster {
	observe(observer: LineObserver): () => void;
	state(): ClusterState;
	restore(state: ClusterState): void;
}

/** What the lab panel shows (src/ui/screens/lab-panel.ts draws it). */
export interface LabView {
	title: string;
	goal: string;
	steps: ReadonlyArray<{text: string; checks: ReadonlyArray<{title: string; passed: boolean}>}>;
	current: number | undefined;
	hints: readonly string[];
	solution: readonly string[];
	explanation: string;
	notice: string;
	/** The language of the lab's texts: the panel says its own words in it. */
	language: Language;
}

/** The language the panel speaks, and a dialog field's label as the screens show it (for the solution). */
export interface LabReader {
	language: Language;
	label?: (field: string) => string;
}

export function hostLab(lab: NamedLab, cluster: LabCluster, registry: Registry, now: () => number, reader: LabReader = {language: 'en'}) {
	const {language} = reader;
	// A new watch after a reset: no checkpoint goes back past the lab's start.
	let watch = watchLab(lab, cluster.observe, cluster.state(), registry);
	let asked = {step: -1, hints: 0, solution: false, notice: ''};
	let cached: {state: ClusterState; asked: typeof asked; view: LabView} | undefined;
	const view = (): LabView => {
		const state = cluster.state();
		if (cached?.state === state && cached.asked === asked) return cached.view;
		const steps = report(lab, state, registry);
		const current = currentStep(steps);
		if (asked.step !== (current ?? -1)) asked = {step: current ?? -1, hints: 0, solution: asked.solution, notice: asked.notice};
		const hints = current === undefined ? [] : lab.steps[current]!.hints.slice(0, asked.hints);
		const solution = asked.solution ? lab.solution.map(step => describeSolutionStep(step, reader.label)) : [];
		const {title, goal, explanation} = lab;
		const fresh = {title, goal, steps, current, hints, solution, explanation, notice: asked.notice, language};
		cached = {state, asked, view: fresh};
		return fresh;
	};
	const restart = (state: ClusterState) => {
		watch.stop();
		cluster.restore(state);
		watch = watchLab(lab, cluster.observe, cluster.state(), registry);
	};
	return {
		view,
		act(action: 'hint' | 'solution' | 'undo' | 'reset'): void {
			if (action === 'hint') asked = {...asked, hints: asked.hints + 1, notice: ''};
			else if (action === 'solution') asked = {...asked, solution: true, notice: ''};
			else if (action === 'reset') {
				restart(setUp(lab, registry, now()));
				asked = {step: -1, hints: 0, solution: false, notice: NOTICES[language].reset};
			} else if (watch.checkpoint) {
				cluster.restore(watch.undo()!);
				asked = {...asked, notice: NOTICES[language].undone};
			} else asked = {...asked, notice: NOTICES[language].nothing};
		},
	};
}
