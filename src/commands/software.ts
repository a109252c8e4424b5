/**
 * Software maintenance on a node: lslpp -l (installed filesets and their
 * state), halevel (the HACMP level), installp (apply, commit, reject, list
 * the updates in an image directory).
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {applyUpdates, FILESET_DESCRIPTIONS, finishUpdates, imagesOn, matchFilesets} from '../cluster/software.js';
import {
	actionNeeded,
	actionsTogether,
	deviceNeeded,
	filesetNotInstalled,
	filesetsNeeded,
	hacmpNotInstalled,
	listingFlagNeeded,
	nothingToInstall,
} from '../cluster/software-messages.js';
import {profileOf, SINCE_5} from '../cluster/release/index.js';
import {printHistory, recordHistory} from './aix-software-history.js';

const RULE = `  ${'-'.repeat(76)}`;
const line = (name: string, level: string, state: string) =>
	`  ${name.padEnd(26)}${level.padStart(9)}  ${state.padEnd(11)}${FILESET_DESCRIPTIONS[name] ?? ''}`;

const lslpp = defineCommand({
	name: 'lslpp',
	dirs: ['/usr/bin'],
	summary: 'Lists the software installed on this node: filesets, their levels and states.',
	synopsis: '{-d|-f|-h|-i|-l|-L|-p} [-a] [-c] [-J] [-q] [-I] [-O{[r][s][u]}] [FilesetName ... | FixID ... | all]',
	readOnly: true,
	flags: {
		d: {help: 'lists the filesets that depend on the given software', notSimulated: true},
		f: {help: 'lists the files the fileset installed', notSimulated: true},
		h: {help: 'shows the installation and update history of the fileset'},
		i: {help: 'shows the product information of the fileset', notSimulated: true},
		l: {help: "lists each fileset's name, most recent level, state and description"},
		L: {help: "lists each fileset's name, level, state and description, its usr and root parts together"},
		p: {help: 'lists the requisites of the fileset', notSimulated: true},
		a: {help: 'with the other flags, shows all the information (the listing is the same here)'},
		c: {help: 'colon-separated output'},
		J: {help: 'output in the form SMIT lists use', notSimulated: true},
		q: {help: 'does not print the column headings'},
		I: {help: 'limits the listing to software products, without their updates', notSimulated: true},
		O: {arg: '{[r][s][u]}', help: 'limits the listing to the root (r), share (s) or usr (u) part', notSimulated: true},
	},
	operands: {list: [{name: 'FilesetName ... | FixID ... | all', help: 'the filesets to list, * matching any characters; all when none is named'}]},
	run(ctx, {opts, args}) {
		if (!opts.l && !opts.L && !opts.h) throw new UsageError(listingFlagNeeded());
		const node = ctx.state.nodes[ctx.node]!;
		const installed = Object.keys(node.filesets).sort();
		const patterns = args.length > 0 ? args : ['all'];
		const chosen = matchFilesets(installed, patterns);
		const missing = patterns.filter(p => p !== 'all' && matchFilesets(installed, [p]).length === 0);
		for (const pattern of missing) ctx.error(filesetNotInstalled(pattern));
		if (chosen.length === 0) return 1;
		if (opts.h) {
			printHistory(ctx, chosen);
			return missing.length > 0 ? 1 : 0;
		}
		const state = (f: string) => (node.applied?.[f] !== undefined ? 'APPLIED' : 'COMMITTED');
		if (opts.c) {
			for (const f of chosen) ctx.print(`/usr/lib/objrepos:${f}:${node.filesets[f]}: : :C:F:${FILESET_DESCRIPTIONS[f] ?? ''}`);
			return missing.length > 0 ? 1 : 0;
		}
		if (!opts.q) {
			ctx.print(`  ${'Fileset'.padEnd(29)}Level  State      Description`);
			ctx.print(RULE);
		}
		ctx.print('Path: /usr/lib/objrepos');
		for (const f of chosen) ctx.print(line(f, node.filesets[f]!, state(f)));
		const root = chosen.filter(f => f === 'bos.rte' || f === 'cluster.es.server.rte');
		if (root.length > 0) {
			ctx.print('');
			ctx.print('Path: /etc/objrepos');
			for (const f of root) ctx.print(line(f, node.filesets[f]!, state(f)));
		}
		return missing.length > 0 ? 1 : 0;
	},
});

const halevel = defineCommand({
	name: 'halevel',
	releases: SINCE_5,
	dirs: ['/usr/es/sbin/cluster/utilities'],
	summary: 'Prints the HACMP level installed on this node.',
	synopsis: '[-h] [-s]',
	readOnly: true,
	flags: {
		h: {help: 'shows the usage'},
		s: {help: 'adds the service pack (SP) level'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (opts.h) throw new UsageError('');
		const level = ctx.state.nodes[ctx.node]!.filesets[profileOf(ctx.state).serverFileset] ?? refuse(hacmpNotInstalled());
		const [v, r, m, fix] = level.split('.');
		ctx.print(`${v}.${r}.${m}${opts.s && Number(fix) > 0 ? ` SP${Number(fix)}` : ''}`);
	},
});

const BANNER_RULE = `+${'-'.repeat(77)}+`;
const banner = (title: string) => [BANNER_RULE, title.padStart(Math.floor((79 + title.length) / 2)), BANNER_RULE];

function summary(rows: Array<{fileset: string; level: string}>, event: string): string[] {
	return [
		'Installation Summary',
		'--------------------',
		`${'Name'.padEnd(28)}${'Level'.padEnd(16)}${'Part'.padEnd(12)}${'Event'.padEnd(12)}Result`,
		'-'.repeat(79),
		...rows.flatMap(({fileset, level}) =>
			(fileset.startsWith('cluster.es.server') || fileset === 'bos.rte' ? ['USR', 'ROOT'] : ['USR']).map(
				part => `${fileset.padEnd(28)}${level.padEnd(16)}${part.padEnd(12)}${event.padEnd(12)}SUCCESS`,
			),
		),
	];
}

type Rows = Array<{fileset: string; level: string}>;
const printAll = (ctx: CommandContext, lines: readonly string[]) => {
	for (const l of lines) ctx.print(l);
};

/** installp -l: what an image directory holds. */
function listMedia(ctx: CommandContext, device: string): void {
	const images = imagesOn(ctx.state, device);
	ctx.print(`  ${'Fileset Name'.padEnd(28)}${'Level'.padEnd(26)}I/U Q Content`);
	ctx.print(`  ${'='.repeat(68)}`);
	for (const [f, level] of Object.entries(images))
		ctx.print(`  ${f.padEnd(28)}${level.padEnd(27)}S  N usr${f.includes('.server.') ? ',root' : ''}\n  #   ${FILESET_DESCRIPTIONS[f] ?? ''}\n`);
}

/** installp -a [-c]: apply the updates on the device, committing them at once with -c. */
function apply(ctx: CommandContext, device: string, patterns: readonly string[], commit: boolean): void {
	const node = ctx.state.nodes[ctx.node]!;
	const result = applyUpdates(ctx.state, ctx.node, device, patterns);
	printAll(ctx, banner('Pre-installation Verification...'));
	ctx.print('Verifying selections...done\nVerifying requisites...done\nResults...\n');
	if (result.current.length > 0)
		ctx.print(
			`WARNINGS\n--------\n  Already installed at this level or higher, not ` +
				`processed:\n${result.current.map(f => `    ${f} ${node.filesets[f]}`).join('\n')}\n`,
		);
	if (result.applied.length === 0) refuse(nothingToInstall());
	ctx.print(
		'SUCCESSES\n---------\n  Filesets listed in this section passed pre-installation verification\n  and will be installed.\n\n  Selected ' +
			'Filesets\n  -----------------',
	);
	for (const {fileset, level} of result.applied) ctx.print(`  ${`${fileset} ${level}`.padEnd(40)}# ${FILESET_DESCRIPTIONS[fileset] ?? ''}`);
	ctx.print('\n  << End of Success Section >>\n');
	printAll(ctx, banner('Installing Software...'));
	ctx.print(`\ninstallp:  APPLYING software for:\n${result.applied.map(a => `        ${a.fileset} ${a.level}`).join('\n')}\n`);
	recordHistory(ctx.state, ctx.node, result.applied, 'apply');
	const rows: Rows = commit
		? finishUpdates(
				ctx.state,
				ctx.node,
				result.applied.map(r => r.fileset),
				'commit',
			)
		: result.applied;
	if (commit) recordHistory(ctx.state, ctx.node, rows, 'commit');
	printAll(ctx, banner('Summaries:'));
	printAll(ctx, summary(rows, 'APPLY'));
	if (commit) printAll(ctx, summary(rows, 'COMMIT').slice(4));
}

/** installp -c or -r: commit or reject applied updates. */
function finish(ctx: CommandContext, patterns: readonly string[], action: 'commit' | 'reject'): void {
	// The history names the level committed or rejected: a reject goes back to the level before it.
	const levels = {...ctx.state.nodes[ctx.node]!.filesets};
	const done = finishUpdates(ctx.state, ctx.node, patterns, action);
	recordHistory(
		ctx.state,
		ctx.node,
		done.map(({fileset}) => ({fileset, level: levels[fileset]!})),
		action,
	);
	printAll(ctx, banner(action === 'commit' ? 'Committing Software...' : 'Rejecting Software...'));
	ctx.print(`\ninstallp:  ${action === 'commit' ? 'COMMITTING' : 'REJECTING'} software for:\n${done.map(d => `        ${d.fileset}`).join('\n')}\n`);
	printAll(ctx, summary(done, action === 'commit' ? 'COMMIT' : 'REJECT'));
}

const installp = defineCommand({
	name: 'installp',
	dirs: ['/usr/sbin'],
	summary: 'Installs software updates on this node: applies, commits or rejects them, lists the media and what is applied.',
	synopsis: [
		'[-a [-c]] [-g] [-X] [-Y] -d Device {FilesetName ... | all}     (apply updates)',
		'       installp -c [-g] {FilesetName ... | all}                                  (commit)',
		'       installp -r [-g] {FilesetName ... | all}                                  (reject)',
		'       installp -l -d Device                                                     (list media)',
		'       installp -s                                                               (list applied updates)',
	].join('\n'),
	flags: {
		a: {help: 'applies the updates (with -c, commits them at once)'},
		c: {help: 'commits applied updates: the previous level can no longer be restored'},
		r: {help: 'rejects applied updates: restores the level before them'},
		l: {help: 'lists the software on the device (-d)'},
		s: {help: 'lists the applied updates not yet committed'},
		g: {help: 'takes the requisites of the chosen filesets automatically'},
		X: {help: 'expands file systems when an update needs space'},
		Y: {help: 'agrees to the software license agreements'},
		N: {help: 'does not save the replaced files (taken; the simulation keeps the level to reject to)'},
		d: {arg: 'Device', help: 'the device or directory that holds the installation images'},
	},
	operands: {list: [{name: 'FilesetName ... | all', help: 'the filesets to process, * matching any characters, or all'}]},
	run(ctx, {opts, args}) {
		// One action; -c goes with -a (apply and commit) or stands alone.
		const actions = (['a', 'c', 'r', 'l', 's'] as const).filter(f => opts[f] && !(f === 'c' && opts.a));
		if (actions.length > 1) throw new UsageError(actionsTogether(actions));
		const device = opts.d;
		if (opts.s) {
			const node = ctx.state.nodes[ctx.node]!;
			const applied = Object.keys(node.applied ?? {}).sort();
			if (applied.length === 0) ctx.print('installp:  There are no applied (uncommitted) updates on this system.');
			for (const f of applied) ctx.print(`  ${f.padEnd(28)}${node.filesets[f]}`);
			return;
		}
		if (opts.l || opts.a) {
			if (device === undefined) throw new UsageError(deviceNeeded(opts.l ? 'l' : 'a'));
			if (opts.l) return listMedia(ctx, device);
		}
		if (args.length === 0) throw new UsageError(filesetsNeeded());
		if (opts.a) return apply(ctx, device!, args, opts.c);
		if (opts.c || opts.r) return finish(ctx, args, opts.c ? 'commit' : 'reject');
		throw new UsageError(actionNeeded());
	},
});

export const softwareCommands = [...lslpp, ...halevel, ...installp];
