/**
 * An exclusive lock beside the state file, so two hasmit processes take
 * turns: each reads, changes and writes the state while holding it. A lock
 * left by a process that no longer exists is taken over.
 */
import {closeSync, openSync, readFileSync, unlinkSync, writeSync} from 'node:fs';

export class LockError extends Error {}

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

function holder(lockPath: string): number | undefined {
	try {
		const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
		return Number.isFinite(pid) ? pid : undefined;
	} catch {
		return undefined;
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Take the lock, waiting up to `waitMs`; returns the function that releases it. */
export function acquireLock(statePath: string, waitMs = Number(process.env.HASMIT_LOCK_WAIT_MS ?? 3000)): () => void {
	const lockPath = `${statePath}.lock`;
	const deadline = Date.now() + waitMs;
	for (;;) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return () => {
				try {
					unlinkSync(lockPath);
				} catch {
					// Already gone: nothing to release.
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw new LockError(`hasmit: cannot lock ${statePath}: ${(error as Error).message}`);
			}
		}
		const pid = holder(lockPath);
		if (pid !== undefined && pid !== process.pid && !isRunning(pid)) {
			try {
				unlinkSync(lockPath);
			} catch {
				// Another waiter removed it first.
			}
			continue;
		}
		if (Date.now() >= deadline) {
			throw new LockError(
				`hasmit: the cluster state ${statePath} is in use by process ${pid ?? 'unknown'}.\n` +
					`hasmit: nothing was changed; try again when that command has finished.`,
			);
		}
		sleep(20);
	}
}
