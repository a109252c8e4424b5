/** Running the built hasmit bundle as a user would, with its own state file and home folder. */
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** The `hasmit` command as npm links it (package.json's bin). */
export const BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'hasmit.cjs');

export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** A fresh folder for one test: its state file and its HOME. */
export function sandbox(): {dir: string; state: string; env: NodeJS.ProcessEnv} {
	const dir = mkdtempSync(join(tmpdir(), 'hasmit-test-'));
	const state = join(dir, 'state.json');
	return {dir, state, env: {...process.env, HOME: dir, HASMIT_STATE: state, XDG_CONFIG_HOME: join(dir, '.config')}};
}

export function hasmit(args: string[], options: {env: NodeJS.ProcessEnv; input?: string}): CliRun {
	const result = spawnSync(process.execPath, [BUNDLE, ...args], {env: options.env, input: options.input ?? '', encoding: 'utf8'});
	return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr};
}

export function hasmitAsync(args: string[], options: {env: NodeJS.ProcessEnv}): Promise<CliRun> {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [BUNDLE, ...args], {env: options.env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', d => (stdout += d));
		child.stderr.on('data', d => (stderr += d));
		child.on('close', code => resolve({code: code ?? -1, stdout, stderr}));
	});
}
