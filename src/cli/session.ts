/** Opening the cluster for a CLI run: the state file, the node the shell is on, and the runner around both. */
import {observe, passTime, runLine, type LineObserver, type LineOrigin, type Session, type ShellResult} from '../command/shell.js';
import {createRegistry} from '../domains/index.js';
import {catchUpClock} from '../cluster/events/timers.js';
import {onlyClockChanged, type ClusterState} from '../cluster/state.js';
import {StateFile, StateFileError} from '../store/state-file.js';
import {localeOf} from '../command/language.js';

import {UsageProblem} from './usage.js';

export {UsageProblem};

export interface ClusterSession {
	file: StateFile;
	session: Session;
	/** The node lines run on. */
	readonly node: string;
	/** Run one command line against the file's current state, under its lock; `origin` tells observers where it came from. */
	run(line: string, origin?: LineOrigin, answers?: readonly string[]): ShellResult;
	/** Hear about every line run from now on; returns the unsubscribe. */
	observe(observer: LineObserver): () => void;
	/** Catch up with the cluster as it is now: the file (another hasmit's change) and simulated time (events due). */
	refresh(): void;
}

function refused(text: string): ShellResult {
	return {stdout: '', stderr: text, output: text, chunks: [{fd: 2, text}], code: 1};
}

function lostNode(node: string, state: ClusterState): ShellResult {
	return refused(
		`hasmit: node ${node} is no longer in the cluster (another hasmit loaded the ${state.scenario} scenario).\nhasmit: nothing was run; start ` +
			`hasmit again, with --node one of: ${Object.keys(state.nodes).join(', ')}.\n`,
	);
}

export async function openSession(options: {state?: string; node?: string}): Promise<{cluster: ClusterSession; notices: string[]}> {
	const {file, notices} = await StateFile.open({path: options.state});
	const nodes = Object.keys(file.current().nodes);
	const node = options.node ?? nodes[0]!;
	if (!nodes.includes(node)) {
		throw new UsageProblem(`hasmit: ${node} is not a node of this cluster (nodes: ${nodes.join(', ')}).`);
	}
	const session: Session = {
		state: file.current(),
		node,
		registry: createRegistry(),
		env: localeOf(process.env),
		beforeCommand: draft => catchUpClock(draft, Date.now()),
	};
	const cluster: ClusterSession = {
		file,
		session,
		get node() {
			return session.node;
		},
		observe: observer => observe(session, observer),
		refresh() {
			try {
				file.update(state => {
					session.state = state;
					if (state.nodes[session.node]) passTime(session);
					return {state: onlyClockChanged(state, session.state) ? state : session.state, result: undefined};
				});
			} catch (error) {
				// What fell due could not be saved: the screen shows the cluster as the file has it, and the next command says why.
				if (!(error instanceof StateFileError)) throw error;
				session.state = file.current();
			}
		},
		run(line, origin, answers) {
			let outcome: ReturnType<typeof file.update<ShellResult>>;
			try {
				outcome = file.update(state => {
					session.state = state;
					// Another hasmit may have loaded a different cluster since this session opened.
					if (!state.nodes[session.node]) return {state, result: lostNode(session.node, state)};
					const result = runLine(session, line, origin, answers);
					return {state: onlyClockChanged(state, session.state) ? state : session.state, result};
				});
			} catch (error) {
				// The change could not be saved (read-only file, full disk): the command did not happen.
				if (!(error instanceof StateFileError)) throw error;
				session.state = file.current();
				return refused(`${error.message}\n`);
			}
			const {result, notices: reloaded} = outcome;
			if (reloaded.length === 0) return result;
			const notice = reloaded.map(n => `${n}\n`).join('');
			return {...result, stderr: notice + result.stderr, output: notice + result.output, chunks: [{fd: 2, text: notice}, ...result.chunks]};
		},
	};
	return {cluster, notices};
}
