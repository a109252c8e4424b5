/**
 * Software maintenance on a node: lslpp -l (installed filesets and their
 * state), halevel (the HACMP level), installp (apply, commit, reject, list
 * the updates in an image directory).
 */
import {CommandError, UsageError} from '../command/errors.js';
import {getopt} from '../command/getopt.js';
import type {Command} from '../command/registry.js';
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
		const node = ctx.state.nodes[ctx.node]!;
		if (opts.s) {
			const applied = Object.keys(node.applied ?? {}).sort();
			if (applied.length === 0) ctx.print('installp:  There are no applied (uncommitted) updates on this system.');
			for (const f of applied) ctx.print(`  ${f.padEnd(28)}${node.filesets[f]}`);
			return;
		}
		if (opts.l) {
			const images = typeof opts.d === 'string' ? INSTALL_IMAGES[opts.d.replace(/\/$/, '')] : undefined;
			if (!images) throw new CommandError(`installp:  Device ${String(opts.d ?? '')} could not be accessed.`);
			ctx.print(`  ${'Fileset Name'.padEnd(28)}${'Level'.padEnd(26)}I/U Q Content`);
			ctx.print(`  ${'='.repeat(68)}`);
			for (const [f, level] of Object.entries(images)) ctx.print(`  ${f.padEnd(28)}${level.padEnd(27)}S  N usr${f.startsWith('cluster.es.server') ? ',root' : ''}\n  #   ${FILESET_DESCRIPTIONS[f] ?? ''}\n`);
			return;
		}
		if (args.length === 0) throw new UsageError('installp: Specify the filesets to process, or all.');
		if (opts.a) {
			if (typeof opts.d !== 'string') throw new UsageError('installp: -a needs the installation device or directory (-d).');
			const result = applyUpdates(ctx.state, ctx.node, opts.d, args);
			for (const l of banner('Pre-installation Verification...')) ctx.print(l);
			ctx.print('Verifying selections...done\nVerifying requisites...done\nResults...\n');
			if (result.current.length > 0) ctx.print(`WARNINGS\n--------\n  Already installed at this level or higher, not processed:\n${result.current.map(f => `    ${f} ${node.filesets[f]}`).join('\n')}\n`);
			if (result.applied.length === 0) throw new CommandError('installp:  There was nothing to install.');
			ctx.print('SUCCESSES\n---------\n  Filesets listed in this section passed pre-installation verification\n  and will be installed.\n\n  Selected Filesets\n  -----------------');
			for (const {fileset, level} of result.applied) ctx.print(`  ${`${fileset} ${level}`.padEnd(40)}# ${FILESET_DESCRIPTIONS[fileset] ?? ''}`);
			ctx.print('\n  << End of Success Section >>\n');
			for (const l of banner('Installing Software...')) ctx.print(l);
			ctx.print(`\ninstallp:  APPLYING software for:\n${result.applied.map(a => `        ${a.fileset} ${a.level}`).join('\n')}\n`);
			let rows = result.applied;
			if (opts.c) rows = finishUpdates(ctx.state, ctx.node, rows.map(r => r.fileset), 'commit');
			for (const l of banner('Summaries:')) ctx.print(l);
			for (const l of summary(rows, 'APPLY')) ctx.print(l);
			if (opts.c) for (const l of summary(rows, 'COMMIT').slice(4)) ctx.print(l);
			return;
		}
		if (opts.c || opts.r) {
			const action = opts.c ? 'commit' : 'reject';
			const done = finishUpdates(ctx.state, ctx.node, args, action);
			for (const l of banner(opts.c ? 'Committing Software...' : 'Rejecting Software...')) ctx.print(l);
			ctx.print(`\ninstallp:  ${opts.c ? 'COMMITTING' : 'REJECTING'} software for:\n${done.map(d => `        ${d.fileset}`).join('\n')}\n`);
			for (const l of summary(done, opts.c ? 'COMMIT' : 'REJECT')) ctx.print(l);
			return;
		}
		throw new UsageError('installp: Specify -a, -c, -r, -l or -s.');
	},
};

export const softwareCommands: Command[] = [lslpp, halevel, installp];
