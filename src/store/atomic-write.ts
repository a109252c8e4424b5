/**
 * Writing a file so that it is either the old version or the new one, never
 * a mix: the text goes to a temporary file in the same folder, every byte of
 * it is checked written (a short write, ENOSPC or EFBIG under `ulimit -f` is
 * an error; Node ignores SIGXFSZ, so the limit arrives as EFBIG), flushed to
 * disk, and only then renamed over the file, and the folder is flushed so the
 * rename survives a crash. Temporary names carry the writer's pid, so those
 * of a killed writer are recognised and removed later.
 */
import {closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writevSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

/** A name beside `path` for a temporary file of this process (created exclusively: the random part need not be strong). */
export function tempName(path: string): string {
	const random = Math.floor(Math.random() * 2 ** 32)
		.toString(16)
		.padStart(8, '0');
	return `${path}.tmp-${process.pid}-${random}`;
}

export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function removeQuietly(path: string): void {
	try {
		unlinkSync(path);
	} catch {
		// Already gone.
	}
}

/**
 * Write all of `pieces`, one after another, at the descriptor's start, or throw (a write that stops short is an
 * error). In one writev where it can: pieces need not be joined into one buffer first.
 */
export function writeAll(fd: number, pieces: readonly Buffer[]): void {
	let at = 0;
	const rest = pieces.filter(piece => piece.length > 0);
	while (rest.length > 0) {
		const n = writevSync(fd, rest, at);
		if (n <= 0) throw Object.assign(new Error('the write stopped short'), {code: 'EIO'});
		at += n;
		// A short write: drop what was written and go on from there.
		let written = n;
		while (rest.length > 0 && written >= rest[0]!.length) written -= rest.shift()!.length;
		if (written > 0) rest[0] = rest[0]!.subarray(written);
	}
}

export function fsyncFolder(dir: string): void {
	let fd: number | undefined;
	try {
		fd = openSync(dir, constants.O_RDONLY);
		fsyncSync(fd);
	} catch {
		// Some systems cannot open or flush a folder; the rename itself is still atomic.
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** The mode and owner the written file gets: the old file's, so a save changes neither. */
export interface FileMode {
	mode: number;
	owner?: {uid: number; gid: number};
}

/**
 * Replace `path` by `pieces`, one after another, atomically, with mode and owner `as`. `beforeRename`
 * runs once the new text is safely on disk (to keep a copy of the old file).
 */
export function writeFileAtomic(path: string, pieces: readonly Buffer[], as: FileMode, beforeRename?: () => void): void {
	const temp = tempName(path);
	let fd: number | undefined;
	try {
		fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, as.mode);
		// The umask must not change the mode asked for.
		fchmodSync(fd, as.mode);
		// Root saving someone's state must not make it root's (only root may give a file away).
		if (as.owner && process.getuid?.() === 0) fchownSync(fd, as.owner.uid, as.owner.gid);
		writeAll(fd, pieces);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		beforeRename?.();
		renameSync(temp, path);
	} catch (error) {
		if (fd !== undefined) closeSync(fd);
		removeQuietly(temp);
		throw error;
	}
	fsyncFolder(dirname(path));
}

/**
 * Remove temporary files left beside `path` by writers that no longer run
 * (killed mid-save or mid-lock), and the guards of lock takeovers that ended:
 * called while holding the lock, when any such guard names a lock file that
 * is gone for good.
 */
export function removeLeftovers(path: string): void {
	const base = basename(path);
	const dir = dirname(path);
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) {
		if (!name.startsWith(`${base}.`)) continue;
		const temp = /\.tmp-(\d+)-[0-9a-f]+$/.exec(name);
		if ((temp && !isRunning(Number(temp[1]))) || /\.lock\.takeover-[\d-]+/.test(name)) removeQuietly(join(dir, name));
	}
}
