/**
 * mail: AIX's mail (Mail 5.2 UCB) on the node the shell is on, for root. Without a user it reads root's mailbox
 * (/var/spool/mail/root; -f: /mbox or a file): a numbered list, then commands at its ? prompt, typed on the terminal
 * or, without one, read from standard input. q keeps what was read in /mbox and what was not in the mailbox; x leaves
 * everything as it was. With users it sends standard input to their mailboxes, on this node or (user@node) another
 * that is powered on.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {
	deliverMail,
	envelopeOf,
	header,
	mailboxPath,
	parseMailbox,
	renderMessage,
	seenOf,
	withSeen,
	type MailMessage,
	type Seen,
} from '../cluster/mail.js';
import {isPoweredOff} from '../cluster/failure/model.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';

/** hasmit's shell runs as root, whose home directory is /. */
const USER = 'root';
const MBOX = '/mbox';

interface Letter {
	message: MailMessage;
	seen: Seen;
	deleted: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A line of the numbered list: current mark, status, number, sender, date, lines/characters, subject. */
function headline(letter: Letter, n: number, current: boolean): string {
	const {message} = letter;
	const {sender, date} = envelopeOf(message);
	const text = renderMessage(message);
	const size = `${String(text.split('\n').length - 1).padStart(3)}/${String(text.length).padEnd(5)}`;
	const mark = `${current ? '>' : ' '}${letter.seen === 'R' ? ' ' : letter.seen}`;
	const subject = header(message, 'Subject').slice(0, 25);
	return `${mark}${String(n).padStart(3)} ${sender.padEnd(20).slice(0, 20)}  ${date.slice(0, 16)} ${size} "${subject}"`;
}

const HELP = [
	'    Mail   Commands',
	'<number>          print message number',
	'<Enter>, n        print the next message',
	'p                 print the current message again',
	'h                 print the list of messages',
	'd [<number>]      delete the current message, or message number',
	'q                 quit, saving what was read in /mbox',
	'x                 quit, changing nothing',
];

/** Read a mailbox at mail's prompt until q, x or the end of the commands. */
function readMailbox(ctx: CommandContext, path: string, spool: boolean): void {
	const text = ctx.state.nodes[ctx.node]!.files[path] ?? '';
	const letters: Letter[] = parseMailbox(text).map(message => ({message, seen: seenOf(message), deleted: false}));
	if (letters.length === 0) refuse(spool ? `No mail for ${USER}` : `${path}: A file or directory in the path name does not exist.`);
	// Without a terminal the commands are standard input's lines; its end is q, as mail takes end of file.
	const commands = ctx.stdin === '' ? [] : ctx.stdin.replace(/\n$/, '').split('\n');
	const next = (): string | undefined => ctx.ask('?') ?? commands.shift();
	const count = (seen: Letter['seen']) => letters.filter(l => l.seen === seen).length;
	let dot = Math.max(
		0,
		letters.findIndex(l => l.seen !== 'R'),
	);
	let printed = false;
	const list = () => letters.forEach((l, i) => l.deleted || ctx.print(headline(l, i + 1, i === dot)));
	const show = (i: number) => {
		dot = i;
		printed = true;
		letters[i]!.seen = 'R';
		ctx.print(`Message ${i + 1}:`);
		ctx.write(renderMessage(letters[i]!.message).replace(/\n$/, ''));
	};
	const news = [count('N') && `${count('N')} new`, count('U') && `${count('U')} unread`].filter(Boolean).join(' ');
	ctx.print('Mail [5.2 UCB] [AIX 5.X]  Type ? for help.');
	ctx.print(`"${path}": ${plural(letters.length, 'message')}${news ? ` ${news}` : ''}`);
	list();
	for (;;) {
		const line = next()?.trim();
		if (line === undefined || line === 'q' || line === 'quit') {
			quit(ctx, path, spool, letters);
			return;
		}
		if (line === 'x' || line === 'ex' || line === 'exit') return;
		const [word = '', arg] = line.split(/\s+/);
		const undeleted = letters.map((l, i) => (l.deleted ? -1 : i)).filter(i => i >= 0);
		const pick = (value: string): number | undefined => {
			const i = Number(value) - 1;
			if (/^\d+$/.test(value) && letters[i] && !letters[i]!.deleted) return i;
			ctx.print(`${value}: Invalid message number`);
			return undefined;
		};
		if (/^\d+$/.test(word)) {
			const i = pick(word);
			if (i !== undefined) show(i);
		} else if (word === '' || word === 'n' || word === '+') {
			const after = printed ? undeleted.find(i => i > dot) : undeleted.find(i => i >= dot);
			if (after === undefined) ctx.print('At EOF');
			else show(after);
		} else if (word === 'p' || word === 't') {
			if (undeleted.includes(dot)) show(dot);
			else ctx.print('No applicable messages');
		} else if (word === 'h') list();
		else if (word === 'd') {
			if (arg === undefined && !undeleted.includes(dot)) {
				ctx.print('No applicable messages');
				continue;
			}
			const i = arg === undefined ? dot : pick(arg);
			if (i === undefined) continue;
			letters[i]!.deleted = true;
			dot = undeleted.find(j => j > i) ?? i;
			printed = false;
		} else if (word === '?' || word === 'help') for (const help of HELP) ctx.print(help);
		else ctx.print(`Unknown command: "${word}"`);
	}
}

/** q: in the mailbox, what was read goes to /mbox and the rest stays, seen; a file (-f) keeps all but the deleted. */
function quit(ctx: CommandContext, path: string, spool: boolean, letters: Letter[]): void {
	const files = ctx.state.nodes[ctx.node]!.files;
	const kept = letters.filter(l => !l.deleted);
	const status = (l: Letter) => withSeen(l.message, l.seen);
	if (!spool) {
		files[path] = kept.map(l => renderMessage(status(l))).join('');
		return;
	}
	const saved = kept.filter(l => l.seen === 'R');
	const held = kept.filter(l => l.seen !== 'R');
	if (saved.length > 0) {
		files[MBOX] = (files[MBOX] ?? '') + saved.map(l => renderMessage(status(l))).join('');
		ctx.print(`Saved ${plural(saved.length, 'message')} in ${MBOX}`);
	}
	files[path] = held.map(l => renderMessage(status(l))).join('');
	if (held.length > 0) ctx.print(`Held ${plural(held.length, 'message')} in ${path}`);
}

const mail = defineCommand({
	name: 'mail',
	dirs: ['/usr/bin'],
	summary: "Reads root's mail (a numbered list, then commands at the ? prompt), or sends standard input to users on this node.",
	synopsis: '[-f [File]] | [-s Subject] User ...',
	flags: {
		f: {help: 'reads a mail file instead of the mailbox: File, or /mbox where q saved the messages read'},
		s: {arg: 'Subject', help: 'the subject of the message sent'},
	},
	operands: {list: [{name: 'User ...', help: 'local users to send standard input to (user or user@node); none: read the mailbox'}]},
	run(ctx, {opts, args}) {
		if (opts.f) {
			if (args.length > 1 || opts.s !== undefined) throw new UsageError(`${ctx.name}: -f takes one File.`);
			readMailbox(ctx, args[0] ?? MBOX, false);
			return;
		}
		if (args.length === 0) {
			if (opts.s !== undefined) throw new UsageError(`${ctx.name}: -s needs a user to send to.`);
			readMailbox(ctx, mailboxPath(USER), true);
			return;
		}
		for (const address of args) {
			const [user, node = ctx.node] = address.split('@') as [string, string?];
			if (!ctx.state.nodes[node]) refuse(`${ctx.name}: ${address}: host ${node} is not a node of this cluster.`);
			// sendmail reaches another node over the network: a node powered off gets nothing.
			if (node !== ctx.node && isPoweredOff(ctx.state, node))
				refuse(`${ctx.name}: ${address}: Connection timed out with ${node}: the message was not delivered.`);
			deliverMail(ctx.state, node, {from: USER, to: user, subject: opts.s ?? '', body: ctx.stdin});
		}
		if (ctx.stdin === '') ctx.print("Null message body; hope that's ok");
	},
});

export const mailCommands = [...mail];
