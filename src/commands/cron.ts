/** crontab: install, list or remove root's crontab on the local node; cron runs the jobs on the simulated clock. */
import {refuse, UsageError} from '../cluster/errors.js';
import {readFile} from '../cluster/files.js';
import {installCrontab, removeCrontab} from '../cluster/cron/cron.js';
import {CRONTAB_DIR, crontabPath} from '../cluster/cron/crontab.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';

/** hasmit's shell runs as root. */
const USER = 'root';

const noCrontab = `crontab: 0481-103 Cannot open a file in the ${CRONTAB_DIR} directory.\nA file or directory in the path name does not exist.`;

/**
 * crontab -e without vi: the current crontab is shown and the new one typed on the terminal (SMIT's COMMAND STATUS or
 * the shell), a line per answer, an empty line ending it. Scripts have no terminal: they give crontab a file.
 */
function edited(ctx: CommandContext, current: string): string {
	const lines: string[] = [];
	ctx.write(current);
	for (;;) {
		const answer = ctx.ask(lines.length === 0 ? 'Type the new crontab, a line at a time; an empty line ends it:' : `line ${lines.length + 1}:`);
		if (answer === undefined) refuse('crontab: -e needs a terminal to edit on: give the new crontab as a file (crontab File).');
		if (answer === '') return lines.map(line => `${line}\n`).join('');
		lines.push(answer);
	}
}

const crontab = defineCommand({
	name: 'crontab',
	dirs: ['/usr/bin'],
	summary: `Submits, lists or removes the user's cron jobs (${CRONTAB_DIR}/root): crontab File installs it, standard input when no File.`,
	synopsis: '[-e | -l | -r | File]',
	flags: {
		l: {help: 'lists the crontab file'},
		r: {help: 'removes the crontab file'},
		e: {help: 'edits the crontab on the terminal: the current one is shown, then the new one is typed a line at a time (an empty line ends)'},
		v: {help: 'shows the crontab file name and when it was submitted', notSimulated: true},
	},
	operands: {count: [0, 1], list: [{name: 'File', help: 'a file on this node holding the jobs, one a line: minute hour day month weekday command'}]},
	run(ctx, {opts, args}) {
		if ([opts.e, opts.l, opts.r, args.length > 0].filter(Boolean).length > 1) throw new UsageError(`${ctx.name}: give one of -e, -l, -r or File.`);
		const path = crontabPath(USER);
		if (opts.e) {
			installCrontab(ctx.state, ctx.node, USER, edited(ctx, readFile(ctx.state, ctx.node, path) ?? ''));
			return;
		}
		if (opts.l) {
			ctx.write(readFile(ctx.state, ctx.node, path) ?? refuse(noCrontab));
			return;
		}
		if (opts.r) {
			if (readFile(ctx.state, ctx.node, path) === undefined) refuse(noCrontab);
			removeCrontab(ctx.state, ctx.node, USER);
			return;
		}
		const text = args[0] === undefined ? ctx.stdin : readFile(ctx.state, ctx.node, args[0]);
		if (text === undefined) refuse(`crontab: 0481-105 Cannot open file ${args[0]}.`);
		installCrontab(ctx.state, ctx.node, USER, text);
	},
});

export const cronCommands = [...crontab];
