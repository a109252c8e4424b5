/**
 * Screen tests: the real App and store under ink-testing-library, with the
 * size given (its fake stdout has 100 columns and no rows). Always wait for
 * the frame a key should produce, then one macrotask, before the next key.
 */
import {render} from 'ink-testing-library';
import {expect, vi} from 'vitest';
import {resolveFastPath, type Catalog} from '../../src/menu/catalog.js';
import type {Env, Runner} from '../../src/ui/app/env.js';
import {startAt} from '../../src/ui/app/open.js';
import {initialState, sizeFor} from '../../src/ui/app/state.js';
import {createStore} from '../../src/ui/app/store.js';
import {App} from '../../src/ui/ink/app.js';
import {NO_LOG, type SmitLog} from '../../src/ui/logs/smit-log.js';
import {fixtureCatalog, memoryRunner, type MemoryRunner} from './runner.js';
import {menuCatalog} from './smit.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: an escape sequence starts with ESC
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

export interface AppOptions<R extends Runner = MemoryRunner> {
	fastPath?: string;
	columns?: number;
	rows?: number;
	catalog?: Catalog;
	/** An in-memory two-node cluster unless given (a file-backed ClusterSession, say). */
	runner?: R;
	log?: SmitLog;
	noExec?: boolean;
	noCommands?: boolean;
}

export function renderApp<R extends Runner = MemoryRunner>(options: AppOptions<R> = {}) {
	const catalog = options.catalog ?? fixtureCatalog();
	const runner = options.runner ?? (memoryRunner() as Runner as R);
	const target = resolveFastPath(catalog, options.fastPath ?? 'top_menu', options.fastPath ? undefined : 'menu');
	if (!target) throw new Error(`no fast path ${options.fastPath}`);
	const size = sizeFor(options.columns ?? 80, options.rows ?? 24);
	const base: Omit<Env, 'defer'> = {
		catalog,
		runner,
		log: options.log ?? NO_LOG,
		noExec: options.noExec ?? false,
		noCommands: options.noCommands ?? false,
	};
	const store = createStore(env => startAt(initialState(size), env, target), base);
	const ink = render(<App store={store} terminal={false} />);
	/** The last frame as plain text, trailing blanks trimmed. */
	const frame = () =>
		(ink.lastFrame() ?? '')
			.replace(ANSI, '')
			.split('\n')
			.map(l => l.trimEnd())
			.join('\n');
	const settle = async (expected: string | RegExp) => {
		await vi.waitFor(() => expect(frame()).toMatch(expected), {interval: 2, timeout: 3000});
		await new Promise(resolve => setImmediate(resolve));
	};
	/** Send raw input, then wait for `expected` on the screen. */
	const press = async (input: string, expected: string | RegExp) => {
		ink.stdin.write(input);
		await settle(expected);
	};
	return {...ink, store, runner, frame, settle, press};
}

/** `smitty fastPath` on the product's menus and an in-memory two-node cluster, after `prepare` has run there. */
export function renderProduct(fastPath: string, prepare: readonly string[] = []) {
	const runner = memoryRunner([]);
	for (const line of prepare) {
		const result = runner.run(line);
		if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
	}
	runner.lines.length = 0;
	return renderApp({fastPath, catalog: menuCatalog(), runner});
}
