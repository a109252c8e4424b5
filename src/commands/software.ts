/**
 * Software maintenance on a node: lslpp -l (installed filesets and their
 * state), halevel (the HACMP level), installp (apply, commit, reject, list
 * the updates in an image directory).
 */
import {CommandError, UsageError} from '../cluster/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {applyUpdates, FILESET_DESCRIPTIONS, finishUpdates, INSTALL_IMAGES, matchFilesets} from '../cluster/software.js';

const RULE = `  ${'-'.repeat(76)}`;
const line = (name: string, level: string, state: string) => `  ${name.padEnd(26)}${level.padStart(9)}  ${state.padEnd(11)}${FILESET_DESCRIPTIONS[name] ?? ''}`;

const lslpp: Command = {
	name: 'lslpp',
	dir: '/usr/bin',
	usage: 'Usage: lslpp {-d|-f|-h|-i|-l|-L|-p} [-a] [-c] [-J] [-q] [-I] [-O{[r][s][u]}] [FilesetName ... | FixID ... | all]',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'lLcqa'});
		if (!opts.l && !opts.L) throw new UsageError('lslpp: Specify one of the flags -d, -f, -h, -i, -l, -L or -p.');
		const node = ctx.state.nodes[ctx.node]!;
		const installed = Object.keys(node.filesets).sort();
		const patterns = args.length > 0 ? args : ['all'];
		const chosen = matchFilesets(installed, patterns);
		const missing = patterns.filter(p => p !== 'all' && matchFilesets(installed, [p]).length === 0);
		for (const pattern of missing) ctx.error(`lslpp: 0504-132  Fileset ${pattern} not installed.`);
		if (chosen.length === 0) return 1;
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
};

const halevel: Command = {
	name: 'halevel',
	dir: '/usr/es/sbin/cluster/utilities',
	usage: 'Usage: halevel [-h] [-s]',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'hs'});
		if (opts.h || args.length > 0) throw new UsageError('');
		const level = ctx.state.nodes[ctx.node]!.filesets['cluster.es.server.rte'];
		if (!level) throw new CommandError('halevel: HACMP is not installed on this node.');
		const [v, r, m, fix] = level.split('.');
		ctx.print(`${v}.${r}.${m}${opts.s && Number(fix) > 0 ? ` SP${Number(fix)}` : ''}`);
	},
};

const banner = (title: string) => ['+' + '-'.repeat(77) + '+', title.padStart(Math.floor((79 + title.length) / 2)), '+' + '-'.repeat(77) + '+'];

function summary(rows: Array<{fileset: string; level: string}>, event: string): string[] {
	return [
		'Installation Summary',
		'--------------------',
		`${'Name'.padEnd(28)}${'Level'.padEnd(16)}${'Part'.padEnd(12)}${'Event'.padEnd(12)}Result`,
		'-'.repeat(79),
		...rows.flatMap(({fileset, level}) => (fileset.startsWith('cluster.es.server') || fileset === 'bos.rte' ? ['USR', 'ROOT'] : ['USR']).map(part => `${fileset.padEnd(28)}${level.padEnd(16)}${part.padEnd(12)}${event.padEnd(12)}SUCCESS`)),
	];
}

type Rows = Array<{fileset: string; level: string}>;
const printAll = (ctx: CommandContext, lines: readonly string[]) => lines.forEach(l => ctx.print(l));

/** installp -l: what an image directory holds. */
function listMedia(ctx: CommandContext, device: string): void {
	const images = INSTALL_IMAGES[device.replace(/\/$/, '')];
	if (!images) throw new CommandError(`installp:  Device ${device} could not be accessed.`);
	ctx.print(`  ${'Fileset Name'.padEnd(28)}${'Level'.padEnd(26)}I/U Q Content`);
	ctx.print(`  ${'='.repeat(68)}`);
	for (const [f, level] of Object.entries(images)) ctx.print(`  ${f.padEnd(28)}${level.padEnd(27)}S  N usr${f.startsWith('cluster.es.server') ? ',root' : ''}\n  #   ${FILESET_DESCRIPTIONS[f] ?? ''}\n`);
}

/** installp -a [-c]: apply the updates on the device, committing them at once with -c. */
function apply(ctx: CommandContext, device: string, patterns: readonly string[], commit: boolean): void {
	const node = ctx.state.nodes[ctx.node]!;
	const result = applyUpdates(ctx.state, ctx.node, device, patterns);
	printAll(ctx, banner('Pre-installation Verification...'));
	ctx.print('Verifying selections...done\nVerifying requisites...done\nResults...\n');
	if (result.current.length > 0) ctx.print(`WARNINGS\n--------\n  Already installed at this level or higher, not processed:\n${result.current.map(f => `    ${f} ${node.filesets[f]}`).join('\n')}\n`);
	if (result.applied.length === 0) throw new CommandError('installp:  There was nothing to install.');
	ctx.print('SUCCESSES\n---------\n  Filesets listed in this section passed pre-installation verification\n  and will be installed.\n\n  Selected Filesets\n  -----------------');
	for (const {fileset, level} of result.applied) ctx.print(`  ${`${fileset} ${level}`.padEnd(40)}# ${FILESET_DESCRIPTIONS[fileset] ?? ''}`);
	ctx.print('\n  << End of Success Section >>\n');
	printAll(ctx, banner('Installing Software...'));
	ctx.print(`\ninstallp:  APPLYING software for:\n${result.applied.map(a => `        ${a.fileset} ${a.level}`).join('\n')}\n`);
	const rows: Rows = commit ? finishUpdates(ctx.state, ctx.node, result.applied.map(r => r.fileset), 'commit') : result.applied;
	printAll(ctx, banner('Summaries:'));
	printAll(ctx, summary(rows, 'APPLY'));
	if (commit) printAll(ctx, summary(rows, 'COMMIT').slice(4));
}

/** installp -c or -r: commit or reject applied updates. */
function finish(ctx: CommandContext, patterns: readonly string[], action: 'commit' | 'reject'): void {
	const done = finishUpdates(ctx.state, ctx.node, patterns, action);
	printAll(ctx, banner(action === 'commit' ? 'Committing Software...' : 'Rejecting Software...'));
	ctx.print(`\ninstallp:  ${action === 'commit' ? 'COMMITTING' : 'REJECTING'} software for:\n${done.map(d => `        ${d.fileset}`).join('\n')}\n`);
	printAll(ctx, summary(done, action === 'commit' ? 'COMMIT' : 'REJECT'));
}

const installp: Command = {
	name: 'installp',
	dir: '/usr/sbin',
	usage: [
		'Usage: installp [-a [-c]] [-g] [-X] [-Y] -d Device {FilesetName ... | all}     (apply updates)',
		'       installp -c [-g] {FilesetName ... | all}                                  (commit)',
		'       installp -r [-g] {FilesetName ... | all}                                  (reject)',
		'       installp -l -d Device                                                     (list media)',
		'       installp -s                                                               (list applied updates)',
	].join('\n'),
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'acrlsgXYNd:'});
		// One action; -c goes with -a (apply and commit) or stands alone.
		const actions = (['a', 'c', 'r', 'l', 's'] as const).filter(f => opts[f] && !(f === 'c' && opts.a));
		if (actions.length > 1) throw new UsageError(`installp: ${actions.map(f => `-${f}`).join(' and ')} cannot be used together.`);
		const device = typeof opts.d === 'string' ? opts.d : undefined;
		if (opts.s) {
			const node = ctx.state.nodes[ctx.node]!;
			const applied = Object.keys(node.applied ?? {}).sort();
			if (applied.length === 0) ctx.print('installp:  There are no applied (uncommitted) updates on this system.');
			for (const f of applied) ctx.print(`  ${f.padEnd(28)}${node.filesets[f]}`);
			return;
		}
		if (opts.l || opts.a) {
			if (device === undefined) throw new UsageError(`installp: -${opts.l ? 'l' : 'a'} needs the installation device or directory (-d).`);
			if (opts.l) return listMedia(ctx, device);
		}
		if (args.length === 0) throw new UsageError('installp: Specify the filesets to process, or all.');
		if (opts.a) return apply(ctx, device!, args, Boolean(opts.c));
		if (opts.c || opts.r) return finish(ctx, args, opts.c ? 'commit' : 'reject');
		throw new UsageError('installp: Specify -a, -c, -r, -l or -s.');
	},
};

export const softwareCommands: Command[] = [lslpp, halevel, installp];
