/** A simulated cluster in memory for tests: run command lines against it and look at its state. */
import {withoutPrototypes} from '../../src/cluster/records.js';
import {freeze, produce} from 'immer';
import {afterEach, expect} from 'vitest';
import {runLine, type Session, type ShellResult} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import type {ClusterState} from '../../src/cluster/state.js';
import type {DeepReadonly} from '../../src/cluster/readonly.js';
import {removeMapPrototypes, strictStructure} from '../../src/cluster/state-shape.js';

/** 2026-11-21 12:00:00 UTC: a fixed clock keeps log lines and PIDs the same run to run. */
export const TEST_CLOCK = Date.UTC(2026, 10, 21, 12, 0, 0);

export interface TestCluster {
	session: Session;
	readonly state: DeepReadonly<ClusterState>;
	/** Run a line on the session's node (or another node for this one line). */
	run(line: string, node?: string): ShellResult;
	/** Run a line that must succeed; returns its stdout. */
	ok(line: string, node?: string): string;
	/** A file on a node. */
	file(node: string, path: string): string;
	/** Run a line that must fail with `message` on stderr and leave the cluster exactly as it was. */
	refused(line: string, message: RegExp | string, node?: string): ShellResult;
	/**
	 * Set a test up by changing the committed state as a command does: through a draft, then
	 * committed (and frozen). No invariant is checked: a set-up may break the cluster on purpose.
	 */
	arrange(change: (state: ClusterState) => void): void;
}

/** The sessions of the running test: where each ends, its state declares in its shape every property holding objects. */
const sessions: Session[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) expect(strictStructure(session.state), 'the state shape (src/cluster/state-shape.ts)').toBeUndefined();
});

export function testCluster(scenario = 'two-node', node?: string): TestCluster {
	// Frozen as every committed state is in tests (HASMIT_FREEZE): a set-up writes through arrange().
	const state = freeze(withoutPrototypes(findScenario(scenario)!.build(TEST_CLOCK)), true);
	const session: Session = {state, node: node ?? Object.keys(state.nodes)[0]!, registry: createRegistry()};
	sessions.push(session);
	const cluster: TestCluster = {
		session,
		get state() {
			return session.state;
		},
		run(line, on) {
			const home = session.node;
			if (on) session.node = on;
			try {
				return runLine(session, line);
			} finally {
				session.node = home;
			}
		},
		ok(line, on) {
			const result = cluster.run(line, on);
			if (result.code !== 0) throw new Error(`"${line}" failed (${result.code}):\n${result.stderr}${result.stdout}`);
			return result.stdout;
		},
		file(on, path) {
			return session.state.nodes[on]!.files[path] ?? '';
		},
		refused(line, message, on) {
			const before = session.state;
			const result = cluster.run(line, on);
			expect(result.code).not.toBe(0);
			expect(result.stderr).toMatch(message);
			expect(session.state).toBe(before);
			return result;
		},
		arrange(change) {
			session.state = freeze(
				removeMapPrototypes(
					produce(session.state, draft => void change(draft)),
					session.state,
				),
				true,
			);
		},
	};
	return cluster;
}
