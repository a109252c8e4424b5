/**
 * SMIT's first frame, kept for the next start (issue 16): the launcher (scripts/launcher.mjs) writes the frame the last
 * start with the same command line, folder, environment and build drew, before it even reads the bundle, when the
 * terminal has the same size and the state file the same release (a lab's the same generation: its checks' results are
 * in the frame). The TUI then draws its own first frame only where
 * that one differs, and keeps its own for the next start.
 */
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {tempName} from '../store/atomic-write.js';

/** What the launcher passes on: where the frame is kept for this start, its key, and what it wrote (if anything). */
export interface LauncherFrame {
	path: string;
	key: string;
	written: string | undefined;
	/** Set once the TUI has the terminal: the launcher no longer gives it back on exit. */
	claimed: boolean;
	/** Give the terminal back as it was before the kept frame (SMIT does not start after all); nothing once claimed. */
	giveBack(): void;
}

/**
 * What is kept: the launcher checks the key, the release in the state file's first bytes and the terminal's size, and
 * for a lab the generation there too (its panel shows what the checks said of that state).
 */
export interface KeptFrame {
	key: string;
	state: string;
	release: string;
	generation?: number;
	columns: number;
	rows: number;
	/** Taking the terminal, then the frame. */
	opening: string;
	/** Giving the terminal back, should SMIT not start after all. */
	closing: string;
}

/** Keep this start's first frame for the next one; a cache, so a failure only costs the next start its head start. */
export function keepFirstFrame(frame: LauncherFrame, kept: Omit<KeptFrame, 'key'>): void {
	if (frame.written === kept.opening) return;
	const temp = tempName(frame.path);
	try {
		mkdirSync(dirname(frame.path), {recursive: true, mode: 0o700});
		// Aside, then renamed: the launcher reads a whole frame or none.
		writeFileSync(temp, JSON.stringify({key: frame.key, ...kept} satisfies KeptFrame), {mode: 0o600});
		renameSync(temp, frame.path);
	} catch {
		// Not kept: the next start draws its frame as this one did.
	}
}
