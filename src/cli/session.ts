/** Opening the cluster for a CLI run: the state file, the node the shell is on, and the runner around both. */
import {observe, runLine, type LineObserver, type LineOrigin, type Session, type ShellResult} from '../command/shell.js';
import {createRegistry} from '../domains/index.js';
import {catchUpClock} from '../cluster/events/timers.js';
import {onlyClockChanged, type ClusterState} from '../cluster/state.js';
import {StateFile, StateFileError} from '../store/state-file.js';
import {localeOf} from '../command/language.js';

export class UsageProblem extends Error {}

export interface ClusterSession {
	file: StateFile;
	session: Session;
	/** The node lines run on. */
	readonly node: string;
	/** Run one command line against the file's current state, under its lock; `origin` tells observers where it came from. */
	run(line: string, origin?: LineOrigin, answers?: readonly string[]): ShellResult;
	/** Hear about every line run from now on; returns the unsubscribe. */
	observe(observer: LineObserver): () => void;
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
