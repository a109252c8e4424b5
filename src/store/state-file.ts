/**
 * Where the cluster lives between runs: one JSON file written atomically by
 * conf, at `--state FILE`, `$HASMIT_STATE`, or conf's default
 * (~/.config/hasmit/state.json). Every change happens under the lock and
 * starts from the file as it is now, so two running copies never lose each
 * other's work. A file that is not a valid state is moved aside, the user is
 * told where, and the sample cluster takes its place.
 */
import {existsSync, mkdirSync, renameSync, statSync} from 'node:fs';
import {basename, dirname, extname, join, resolve} from 'node:path';
import type ConfClass from 'conf';
import {STATE_FORMAT, STATE_VERSION, type ClusterState} from '../cluster/state.js';
import {checkInvariants} from '../cluster/invariants.js';
import {DEFAULT_SCENARIO, findScenario} from '../cluster/scenarios/index.js';
import {acquireLock, LockError} from './lock.js';

/** The state file cannot be used at all (a directory, a folder that cannot be created or written). */
export class StateFileError extends Error {}

type Conf = ConfClass<Record<string, unknown>>;

export function validateState(data: unknown): string | undefined {
	if (typeof data !== 'object' || data === null) return 'it is not a JSON object';
	const state = data as Partial<ClusterState>;
	if (state.format !== STATE_FORMAT) return 'it is not a hasmit cluster state';
	if (state.version !== STATE_VERSION) return `it has format version ${String(state.version)}, not ${STATE_VERSION}`;
	for (const key of ['configs', 'nodes', 'disks', 'vgda', 'resourceGroups', 'users', 'userGroups'] as const) {
		if (typeof state[key] !== 'object' || state[key] === null) return `its "${key}" is missing`;
	}
	if (typeof state.clock !== 'number' || typeof state.lastPid !== 'number') return 'its clock is missing';
	try {
		const problems = checkInvariants(state as ClusterState);
		if (problems.length > 0) return problems[0];
	} catch (error) {
		return `it is damaged (${(error as Error).message})`;
	}
	return undefined;
}

const TEXT = '__hasmitText';

/**
 * conf's deserializer hands the file's text on unparsed: conf reads the file
 * when it opens it and again before every write, and parsing (and comparing)
 * a big cluster each time would cost more than the change itself. load()
 * parses it once, and a damaged file is moved aside there.
 */
function keepText(text: string): Record<string, unknown> {
	return {[TEXT]: text};
}

function parseState(text: string): {data?: unknown; problem?: string} {
	try {
		const data: unknown = JSON.parse(text);
		if (typeof data === 'object' && data !== null && !Array.isArray(data)) return {data};
		return {problem: 'it is not a JSON object'};
	} catch {
		return {problem: 'it is not valid JSON'};
	}
}

/**
 * Create the state file's folder one level at a time. conf would make it
 * with mkdirSync({recursive: true}), which on Node 20 never returns for a
 * path it cannot create under /proc or /sys; this fails with the reason.
 */
function makeFolder(dir: string): void {
	if (existsSync(dir)) return;
	makeFolder(dirname(dir));
	mkdirSync(dir);
}

function stamp(ms: number): string {
	return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
}

export class StateFile {
	private state!: ClusterState;
	private seen = '';

	private constructor(
		private readonly conf: Conf,
		readonly path: string,
		private readonly now: () => number,
	) {}

	/** Open (or create) the state file; returns notices to show the user (a corrupt file moved aside). */
	static async open(options: {path?: string; now?: () => number} = {}): Promise<{file: StateFile; notices: string[]}> {
		const {default: Conf} = await import('conf');
		const explicit = options.path ?? process.env.HASMIT_STATE;
		const settings = {
			configName: 'state',
			projectName: 'hasmit',
			projectSuffix: '',
			serialize: JSON.stringify,
			deserialize: keepText,
			accessPropertiesByDotNotation: false,
		};
		const wanted = explicit ? resolve(explicit) : undefined;
		if (wanted && existsSync(wanted) && statSync(wanted).isDirectory()) {
			throw new StateFileError(`hasmit: ${wanted} is a directory; --state (or HASMIT_STATE) names the cluster state file, e.g. ${join(wanted, 'state.json')}.`);
		}
		try {
			if (wanted) makeFolder(dirname(wanted));
			let conf: Conf;
			if (wanted) {
				const ext = extname(wanted);
				conf = new Conf({...settings, cwd: dirname(wanted), configName: basename(wanted, ext), fileExtension: ext.replace(/^\./, '')});
			} else conf = new Conf(settings);
			const file = new StateFile(conf, conf.path, options.now ?? Date.now);
			const notices = file.withLock(() => file.load());
			return {file, notices};
		} catch (error) {
			if (error instanceof LockError) throw error;
			throw new StateFileError(`hasmit: cannot use the cluster state ${wanted ?? 'file'}: ${(error as Error).message}`);
		}
	}

	private static moveAside(path: string, reason: string, now: number): string[] {
		const backup = `${path}.corrupt-${stamp(now)}`;
		renameSync(path, backup);
		return [`hasmit: ${path} is not a valid cluster state: ${reason}.`, `hasmit: it was moved to ${backup}; the ${DEFAULT_SCENARIO} sample cluster was loaded.`];
	}

	private fingerprint(): string {
		try {
			const s = statSync(this.path);
			return `${s.ino}:${s.size}:${s.mtimeMs}`;
		} catch {
			return 'missing';
		}
	}

	/** Read the file; a missing file gets the default scenario, a bad one is moved aside. */
	private load(): string[] {
		const text = this.conf.store[TEXT];
		if (typeof text !== 'string') {
			// No file yet: a first run gets the sample cluster.
			this.write(findScenario(DEFAULT_SCENARIO)!.build(this.now()));
			return [];
		}
		const parsed = parseState(text);
		const data = parsed.data;
		const problem = parsed.problem ?? validateState(data);
		if (!problem) {
			this.state = data as unknown as ClusterState;
			this.seen = this.fingerprint();
			return [];
		}
		const notices = StateFile.moveAside(this.path, problem, this.now());
		this.write(findScenario(DEFAULT_SCENARIO)!.build(this.now()));
		return notices;
	}

	private write(state: ClusterState): void {
		this.conf.store = state as unknown as Record<string, unknown>;
		this.state = state;
		this.seen = this.fingerprint();
	}

	private withLock<T>(fn: () => T): T {
		const release = acquireLock(this.path);
		try {
			return fn();
		} finally {
			release();
		}
	}

	/** The state as last read or written. */
	current(): ClusterState {
		return this.state;
	}

	/**
	 * Change the state under the lock, starting from the file as it is now.
	 * Returns what `change` returned, plus any notices from reloading.
	 */
	update<T>(change: (state: ClusterState) => {state: ClusterState; result: T}): {result: T; notices: string[]} {
		return this.withLock(() => {
			const notices = this.fingerprint() === this.seen ? [] : this.load();
			const {state, result} = change(this.state);
			if (state !== this.state) this.write(state);
			return {result, notices};
		});
	}

	/** Replace the whole state (scenario load, reset). */
	replace(state: ClusterState): void {
		this.withLock(() => this.write(state));
	}
}
