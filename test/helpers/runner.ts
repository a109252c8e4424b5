/** An in-memory cluster for screen tests: the two-node scenario, the real registry plus test-only commands. */
import {withoutPrototypes} from '../../src/cluster/records.js';
import {freeze} from 'immer';
import {runLine, type LineOrigin, type Session} from '../../src/command/shell.js';
import {defineCommand} from '../../src/command/define.js';
import type {Command} from '../../src/command/registry.js';
import {createRegistry} from '../../src/domains/index.js';
import {twoNode} from '../../src/cluster/scenarios/two-node.js';
import {buildCatalog, loadCatalog, type Catalog} from '../../src/menu/catalog.js';
import type {Runner} from '../../src/ui/app/env.js';
import {whatIf} from '../../src/cli/whatif.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Test-only commands: a 2,000-line list, a range, a discover with an escaped colon. */
export const TEST_COMMANDS: Command[] = [
	...defineCommand({
		name: 'lsbig',
		dirs: ['/usr/test/bin'],
		summary: 'Lists 2,000 items.',
		run(ctx) {
			for (let i = 1; i <= 2000; i++) ctx.print(`item${String(i).padStart(4, '0')}   entry number ${i}`);
		},
	}),
	...defineCommand({name: 'lsrange', dirs: ['/usr/test/bin'], summary: 'Prints a range.', run: ctx => ctx.print('1..65535')}),
	...defineCommand({
		name: 'lsdisc',
		dirs: ['/usr/test/bin'],
		summary: 'Prints a discover line with an escaped colon.',
		run(ctx) {
			ctx.print('#name:size:mode:note');
			ctx.print('alpha:42:-s:a#!:b');
		},
	}),
];

export interface MemoryRunner extends Runner {
	session: Session;
	/** Lines a test runs itself come from code (origin script). */
	run(line: string, origin?: LineOrigin, answers?: readonly string[]): ReturnType<Runner['run']>;
	/** Every line run, in order. */
	lines: string[];
}

export function memoryRunner(extra: Command[] = TEST_COMMANDS): MemoryRunner {
	const registry = createRegistry();
	for (const command of extra) registry.add(command);
	// Frozen as every committed state is in tests (HASMIT_FREEZE).
	const session: Session = {state: freeze(withoutPrototypes(twoNode(Date.UTC(2026, 10, 21, 12))), true), node: 'node1', registry};
	const lines: string[] = [];
	const runner: MemoryRunner = {
		node: 'node1',
		// Open a SMIT Session on a Node: the prompt and the commands move there.
		moveTo(node) {
			(runner as {node: string}).node = node;
			session.node = node;
		},
		session,
		lines,
		lookup: word => registry.lookup(word, session.state.release),
		get state() {
			return session.state;
		},
		preview: line => whatIf(session.state, session.node, line, registry).lines,
		run(line, origin, answers) {
			lines.push(line);
			return runLine(session, line, origin, answers);
		},
	};
	return runner;
}

/** The fixture menus, plus the test-only ones. */
export function fixtureCatalog(withTestOnly = true): Catalog {
	const dirs = [`${FIXTURES}menus`, ...(withTestOnly ? [`${FIXTURES}menus-test-only`] : [])];
	const records: Catalog['records'] = {menuOptions: [], nameHeaders: [], commandHeaders: [], commandOptions: []};
	for (const dir of dirs) {
		const {catalog, problems} = loadCatalog(dir);
		if (problems.length > 0) throw new Error(problems.join('\n'));
		for (const key of Object.keys(records) as Array<keyof Catalog['records']>) (records[key] as unknown[]).push(...catalog.records[key]);
	}
	return buildCatalog(records);
}
