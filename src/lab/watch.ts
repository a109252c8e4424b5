/**
 * A lab followed as the learner works, through the session observer: each line that changes the cluster leaves a
 * checkpoint (the state before it, for undo) and ticks the checks it made true.
 */
import {onlyClockChanged, type ClusterState} from '../cluster/state.js';
import type {Registry} from '../command/registry.js';
import type {LineObserver} from '../command/shell.js';
import {report} from './engine.js';
import type {Lab} from './schema.js';

export interface LabWatch {
	/** The state before the last line that changed the cluster (a line that only moved the clock is none). */
	readonly checkpoint: ClusterState | undefined;
	/** Take the last checkpoint off (a checkpoint before each changing line): the state to put back, undefined when none is left. */
	undo(): ClusterState | undefined;
	/** Titles of the checks the lines run so far made true, in the order they were ticked. */
	readonly ticked: readonly string[];
	stop(): void;
}

const passing = (lab: Lab, state: ClusterState, registry: Registry) =>
	new Set(report(lab, state, registry).flatMap(s => s.checks.filter(c => c.passed).map(c => c.title)));

/** Follow the lines a session runs from now on (`observe` is observe(session, ...) or ClusterSession.observe). */
export function watchLab(lab: Lab, observe: (observer: LineObserver) => () => void, state: ClusterState, registry: Registry): LabWatch {
	let passed = passing(lab, state, registry);
	const checkpoints: ClusterState[] = [];
	const ticked: string[] = [];
	const stop = observe(run => {
		if (onlyClockChanged(run.before, run.after)) return;
		checkpoints.push(run.before);
		const now = passing(lab, run.after, registry);
		for (const title of now) if (!passed.has(title)) ticked.push(title);
		passed = now;
	});
	return {
		get checkpoint() {
			return checkpoints.at(-1);
		},
		ticked,
		undo() {
			const back = checkpoints.pop();
			if (back) passed = passing(lab, back, registry);
			return back;
		},
		stop,
	};
}
