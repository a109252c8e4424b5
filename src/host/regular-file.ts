/**
 * Opening a file hasmit reads (the state, its lock, a menu file) without
 * ever blocking: O_NONBLOCK makes opening a FIFO return at once, and fstat
 * on the open descriptor refuses anything but a regular file, so a FIFO, a
 * device such as /dev/zero or a directory is named, never waited on or read
 * for ever.
 */
import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';

export class NotRegularFile extends Error {
	constructor(
		path: string,
		/** What the file is instead: `a FIFO`, `a device`, ... */
		readonly kind: string,
	) {
		super(`${path} is ${kind}`);
	}
}

/** What a file that is not a regular one is, for messages. */
export function fileKind(stats: Stats): string {
	if (stats.isDirectory()) return 'a directory';
	if (stats.isFIFO()) return 'a FIFO';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	if (stats.isSocket()) return 'a socket';
	return 'not a regular file';
}

/** Open `path` for reading; returns the descriptor and its stats, or throws NotRegularFile (the descriptor closed). */
export function openRegular(path: string): {fd: number; stats: Stats} {
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	const stats = fstatSync(fd);
	if (!stats.isFile()) {
		closeSync(fd);
		throw new NotRegularFile(path, fileKind(stats));
	}
	return {fd, stats};
}

/** Read at most `size` bytes from the start of an open file. */
export function readFd(fd: number, size: number): Buffer {
	const buffer = Buffer.allocUnsafe(size);
	let at = 0;
	while (at < size) {
		const n = readSync(fd, buffer, at, size - at, at);
		if (n === 0) break;
		at += n;
	}
	return buffer.subarray(0, at);
}

/** The whole text of a regular file (Node's readFileSync, but refusing FIFOs and devices first). */
export function readRegularFile(path: string): {text: string; bytes: Buffer; stats: Stats} {
	const {fd, stats} = openRegular(path);
	try {
		const bytes = readFd(fd, stats.size);
		return {text: bytes.toString('utf8'), bytes, stats};
	} finally {
		closeSync(fd);
	}
}

/** The first `limit` bytes of a regular file, as text. */
export function readHead(path: string, limit: number): string {
	const {fd} = openRegular(path);
	try {
		return readFd(fd, limit).toString('utf8');
	} finally {
		closeSync(fd);
	}
}
