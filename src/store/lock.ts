/**
 * An exclusive lock beside the state file, so two hasmit processes take
 * turns: each reads, changes and writes the state while holding it.
 *
 * - The lock file appears with its holder's pid already in it (written to a
 *   temporary file, then hard-linked into place, which fails if a lock
 *   exists), so a writer killed at any moment never leaves an empty lock.
 * - A lock whose holder no longer runs (process.kill(pid, 0), on Linux and
 *   macOS alike), or one with no readable pid (left by an older hasmit) that
 *   is older than a few seconds, is stale.
 * - Taking over a stale lock is itself exclusive: the waiter must first
 *   create a guard named after that very lock file (its inode and change
 *   time to the nanosecond), and only the waiter holding that guard removes
 *   it, after checking it is still the same file. Two waiters that judged
 *   the same lock stale can never both remove it, and neither can remove a
 *   lock taken meanwhile. A guard left by a taker that died is stale in turn
 *   and taken over the same way.
 *
 * proper-lockfile was not used: it is asynchronous (hasmit saves inside a
 * synchronous command run) and removes stale locks without such a guard.
 */
import {linkSync, statSync, unlinkSync, writeFileSync, type BigIntStats} from 'node:fs';
import {isRunning, removeQuietly, tempName} from './atomic-write.js';
import {readHead} from '../host/regular-file.js';

export class LockError extends Error {}

/** A lock file with no pid in it is left by a writer that died, once it is this old. */
const UNREADABLE_STALE_MS = 5000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

const identity = (stats: BigIntStats) => `${stats.ino}-${stats.ctimeNs}`;

function statOf(path: string): BigIntStats | undefined {
	try {
		return statSync(path, {bigint: true});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

interface Holder {
	stats: BigIntStats;
	pid: number | undefined;
	stale: boolean;
}

function inspect(path: string): Holder | undefined {
	const stats = statOf(path);
	if (!stats) return undefined;
	let pid: number | undefined;
	try {
		const n = Number.parseInt(readHead(path, 32), 10);
		pid = Number.isInteger(n) && n > 0 ? n : undefined;
	} catch {
		// Gone, unreadable or not a regular file: judged by its age.
	}
	const stale = pid === undefined ? Date.now() - Number(stats.mtimeMs) > UNREADABLE_STALE_MS : pid !== process.pid && !isRunning(pid);
	return {stats, pid, stale};
}

/** Create `path` as a hard link to `token`; false when it exists already. */
function tryLink(token: string, path: string): boolean {
	try {
		linkSync(token, path);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
}

/** Remove the stale lock `path` (as `stale` showed it) unless another waiter is doing so; true when this one did. */
function takeOver(path: string, stale: BigIntStats, token: string): boolean {
	const guard = `${path}.takeover-${identity(stale)}`;
	if (!tryLink(token, guard)) {
		// A guard left by a taker that died is taken over in turn; then this lock is tried again.
		const taker = inspect(guard);
		return taker === undefined || (taker.stale && takeOver(guard, taker.stats, token));
	}
	try {
		const now = statOf(path);
		if (now && identity(now) === identity(stale)) unlinkSync(path);
		return true;
	} finally {
		removeQuietly(guard);
	}
}

/** Take the lock on `statePath` (a real path: symlinks resolved), waiting up to `waitMs`; returns the function that releases it. */
export function acquireLock(statePath: string, waitMs = Number(process.env.HASMIT_LOCK_WAIT_MS ?? 3000)): () => void {
	const lockPath = `${statePath}.lock`;
	const deadline = Date.now() + waitMs;
	const token = tempName(lockPath);
	try {
		writeFileSync(token, String(process.pid), {flag: 'wx'});
		for (;;) {
			if (tryLink(token, lockPath)) {
				// By inode alone: unlinking the token below changes the lock's ctime.
				const mine = statSync(lockPath, {bigint: true}).ino;
				return () => {
					if (statOf(lockPath)?.ino === mine) unlinkSync(lockPath);
				};
			}
			const holder = inspect(lockPath);
			// Released meanwhile, or stale and removed here (or its guard was): try again at once.
			if (!holder || (holder.stale && takeOver(lockPath, holder.stats, token))) continue;
			if (Date.now() >= deadline) {
				throw new LockError(
					`hasmit: the cluster state ${statePath} is in use by process ${holder.pid ?? 'unknown'}.\n` +
						`hasmit: nothing was changed; try again when that command has finished.`,
				);
			}
			sleep(20);
		}
	} catch (error) {
		if (error instanceof LockError) throw error;
		throw new LockError(`hasmit: cannot lock ${statePath}: ${(error as Error).message}`);
	} finally {
		removeQuietly(token);
	}
}
