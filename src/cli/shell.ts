/**
 * `hasmit shell`: a prompt whose lines run on the simulated cluster, like the F9 shell without SMIT. On a terminal,
 * `smitty [FASTPATH]` opens SMIT there, and leaving it (F10) comes back to the prompt; a command's question (ctx.ask)
 * is the next prompt, its answer what is typed (not echoed for a password); a full-screen program (clstat) has the
 * terminal until q.
 */
import {createInterface} from 'node:readline';
import {Writable} from 'node:stream';
import type {ShellResult} from '../command/shell.js';
import {outputLines} from '../ui/screens/program.js';
import {runFullScreen} from './full-screen.js';
import {SMITTY_LINE} from '../ui/app/handle-shell.js';
import {openSession} from './session.js';
import {mailArrived, mailboxSize, NEW_MAIL} from '../cluster/mail.js';
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
	const onTerminal = process.stdin.isTTY === true;
	const prompt = () => `${cluster.session.node}:/# `;
	// A login: login says so when the mailbox is not empty, then AIX's /etc/profile does.
	if (mailboxSize(cluster.session.state, cluster.session.node, 'root') > 0) process.stdout.write(`You have mail.\n${NEW_MAIL}\n`);
	// What readline echoes, silenced while a password is typed.
	let muted = false;
	const output = new Writable({
		write(chunk, _encoding, done) {
			if (!muted) process.stdout.write(chunk);
			done();
		},
	});
	let code = 0;
	/** A line stopped at a question: run again with the answers, showing only output past what is shown. */
	let asking: {line: string; answers: string[]; shown: number} | undefined;
	for (;;) {
		const rl = createInterface({input: process.stdin, output: onTerminal ? output : process.stdout, prompt: prompt(), terminal: onTerminal});
		let smitty: RegExpExecArray | null = null;
		let program: ShellResult | undefined;
		/** A line that opened a SMIT session on a node (cl_smit): SMIT on that node takes the terminal. */
		let session: string | undefined;
		rl.prompt();
		for await (const line of rl) {
			// A password typed unseen: its Enter was not shown either.
			if (muted) process.stdout.write('\n');
			muted = false;
			if (asking) asking.answers.push(line);
			else {
				if (line.trim() === 'exit') break;
				smitty = onTerminal ? SMITTY_LINE.exec(line) : null;
				if (smitty) break;
			}
			const run = asking ?? (line.trim() !== '' ? {line, answers: [], shown: 0} : undefined);
			if (run) {
				const before = cluster.session.state;
				const result = cluster.run(run.line, 'shell', onTerminal ? run.answers : undefined);
				const lines = outputLines(result.output);
				if (result.screen && result.code === 0) {
					program = result;
					asking = undefined;
					break;
				}
				if (result.smitNode !== undefined && result.code === 0) {
					session = result.smitNode;
					break;
				}
				if (run.shown === 0 && result.question === undefined) {
					for (const chunk of result.chunks) (chunk.fd === 1 ? process.stdout : process.stderr).write(chunk.text);
				} else {
					// Run again with an answer: what was shown before the question is not shown again.
					for (const shown of lines.slice(run.shown)) process.stdout.write(`${shown}\n`);
				}
				code = result.code;
				if (result.question === undefined && mailArrived(before, cluster.session.state, cluster.session.node)) process.stdout.write(`${NEW_MAIL}\n`);
				asking = result.question === undefined ? undefined : {line: run.line, answers: run.answers, shown: lines.length};
				if (result.question !== undefined) {
					rl.setPrompt(`${result.question} `);
					rl.prompt();
					muted = result.unechoed === true;
					continue;
				}
			}
			rl.setPrompt(prompt());
			rl.prompt();
		}
		rl.close();
		if (program?.screen) {
			const {line, seconds} = program.screen;
			await runFullScreen(outputLines(program.output), seconds, () => outputLines(cluster.run(line, 'shell').output));
			process.stdin.resume();
			continue;
		}
		if (!smitty && session === undefined) return code;
		// SMIT takes the terminal until it leaves, on the same cluster and node (a SMIT session's); then the prompt is back.
		const {runTui} = await import('./tui.js');
		const where = [...(state ? ['--state', state] : []), '--node', session ?? cluster.session.node];
		// Readline leaves standard input paused, and Ink unref'd: SMIT listens for data (it resumes nothing itself), and
		// the next prompt needs it to keep the program alive. Data comes a tick later, once SMIT listens.
		process.stdin.resume();
		code = await runTui(parseSmitArgs([...where, ...(smitty?.[1] ? [smitty[1]] : [])]));
		process.stdin.ref();
	}
}
