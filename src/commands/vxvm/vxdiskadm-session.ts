/** vxdiskadm's dialogue: answers read one by one, questions with their help, `q` back to the main menu. */
import {CommandError} from '../../cluster/errors.js';
import type {VxvmState} from '../../cluster/vxvm/types.js';
import type {CommandContext} from '../../command/registry.js';
import * as text from './vxdiskadm-text.js';

/** `q` at a prompt: back to the main menu. */
export class BackToMenu {}
/** No more answers (end of input): vxdiskadm ends. */
export class NoMoreInput {}

export interface Session {
	ctx: CommandContext;
	vx: VxvmState;
	/** The next answer to a prompt, trimmed. */
	read(prompt: string): string;
}

export function answers(ctx: CommandContext): (prompt: string) => string {
	const lines = ctx.stdin === '' ? undefined : ctx.stdin.replace(/\n$/, '').split('\n');
	let next = 0;
	return prompt => {
		if (lines) {
			ctx.print(prompt);
			if (next >= lines.length) throw new NoMoreInput();
			return lines[next++]!.trim();
		}
		const answer = ctx.ask(prompt);
		if (answer === undefined) throw new NoMoreInput();
		return answer.trim();
	};
}

/** A question with its help (`?`), its default (Return) and `q` back to the menu. */
export function choose(s: Session, prompt: string, help: string, fallback?: string): string {
	for (;;) {
		const answer = s.read(prompt);
		if (answer === '?') s.ctx.print(`\n  ${help}\n`);
		else if (answer === 'q') throw new BackToMenu();
		else if (answer === '' && fallback !== undefined) return fallback;
		else if (answer !== '') return answer;
	}
}

export function yes(s: Session, question: string, fallback: 'y' | 'n'): boolean {
	for (;;) {
		const answer = choose(s, `${question} [y,n,q,?] (default: ${fallback})`, text.PROMPT_HELP.yesNo, fallback).toLowerCase();
		if (answer === 'y' || answer === 'yes') return true;
		if (answer === 'n' || answer === 'no') return false;
		s.ctx.print('  Please answer y or n.');
	}
}

/** Runs a change; a refusal is shown and the operation ends, changing nothing. */
export function attempt(s: Session, change: () => void): boolean {
	try {
		change();
		return true;
	} catch (error) {
		if (!(error instanceof CommandError)) throw error;
		s.ctx.error(error.message);
		return false;
	}
}

/** Runs the vx* command vxdiskadm runs for the operation, in the same transaction; its messages are shown as it prints them. */
export const runs = (s: Session, argv: readonly string[]) => s.ctx.exec(argv, {stdin: ''}) === 0;
