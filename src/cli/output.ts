/**
 * What `hasmit exec` prints, written straight to the descriptor as a command's output is: Node's process.stdout and
 * process.stderr are streams that cost each start about 2 ms to set up (the stream classes, and a socket for a pipe).
 * A reader that has gone (EPIPE) ends hasmit as SIGPIPE ends a command; a descriptor that would block (a non-blocking
 * pipe) hands the rest, and everything after it, to Node's stream, which waits.
 */
import {writeSync} from 'node:fs';

/** The descriptors that went over to Node's stream (from then on, in order, through it). */
const streamed = new Set<number>();

/** A reader that stops early (`hasmit exec ... | head`) ends hasmit quietly, status 141, as SIGPIPE ends a command. */
export function endOnBrokenPipe(error: NodeJS.ErrnoException): void {
	if (error.code === 'EPIPE') process.exit(141);
	throw error;
}

export function writeOutput(fd: 1 | 2, text: string): void {
	const stream = () => (fd === 1 ? process.stdout : process.stderr);
	if (streamed.has(fd)) {
		stream().write(text);
		return;
	}
	const bytes = Buffer.from(text, 'utf8');
	let at = 0;
	try {
		while (at < bytes.length) at += writeSync(fd, bytes, at);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') endOnBrokenPipe(error as NodeJS.ErrnoException);
		streamed.add(fd);
		stream().write(bytes.subarray(at));
	}
}
