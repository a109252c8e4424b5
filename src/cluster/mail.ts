/**
 * Local mail on a node, as AIX's sendmail delivers it and mail(1) reads it: each user's mailbox is
 * /var/spool/mail/USER in mbox format (a message starts with a `From sender date` line after a blank line, then its
 * headers, a blank line and the body). mail's Status header marks what the reader has seen: none is new (N), O seen
 * in a listing but not read (U), RO read. Cron mails a job's output to the crontab's owner this way.
 */
import {envelopeTime, mailDate} from './clock.js';
import {appendFile} from './files.js';
import type {DeepReadonly} from './readonly.js';
import type {ClusterState} from './state.js';

export const MAIL_DIR = '/var/spool/mail';
export const mailboxPath = (user: string) => `${MAIL_DIR}/${user}`;

export interface MailMessage {
	/** The `From sender date` line. */
	envelope: string;
	headers: string[];
	body: string;
}

export const renderMessage = (m: MailMessage) => `${m.envelope}\n${m.headers.map(h => `${h}\n`).join('')}\n${m.body}\n`;

/** Deliver a message to a local user's mailbox on the node. */
export function deliverMail(state: ClusterState, node: string, mail: {from: string; to: string; subject: string; body: string}): void {
	const body = mail.body.endsWith('\n') ? mail.body : `${mail.body}\n`;
	const message: MailMessage = {
		envelope: `From ${mail.from} ${envelopeTime(state.clock)}`,
		headers: [`Date: ${mailDate(state.clock)}`, `From: ${mail.from}`, `To: ${mail.to}`, `Subject: ${mail.subject}`],
		body,
	};
	appendFile(state.nodes[node]!, mailboxPath(mail.to), renderMessage(message));
}

/** The messages of a mailbox file. */
export function parseMailbox(text: string): MailMessage[] {
	const messages: MailMessage[] = [];
	const lines = text.split('\n');
	if (lines.at(-1) === '') lines.pop();
	let current: {envelope: string; lines: string[]} | undefined;
	const finish = () => {
		if (!current) return;
		const blank = current.lines.indexOf('');
		const headers = blank < 0 ? current.lines : current.lines.slice(0, blank);
		const body = blank < 0 ? [] : current.lines.slice(blank + 1);
		// The blank line that separates this message from the next belongs to neither.
		if (body.at(-1) === '') body.pop();
		messages.push({envelope: current.envelope, headers, body: body.map(line => `${line}\n`).join('')});
	};
	lines.forEach((line, i) => {
		if (line.startsWith('From ') && (i === 0 || lines[i - 1] === '')) {
			finish();
			current = {envelope: line, lines: []};
		} else current?.lines.push(line);
	});
	finish();
	return messages;
}

export const header = (m: MailMessage, name: string) =>
	m.headers.find(h => h.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.replace(/^[^:]*:\s*/, '') ?? '';

/** The sender and date of the envelope line (`From sender date`). */
export function envelopeOf(m: MailMessage): {sender: string; date: string} {
	const [, sender = '', ...date] = m.envelope.split(' ');
	return {sender, date: date.join(' ')};
}

/** What the reader has seen of a message: N new, U seen in a listing but unread, R read. */
export type Seen = 'N' | 'U' | 'R';

/** What a message's Status header says was seen. */
export function seenOf(m: MailMessage): Seen {
	const status = header(m, 'Status');
	return status.includes('R') ? 'R' : status.includes('O') ? 'U' : 'N';
}

/** The message with the Status header mail writes back on leaving: RO read, O listed (so no longer new). */
export function withSeen(m: MailMessage, seen: Seen): MailMessage {
	return {...m, headers: [...m.headers.filter(h => !/^status:/i.test(h)), `Status: ${seen === 'R' ? 'RO' : 'O'}`]};
}

/** The size of a user's mailbox on a node: what the shell compares to say new mail came. */
export const mailboxSize = (state: DeepReadonly<ClusterState>, node: string, user: string) =>
	state.nodes[node]?.files[mailboxPath(user)]?.length ?? 0;

/** What ksh prints before a prompt once root's mailbox has grown: MAILMSG, as AIX's /etc/profile sets it (also at login). */
export const NEW_MAIL = '[YOU HAVE NEW MAIL]';

/** Whether root's mailbox on the node grew between two states (ksh compares it before each prompt). */
export const mailArrived = (before: DeepReadonly<ClusterState>, after: DeepReadonly<ClusterState>, node: string) =>
	mailboxSize(after, node, 'root') > mailboxSize(before, node, 'root');
