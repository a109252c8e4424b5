/**
 * Where the cluster lives between runs: one JSON file, at `--state FILE`,
 * `$HASMIT_STATE`, or ~/.config/hasmit/state.json (env-paths finds the
 * platform's configuration folder, as conf did). Every change happens under
 * the lock (src/store/lock.ts) and starts from the file as it is now, so two
 * running copies never lose each other's work; saves are atomic
 * (src/store/atomic-write.ts) and the file before each save is kept as
 * FILE.bak, the last good copy.
 *
 * Which files are ours, and what happens to them:
 * - valid JSON carrying our format marker is ours: an older state version is
 *   migrated (src/store/migrations.ts) and saved, a newer one is refused and
 *   left untouched, one with a wrong structure is damaged;
 * - a file that is not valid JSON is ours (damaged) when it starts with our
 *   format marker (we always write it first, so a cut-short save of ours
 *   does), when it is empty, or when a last-good copy lies beside it;
 *   otherwise it is someone else's;
 * - any other JSON, and anything that is not a regular file, is someone
 *   else's: refused with a message, nothing renamed or written.
 * A damaged state is moved aside (FILE.corrupt-TIME, never overwriting an
 * earlier one) and the last good copy restored; only when that is bad too is
 * the sample cluster loaded. A read-only file is opened read-only: commands
 * that change nothing run, changes are refused.
 */
import {
	accessSync,
	closeSync,
	constants,
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	realpathSync,
	renameSync,
	statSync,
	openSync,
	type Stats,
} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import envPaths from 'env-paths';
import {STATE_FORMAT, STATE_VERSION, type ClusterState} from '../cluster/state.js';
import {DEFAULT_RELEASE, isRelease, type Release} from '../cluster/release/index.js';
import {checkInvariants} from '../cluster/invariants.js';
import {trustLvm} from '../cluster/lvm-invariants.js';
import {DEFAULT_SCENARIO, findScenario} from '../cluster/scenarios/index.js';
import {removeLeftovers, tempName, writeAll, writeFileAtomic, type FileMode} from './atomic-write.js';
import {acquireLock, LockError} from './lock.js';
import {migrate} from './migrations.js';
import {fileKind, NotRegularFile, openRegular, readFd, readHead, readRegularFile} from '../host/regular-file.js';
import {readEntries, serialize, type EntryBytes} from './saved-text.js';
import {checkStructure} from '../cluster/state-shape.js';

/** The state file cannot be used or saved (a directory, someone else's file, a full disk, a read-only file). */
export class StateFileError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems with a parsed file of the current version: its marker, its structure, the model's invariants. */
export function validateState(data: unknown): string | undefined {
	if (!isObject(data)) return 'it is not a JSON object';
	if (data.format !== STATE_FORMAT) return 'it is not a hasmit cluster state';
	if (data.version !== STATE_VERSION) return `it has format version ${String(data.version)}, not ${STATE_VERSION}`;
	const structure = checkStructure(data);
	if (structure) return structure;
	try {
		const problems = checkInvariants(data as unknown as ClusterState);
		if (problems.length > 0) return problems[0];
	} catch (error) {
		return `it is damaged (${(error as Error).message})`;
	}
	return undefined;
}

/** How every state file of ours begins, even one cut short. */
const OUR_START = /^\s*\{\s*"format"\s*:\s*"hasmit-cluster-state"/;
/** The start of a file as save() writes it: the generation is read from there without parsing the rest. */
const SAVED_HEAD = /^\{"format":"hasmit-cluster-state","version":\d+,"generation":(\d+)[,}]/;

type Judgement = {state: ClusterState; generation: number; migrated: boolean} | {damaged: string} | {foreign: string} | {newer: number};

/** What a file's text is; `checked`: it is the text of a save, known valid (see checkedPath). */
function judge(text: string, hasLastGood: () => boolean, checked = false): Judgement {
	if (!/\S/.test(text)) return {damaged: 'it is empty'};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return OUR_START.test(text) || hasLastGood() ? {damaged: 'it is not valid JSON'} : {foreign: 'it is not JSON'};
	}
	if (!isObject(data) || data.format !== STATE_FORMAT) return {foreign: 'it has no hasmit format marker'};
	const version = data.version;
	if (typeof version !== 'number' || !Number.isInteger(version)) return {damaged: 'its version is not a number'};
	if (version > STATE_VERSION) return {newer: version};
	const unmigrated = migrate(data, version, STATE_VERSION);
	const trusted = unmigrated === undefined && version === STATE_VERSION && checked;
	const problem = unmigrated ?? (trusted ? undefined : validateState(data));
	if (problem) return {damaged: problem};
	if (trusted) trustLvm(data as unknown as ClusterState);
	const generation = typeof data.generation === 'number' ? data.generation : 0;
	delete data.generation;
	return {state: data as unknown as ClusterState, generation, migrated: version < STATE_VERSION};
}

/** The generation written at the start of the state file at `path` (each save's is one more); undefined when it cannot be read. */
function generationOf(path: string): number | undefined {
	try {
		const head = SAVED_HEAD.exec(readHead(path, 128));
		return head ? Number(head[1]) : undefined;
	} catch {
		return undefined;
	}
}

/** The state file used: --state, else HASMIT_STATE, else state.json in hasmit's configuration folder. */
function statePath(path: string | undefined): string {
	const explicit = path ?? process.env.HASMIT_STATE;
	return explicit ? resolve(explicit) : join(envPaths('hasmit', {suffix: ''}).config, 'state.json');
}

/** What went wrong in a save, in a user's words. */
function saveProblem(error: unknown): string {
	const reasons: Record<string, string> = {
		ENOSPC: 'no space left on the device',
		EDQUOT: 'the disk quota is exceeded',
		EFBIG: 'the file would exceed the file size limit (ulimit -f)',
		EROFS: 'the file system is read-only',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		EIO: 'an input/output error',
	};
	const code = (error as NodeJS.ErrnoException).code;
	return (code && reasons[code]) ?? (error as Error).message;
}

/**
 * Create the state file's folder one level at a time. mkdirSync({recursive:
 * true}) on Node 20 never returns for a path it cannot create under /proc or
 * /sys; this fails with the reason.
 */
function makeFolder(dir: string): void {
	if (existsSync(dir)) return;
	makeFolder(dirname(dir));
	mkdirSync(dir);
}

/** The file itself, symlinks resolved, so that every way of naming it shares one lock. */
function realPath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return join(realpathSync(dirname(path)), basename(path));
	}
}

function statIfExists(path: string): Stats | undefined {
	try {
		return statSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

function canWrite(path: string): boolean {
	try {
		accessSync(path, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

function stamp(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, '');
}

/** Keep a second name for `path` at `to`, failing if `to` exists: a hard link, or a copy where links are not supported. */
function keepAs(path: string, to: string): void {
	try {
		linkSync(path, to);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') throw error;
		copyFileSync(path, to, constants.COPYFILE_EXCL);
	}
}

function notOurs(path: string, why: string): StateFileError {
	return new StateFileError(
		`hasmit: ${path} is not a hasmit cluster state (${why}); hasmit leaves it as it is.\nhasmit: name the cluster state file with --state (or ` +
			`HASMIT_STATE).`,
	);
}

function checkedPathOf(path: string): string {
	return join(dirname(path), `.${basename(path)}.checked`);
}

/** Every file a state file at `path` is kept in: itself, its last good copy and the copy of its last save. */
export function stateFiles(path: string): string[] {
	return [path, `${path}.bak`, checkedPathOf(path)];
}

export class StateFile {
	private state!: ClusterState;
	/** The generation of the file as last read or written here. */
	private generation = 0;
	/** The bytes of the entries of the file as last read or written here, for the next save to reuse. */
	private entries: EntryBytes = new WeakMap();

	private constructor(
		readonly path: string,
		/** The file or its folder cannot be written: changes are refused. */
		readonly readOnly: boolean,
		private readonly mode: FileMode,
		private readonly now: () => number,
	) {}

	/** The state file a `--state` value (or its absence) names. */
	static pathOf(path?: string): string {
		return statePath(path);
	}

	/**
	 * The HACMP release of the cluster a state file holds, read from its first bytes (SMIT draws its first screen,
	 * which is the release's, before the state is loaded); the default release when it cannot tell.
	 */
	static peekRelease(options: {path?: string} = {}): Release {
		try {
			const head = readHead(statePath(options.path), 256);
			const release = /^\{"format":"hasmit-cluster-state","version":\d+,"generation":\d+,"release":"([^"]*)"/.exec(head)?.[1];
			return isRelease(release) ? release : DEFAULT_RELEASE;
		} catch {
			return DEFAULT_RELEASE;
		}
	}

	/** The generation of the state file a `--state` value (or its absence) names, read from its first bytes, as the launcher does. */
	static peekGeneration(options: {path?: string} = {}): number | undefined {
		return generationOf(statePath(options.path));
	}

	/** Open (or create) the state file; returns notices to show the user (a damaged file restored or moved aside). */
	static async open(options: {path?: string; now?: () => number} = {}): Promise<{file: StateFile; notices: string[]}> {
		const wanted = statePath(options.path);
		try {
			const found = statIfExists(wanted);
			if (found?.isDirectory()) {
				throw new StateFileError(
					`hasmit: ${wanted} is a directory; --state (or HASMIT_STATE) names the cluster state file, e.g. ${join(wanted, 'state.json')}.`,
				);
			}
			if (found && !found.isFile()) throw notOurs(wanted, `it is ${fileKind(found)}`);
			makeFolder(dirname(wanted));
			const path = realPath(wanted);
			const readOnly = found !== undefined && ((found.mode & 0o222) === 0 || !canWrite(path) || !canWrite(dirname(path)));
			const mode = found ? {mode: found.mode & 0o7777, owner: {uid: found.uid, gid: found.gid}} : {mode: 0o600};
			const file = new StateFile(path, readOnly, mode, options.now ?? Date.now);
			const notices = readOnly
				? file.load()
				: file.withLock(() => {
						removeLeftovers(path);
						return file.load();
					});
			return {file, notices};
		} catch (error) {
			if (error instanceof LockError || error instanceof StateFileError) throw error;
			throw new StateFileError(`hasmit: cannot use the cluster state ${wanted}: ${(error as Error).message}`);
		}
	}

	private get lastGoodPath(): string {
		return `${this.path}.bak`;
	}

	/**
	 * Beside the file, hidden: a copy of the text last saved there. The text of every save is a state the model holds
	 * (each command's invariants checked), so a file whose bytes are the copy's is that valid state, and loading it skips
	 * the structure and invariant checks (on big, most of a load); a file changed by anything else (an edit, a copy cut
	 * short, another version's save) differs and is checked in full. Comparing with a copy reads a second file, but
	 * costs a start less than hashing the file (~1 against ~3 ms for big: a start runs a hash loop cold).
	 */
	private get checkedPath(): string {
		return checkedPathOf(this.path);
	}

	/** Whether `bytes` are those of the last save here (its copy kept beside the file). */
	private savedHere(bytes: Buffer): boolean {
		try {
			const {fd, stats} = openRegular(this.checkedPath);
			try {
				return stats.size === bytes.length && readFd(fd, stats.size).equals(bytes);
			} finally {
				closeSync(fd);
			}
		} catch {
			return false;
		}
	}

	/** Keep a copy of the file's bytes (in pieces, one after another), known valid. */
	private keepCopy(pieces: readonly Buffer[]): void {
		// Not atomic, and not needed to be: a copy cut short, or one left by a save that failed, matches no text.
		let fd: number | undefined;
		try {
			fd = openSync(this.checkedPath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
			writeAll(fd, pieces);
		} catch {
			// Without it, the next load checks the file in full.
		} finally {
			if (fd !== undefined) closeSync(fd);
		}
	}

	/** The file's text and bytes, or undefined when there is none. */
	private read(path: string): {text: string; bytes: Buffer} | undefined {
		try {
			return readRegularFile(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			if (error instanceof NotRegularFile) throw notOurs(path, `it is ${error.kind}`);
			throw error;
		}
	}

	/** The generation written at the start of the file; undefined when it cannot be read there. */
	private fileGeneration(): number | undefined {
		return generationOf(this.path);
	}

	/** Read the file; a missing file gets the default scenario, a damaged one its last good copy. */
	private load(): string[] {
		const file = this.read(this.path);
		if (file === undefined) {
			// No file: a first run gets the sample cluster, a file removed since its last save gets that save back.
			const lastGood = this.lastGood();
			this.save(lastGood?.state ?? findScenario(DEFAULT_SCENARIO)!.build(this.now()), false);
			return lastGood ? [`hasmit: ${this.path} was missing; the last good copy, ${this.lastGoodPath}, was restored.`] : [];
		}
		const known = this.savedHere(file.bytes);
		const judged = judge(file.text, () => existsSync(this.lastGoodPath), known);
		if ('state' in judged) {
			this.state = judged.state;
			this.generation = judged.generation;
			// Only the text of a save is sure to have an entry per line; any other is written anew in full.
			this.entries = known && !judged.migrated ? readEntries(judged.state, file.text, file.bytes) : new WeakMap();
			// An older version is saved upgraded, its own text kept as the last good copy; a file just checked in full need
			// not be again.
			if (judged.migrated && !this.readOnly) this.save(judged.state, true);
			else if (!known && !this.readOnly) this.keepCopy([file.bytes]);
			return [];
		}
		if ('foreign' in judged) throw notOurs(this.path, judged.foreign);
		if ('newer' in judged) {
			throw new StateFileError(
				`hasmit: ${this.path} has cluster state version ${judged.newer}, from a newer hasmit (this one reads versions up to ` +
					`${STATE_VERSION}).\nhasmit: it was left as it is; use the newer hasmit with it.`,
			);
		}
		const problem = `hasmit: ${this.path} is not a valid cluster state: ${judged.damaged}.`;
		if (this.readOnly) throw new StateFileError(`${problem}\nhasmit: it is read-only, so it was left as it is.`);
		const lastGood = this.lastGood();
		const aside = this.moveAside();
		if (lastGood) {
			this.save(lastGood.state, false);
			return [problem, `hasmit: it was moved to ${aside}; the last good copy, ${this.lastGoodPath}, was restored.`];
		}
		this.save(findScenario(DEFAULT_SCENARIO)!.build(this.now()), false);
		return [problem, `hasmit: it was moved to ${aside}; the ${DEFAULT_SCENARIO} sample cluster was loaded.`];
	}

	private lastGood(): {state: ClusterState; generation: number} | undefined {
		try {
			const file = this.read(this.lastGoodPath);
			const judged = file === undefined ? undefined : judge(file.text, () => true);
			return judged && 'state' in judged ? judged : undefined;
		} catch {
			return undefined;
		}
	}

	/**
	 * Give the damaged file a name of its own (FILE.corrupt-TIME, then -2, -3, ... within the same
	 * second); it stays in place until the save replaces it.
	 */
	private moveAside(): string {
		const base = `${this.path}.corrupt-${stamp(this.now())}`;
		for (let n = 1; ; n++) {
			const name = n === 1 ? base : `${base}-${n}`;
			try {
				keepAs(this.path, name);
				return name;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			}
		}
	}

	/** Write `state` atomically as the next generation; `keepCopy` keeps the file it replaces (known good) as the last good copy. */
	private save(state: ClusterState, keepCopy: boolean): void {
		// Past any generation written meanwhile (replace() does not read the file first), so others see the change.
		const generation = Math.max(this.generation, this.fileGeneration() ?? 0) + 1;
		const keep = () => {
			if (!keepCopy || !existsSync(this.path)) return;
			const temp = tempName(this.lastGoodPath);
			keepAs(this.path, temp);
			renameSync(temp, this.lastGoodPath);
		};
		const {pieces, entries} = serialize(state, generation, this.entries);
		try {
			writeFileAtomic(this.path, pieces, this.mode, keep);
		} catch (error) {
			throw new StateFileError(`hasmit: cannot save the cluster state ${this.path}: ${saveProblem(error)}; nothing was changed.`);
		}
		this.keepCopy(pieces);
		this.state = state;
		this.generation = generation;
		this.entries = entries;
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
	 * Returns what `change` returned, plus any notices from reloading; throws
	 * StateFileError, the state unchanged, when the change cannot be saved.
	 */
	update<T>(change: (state: ClusterState) => {state: ClusterState; result: T}): {result: T; notices: string[]} {
		const apply = () => {
			const notices = this.fileGeneration() === this.generation ? [] : this.load();
			const {state, result} = change(this.state);
			if (state !== this.state) {
				if (this.readOnly) throw new StateFileError(`hasmit: ${this.path} is read-only: the change was not saved.`);
				this.save(state, true);
			}
			return {result, notices};
		};
		// A read-only file is never written, so it needs no lock (and its folder may not allow one).
		return this.readOnly ? apply() : this.withLock(apply);
	}

	/** Replace the whole state (scenario load, reset). */
	replace(state: ClusterState): void {
		if (this.readOnly) throw new StateFileError(`hasmit: ${this.path} is read-only: the change was not saved.`);
		// The file is kept as the last good copy only if it is the one read here (and so known good).
		this.withLock(() => this.save(state, this.fileGeneration() === this.generation));
	}
}
