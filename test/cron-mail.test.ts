/** cron mails a job's output (and a failing job's) to the crontab's owner; mail reads it; the shells say new mail came. */
import {describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {afterEach} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {runLine} from '../src/command/shell.js';
import {KEY} from './helpers/keys.js';
import {renderApp} from './helpers/ui.js';
import {memoryRunner} from './helpers/runner.js';
import {hasmit, sandbox} from './helpers/cli.js';

afterEach(() => cleanup());

const BANNER = 'Mail [5.2 UCB] [AIX 5.X]  Type ? for help.\n';

/** A cluster whose root crontab on node1 ran a job printing `ran` at 13:30 and a failing one at 13:31. */
function mailed() {
	const cluster = testCluster();
	cluster.ok("echo '30 13 * * * echo ran\n31 13 * * * no_such_job' | crontab");
	cluster.ok('sleep 5460');
	return cluster;
}

const cronMessage = (minute: string, command: string, status: number, output: string) =>
	`From daemon Sat Nov 21 13:${minute}:00 2026\n` +
	`Date: Sat, 21 Nov 2026 13:${minute}:00 UTC\nFrom: daemon\nTo: root\n` +
	`Subject: Output from cron job ${command}, root@node1, exit status ${status}\n\n` +
	'Cron Environment:\n SHELL = /usr/bin/sh\n PATH=/usr/bin:/etc:/usr/sbin:/usr/ucb:/usr/bin/X11:/sbin\n' +
	' CRONDIR=/var/spool/cron/crontabs\n ATDIR=/var/spool/cron/atjobs\n LOGNAME=root\n HOME=/\n\n' +
	`Your "cron" job executed on node1 on Sat Nov 21 13:${minute}:00 UTC 2026\n${command}\n\n` +
	`produced the following output:\n\n${output}\n\n` +
	'*************************************************\n' +
	'Cron: The previous message is the standard output\n      and standard error of one of your cron commands.\n';

describe('cron mail', () => {
	it("a job's output and a failing job's are mailed to root's mailbox on the job's node; a silent job is not", () => {
		const cluster = mailed();
		expect(cluster.file('node1', '/var/spool/mail/root')).toBe(
			`${cronMessage('30', 'echo ran', 0, 'ran')}\n${cronMessage('31', 'no_such_job', 127, 'ksh: no_such_job:  not found.')}\n`,
		);
		expect(cluster.file('node2', '/var/spool/mail/root')).toBe('');
		const quiet = testCluster();
		quiet.ok("echo '30 13 * * * echo x > /tmp/x' | crontab");
		quiet.ok('sleep 5460');
		expect(quiet.file('node1', '/var/spool/mail/root')).toBe('');
	});

	it('mail lists the mailbox, prints a message by number, q saves what was read in /mbox and holds the rest', () => {
		const cluster = mailed();
		const list =
			`${BANNER}"/var/spool/mail/root": 2 messages 2 new\n` +
			'>N  1 daemon                Sat Nov 21 13:30  25/615   "Output from cron job echo"\n' +
			' N  2 daemon                Sat Nov 21 13:31  25/649   "Output from cron job no_s"\n';
		const asked = runLine(cluster.session, 'mail', 'f9-shell', []);
		expect(asked.stdout).toBe(list);
		expect(asked.question).toBe('?');
		const read = runLine(cluster.session, 'mail', 'f9-shell', ['1', 'q']);
		expect(read.stdout).toBe(
			`${list}Message 1:\n${cronMessage('30', 'echo ran', 0, 'ran')}Saved 1 message in /mbox\nHeld 1 message in /var/spool/mail/root\n`,
		);
		expect(read.code).toBe(0);
		// The one held was seen in the list: now unread (U), not new.
		expect(cluster.ok("echo 'x' | mail")).toBe(
			`${BANNER}"/var/spool/mail/root": 1 message 1 unread\n` +
				'>U  1 daemon                Sat Nov 21 13:31  26/659   "Output from cron job no_s"\n',
		);
		const saved = '>   1 daemon                Sat Nov 21 13:30  26/626   "Output from cron job echo"\n';
		expect(cluster.ok("echo 'h\nq' | mail -f")).toBe(`${BANNER}"/mbox": 1 message\n${saved}${saved}`);
	});

	it('Enter reads the next message, d deletes, x leaves the mailbox unchanged, bad commands are answered', () => {
		const cluster = mailed();
		const box = cluster.file('node1', '/var/spool/mail/root');
		const out = cluster.ok("echo '\n\n\n7\nfoo\nx' | mail");
		expect(out).toContain('Message 1:\nFrom daemon Sat Nov 21 13:30:00 2026\n');
		expect(out).toContain('Message 2:\nFrom daemon Sat Nov 21 13:31:00 2026\n');
		expect(out).toContain('your cron commands.\nAt EOF\n7: Invalid message number\nUnknown command: "foo"\n');
		expect(cluster.file('node1', '/var/spool/mail/root')).toBe(box);
		// d without a number deletes the current message; once none is left it says so, as p does.
		expect(cluster.ok("echo 'd\nd\nd\np\nx' | mail")).toMatch(/"\n(No applicable messages\n){2}$/);
		expect(cluster.file('node1', '/var/spool/mail/root')).toBe(box);
		cluster.ok("echo 'd 1\nd 2\nq' | mail");
		expect(cluster.file('node1', '/var/spool/mail/root')).toBe('');
		expect(cluster.file('node1', '/mbox')).toBe('');
		const fresh = mailed();
		const box2 = fresh.file('node1', '/var/spool/mail/root');
		// No commands at all (end of file at once): q, and nothing was read, so everything stays, seen.
		expect(fresh.ok('mail')).toMatch(/"Output from cron job no_s"\nHeld 2 messages in \/var\/spool\/mail\/root\n$/);
		expect(fresh.file('node1', '/var/spool/mail/root').length).toBe(box2.length + 2 * 'Status: O\n'.length);
		const empty = cluster.run('mail');
		expect([empty.stderr, empty.code]).toEqual(['No mail for root\n', 1]);
	});

	it('mail -s sends standard input to a user on this node or user@node', () => {
		const cluster = testCluster();
		cluster.ok("echo 'disk hdisk2 failed' | mail -s 'Disk Error' root@node2");
		expect(cluster.file('node2', '/var/spool/mail/root')).toBe(
			'From root Sat Nov 21 12:00:00 2026\nDate: Sat, 21 Nov 2026 12:00:00 UTC\nFrom: root\nTo: root\nSubject: Disk Error\n\n' +
				'disk hdisk2 failed\n\n',
		);
		cluster.refused('echo x | mail root@nowhere', 'mail: root@nowhere: host nowhere is not a node of this cluster.\n');
	});

	it('mail to a node that is powered off is refused, and nothing reaches its mailbox', () => {
		const cluster = testCluster();
		cluster.ok('hasmit_fault node off node2');
		cluster.refused('echo x | mail root@node2', 'mail: root@node2: Connection timed out with node2: the message was not delivered.\n');
		expect(cluster.file('node2', '/var/spool/mail/root')).toBe('');
		cluster.ok('echo x | mail root@node1');
		expect(cluster.file('node1', '/var/spool/mail/root')).toContain('\nx\n');
	});

	it("the Redbook's notify method mails the entry: errpt -a -l $1 | mail -s 'Disk Error' root", () => {
		const cluster = testCluster();
		cluster.ok(`/usr/es/sbin/cluster/utilities/clerrnotify -a -n disk_mail -C O -m "errpt -a -l \\$1 | mail -s 'Disk Error' root"`);
		cluster.ok("errlogger 'check the disks'");
		const box = cluster.file('node1', '/var/spool/mail/root');
		expect(box).toMatch(/^From root Sat Nov 21 12:00:00 2026\n[\s\S]*\nSubject: Disk Error\n\n-{75}\nLABEL:\t\tOPMSG\n/);
		expect(box).toContain('Sequence Number: 1\n');
		expect(box).toContain('MESSAGE FROM ERRLOGGER COMMAND\ncheck the disks\n');
	});

	it('the F9 shell says [YOU HAVE NEW MAIL] after the line during which a cron job mailed root', async () => {
		const runner = memoryRunner();
		runner.run("echo '30 13 * * * echo ran' | crontab");
		const app = renderApp({runner});
		await app.settle('Demo Tasks');
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`sleep 60${KEY.ENTER}`, /node1:\/# sleep 60\nnode1:\/#/);
		expect(app.frame()).not.toContain('[YOU HAVE NEW MAIL]');
		await app.press(`sleep 5400${KEY.ENTER}`, /node1:\/# sleep 5400\n\[YOU HAVE NEW MAIL\]\nnode1:\/#/);
		await app.press(`date${KEY.ENTER}`, /node1:\/# date\nSat Nov 21 13:31:00 UTC 2026\nnode1:\/#/);
		expect(app.frame().match(/YOU HAVE NEW MAIL/g)).toHaveLength(1);
	});

	it('hasmit shell: the notice after the line that brought mail, and at login while the mailbox is not empty', () => {
		const {env} = sandbox();
		expect(hasmit(['exec', "echo '* * * * * echo ran' | crontab"], {env}).code).toBe(0);
		const first = hasmit(['shell'], {env, input: 'sleep 120\n'});
		expect(first.stdout).not.toMatch(/^You have mail/);
		expect(first.stdout).toContain('[YOU HAVE NEW MAIL]\n');
		expect(hasmit(['shell'], {env, input: 'exit\n'}).stdout).toMatch(/^You have mail\.\n\[YOU HAVE NEW MAIL\]\n/);
	});
});
