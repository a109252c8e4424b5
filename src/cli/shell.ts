/**
 * `hasmit shell`: a prompt whose lines run on the simulated cluster, like the F9 shell without SMIT. On a terminal,
 * `smitty [FASTPATH]` opens SMIT there, and leaving it (F10) comes back to the prompt.
 */
import {createInterface} from 'node:readline';
import {Writable} from 'node:stream';
import type {ShellResult} from '../command/shell.js';
import {SMITTY_LINE} from '../ui/app/handle-shell.js';
import {openSession} from './session.js';
import {parseSmitArgs} from './smit-args.js';

export async function shellCommand(args: string[]): Promise<number> {
	let state: string | undefined;
	let node: string | undefined;
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--state') state = args[++i];
		else if (args[i] === '--node') node = args[++i];
	}
	const {cluster, notices} = await openSession({state, node});
	for (const notice of notices) process.stderr.write(`${notice}\n`);
	const prompt = () => `${cluster.session.node}:/# `;
	let code = 0;
	// On a terminal a command may ask (vxdiskadm, passwd): the line stops at its question, and runs again with the
	// answers typed so far; only the output not shown yet is written. An unechoed answer (a password) is not shown.
	let pending: {line: string; answers: string[]; shown: number} | undefined;
	let muted = false;
	const output = new Writable({
		write(chunk, encoding, done) {
			if (!muted) process.stdout.write(chunk, encoding);
			done();
		},
	});
	for (;;) {
		const rl = createInterface({input: process.stdin, output, prompt: prompt(), terminal: process.stdin.isTTY});
		const answered = (result: ShellResult) => {
			const shown = writeFrom(result, pending?.shown ?? 0);
			code = result.code;
			pending = result.question === undefined ? undefined : {line: pending?.line ?? '', answers: pending?.answers ?? [], shown};
			rl.setPrompt(pending ? `${result.question} ` : prompt());
			rl.prompt();
			muted = result.unechoed === true;
		};
		let smitty: RegExpExecArray | null = null;
		rl.prompt();
		for await (const line of rl) {
			if (muted) process.stdout.write('\n');
			muted = false;
			if (pending) {
				pending.answers.push(line);
				answered(cluster.run(pending.line, 'shell', pending.answers));
				continue;
			}
			if (line.trim() === 'exit') break;
			smitty = process.stdin.isTTY ? SMITTY_LINE.exec(line) : null;
			if (smitty) break;
			if (line.trim() !== '' && process.stdin.isTTY) {
				pending = {line, answers: [], shown: 0};
				answered(cluster.run(line, 'shell', []));
				continue;
			}
			if (line.trim() !== '') {
				const result = cluster.run(line, 'shell');
				for (const chunk of result.chunks) (chunk.fd === 1 ? process.stdout : process.stderr).write(chunk.text);
				code = result.code;
			}
			rl.setPrompt(prompt());
			rl.prompt();
		}
		rl.close();
		if (!smitty) return code;
		// SMIT takes the terminal until it leaves, on the same cluster and node; then the prompt is back.
		const {runTui} = await import('./tui.js');
		const where = [...(state ? ['--state', state] : []), '--node', cluster.session.node];
		// Readline leaves standard input paused, and Ink unref'd: SMIT listens for data (it resumes nothing itself), and
		// the next prompt needs it to keep the program alive. Data comes a tick later, once SMIT listens.
		process.stdin.resume();
		code = await runTui(parseSmitArgs([...where, ...(smitty[1] ? [smitty[1]] : [])]));
		process.stdin.ref();
	}
}

/** Write a result's output after its first `skip` characters (what an earlier run of the same line showed); returns its length. */
function writeFrom(result: ShellResult, skip: number): number {
	let at = 0;
	for (const chunk of result.chunks) {
		const start = Math.max(0, skip - at);
		if (start < chunk.text.length) (chunk.fd === 1 ? process.stdout : process.stderr).write(chunk.text.slice(start));
		at += chunk.text.length;
	}
	return at;
}
