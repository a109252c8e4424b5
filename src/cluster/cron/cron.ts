/**
 * Each node's cron daemon on the simulated clock: the crontab command installs a user's crontab and tells cron,
 * which queues its next run; when it falls due, each job due that minute runs through the node's shell (never the
 * host's), /var/adm/cron/log records it, and the next run is queued. A crontab file written by other means is read
 * only when crontab installs one, as on AIX.
 */
import {dateTime} from '../clock.js';
import {refuse} from '../errors.js';
import {appendFile, readFile} from '../files.js';
import {defineEventKind} from '../events/queue.js';
import {isPoweredOff} from '../failure/model.js';
import {runShellText, type ScriptRun} from '../event-scripts/script-shell.js';
import {deliverMail} from '../mail.js';
import type {ClusterState} from '../state.js';
import {nextPid} from '../subsystems.js';
import {CRON_LOG, CRONTAB_DIR, type CronEntry, crontabPath, matches, nextRun, parseCrontab} from './crontab.js';

interface CronRun {
	node: string;
	user: string;
}

const cronRun = defineEventKind<CronRun>('cron', (state, {node, user}) => {
	const parsed = parseCrontab(readFile(state, node, crontabPath(user)) ?? '');
	if (!state.nodes[node] || 'problem' in parsed) return;
	// A node whose power is off runs no cron: the jobs due now are missed, the next ones run once it is back on.
	if (!isPoweredOff(state, node)) runDueJobs(state, node, user, parsed.entries);
	schedule(state, node, user);
});

/** Each job due this minute, through the node's shell, recorded in cron's log. */
function runDueJobs(state: ClusterState, node: string, user: string, entries: readonly CronEntry[]): void {
	const target = state.nodes[node]!;
	for (const entry of entries.filter(e => matches(e, state.clock))) {
		const pid = nextPid(state);
		appendFile(target, CRON_LOG, `${user.padEnd(8)}: CMD ( ${entry.command} ) : PID ( ${pid} ) : ${dateTime(state.clock)}\n`);
		const run = runShellText(state, node, entry.command, [user]);
		appendFile(target, CRON_LOG, `Cron Job with pid: ${pid} ${run.code === 0 ? 'Successful' : 'Failed'}\n`);
		if (run.output !== '' || run.code !== 0) mailOutput(state, node, user, entry.command, run);
	}
}

/** What cron sets in a job's environment, as its mail shows it. */
const cronEnvironment = (user: string) => [
	' SHELL = /usr/bin/sh',
	' PATH=/usr/bin:/etc:/usr/sbin:/usr/ucb:/usr/bin/X11:/sbin',
	` CRONDIR=${CRONTAB_DIR}`,
	' ATDIR=/var/spool/cron/atjobs',
	` LOGNAME=${user}`,
	' HOME=/',
];

/** A job that wrote something or failed: cron mails its standard output and standard error to the crontab's owner. */
function mailOutput(state: ClusterState, node: string, user: string, command: string, run: ScriptRun): void {
	const body = [
		'Cron Environment:',
		...cronEnvironment(user),
		'',
		`Your "cron" job executed on ${node} on ${dateTime(state.clock)}`,
		command,
		'',
		'produced the following output:',
		'',
		...run.output.replace(/\n$/, '').split('\n'),
		'',
		'*************************************************',
		'Cron: The previous message is the standard output',
		'      and standard error of one of your cron commands.',
	];
	const subject = `Output from cron job ${command}, ${user}@${node}, exit status ${run.code}`;
	deliverMail(state, node, {from: 'daemon', to: user, subject, body: body.join('\n')});
}

/** Queue the next run of the user's crontab on the node (none when it is empty or absent). */
function schedule(state: ClusterState, node: string, user: string): void {
	cronRun.cancel(state, run => run.node === node && run.user === user);
	const parsed = parseCrontab(readFile(state, node, crontabPath(user)) ?? '');
	if ('problem' in parsed) return;
	const at = nextRun(parsed.entries, state.clock);
	if (at !== undefined) cronRun.schedule(state, at, {node, user});
}

/** crontab FILE: check every line, then install it and tell cron. */
export function installCrontab(state: ClusterState, node: string, user: string, text: string): void {
	const parsed = parseCrontab(text);
	if ('problem' in parsed) refuse([parsed.problem.line, `crontab: ${parsed.problem.message}`, 'crontab: The crontab file was not changed.']);
	state.nodes[node]!.files[crontabPath(user)] = text;
	schedule(state, node, user);
}

/** crontab -r. */
export function removeCrontab(state: ClusterState, node: string, user: string): void {
	delete state.nodes[node]!.files[crontabPath(user)];
	schedule(state, node, user);
}
