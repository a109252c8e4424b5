/**
 * Verification and synchronization: clverify checks the local node's
 * configuration; cldare -r -t verifies and synchronizes it (copying the DCD,
 * or a dynamic reconfiguration while cluster services run); cldare -M is
 * the DARE resource migration utility.
 */
import {UsageError} from '../cluster/errors.js';
import {getopt, type ParsedOptions} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {activeNodes} from '../cluster/config.js';
import {synchronizeCluster} from '../cluster/sync/synchronize.js';
import {verifyCluster, type CorrectiveMode, type VerifyOptions} from '../cluster/verify/verify.js';
import {migrateResourceGroups, parseMigration} from '../cluster/rg/migrate.js';
import {UTILITIES} from './cluster-state.js';

const MODES: readonly CorrectiveMode[] = ['no', 'yes', 'interactive'];

/** -C (corrective actions), -V (logging), -c (changes only), with the answers for interactive mode from standard input. */
function verifyOptions(ctx: CommandContext, {opts}: ParsedOptions): VerifyOptions {
	const correct = (typeof opts.C === 'string' ? opts.C.toLowerCase() : 'no') as CorrectiveMode;
	if (!MODES.includes(correct)) throw new UsageError(`${ctx.name}: -C takes no, yes or interactive.`);
	if (opts.V !== undefined && opts.V !== 'normal' && opts.V !== 'verbose') throw new UsageError(`${ctx.name}: -V takes normal or verbose.`);
	return {correct, verbose: opts.V === 'verbose', changesOnly: Boolean(opts.c), answers: ctx.stdin.split('\n').filter(Boolean), keep: change => ctx.keepOnFailure(change)};
}

function makeClverify(dir: string): Command {
	return {
		name: 'clverify',
		dir,
		usage: 'Usage: clverify [-c] [-C no|yes|interactive] [-V normal|verbose]',
		run(ctx) {
			const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'cC:V:', operands: 0});
			const {errors} = verifyCluster(ctx.state, ctx.node, verifyOptions(ctx, parsed), line => ctx.print(line));
			return errors > 0 ? 1 : 0;
		},
	};
}

const cldare: Command = {
	name: 'cldare',
	dir: UTILITIES,
	usage: [
		'Usage: cldare -r -t [-v | -x] [-f] [-c] [-C no|yes|interactive] [-V normal|verbose]',
		'       cldare [-v] -M group:location[:sticky] ...',
		'       (location is a node name, default or stop)',
	].join('\n'),
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'rtxvfcC:V:M:'});
		const {opts} = parsed;
		const print = (line: string) => ctx.print(line);
		if (opts.M !== undefined) {
			const other = [...'rtxfcCV'].filter(f => opts[f] !== undefined);
			if (other.length > 0) throw new UsageError(`${ctx.name}: -M (resource migration) cannot be used with ${other.map(f => `-${f}`).join(' ')}; only -v goes with it.`);
			const specs = [...parsed.all.filter(o => o.flag === 'M').map(o => String(o.value)), ...parsed.args];
			migrateResourceGroups(ctx.state, ctx.node, specs.map(parseMigration), {verify: !opts.v}, print);
			// clfindres asks the cluster manager, so it shows the result only in a running cluster.
			return activeNodes(ctx.state).length > 0 ? ctx.exec([`${UTILITIES}/clfindres`]) : 0;
		}
		if (parsed.args.length > 0) throw new UsageError(`${ctx.name}: unexpected argument ${parsed.args[0]}.`);
		if (!opts.r && !opts.t) throw new UsageError(`${ctx.name}: give -r and -t to synchronize the cluster resources and topology, or -M to migrate resource groups.`);
		if (opts.x && opts.v) throw new UsageError(`${ctx.name}: -x (verify only) and -v (no verification) cannot be used together.`);
		synchronizeCluster(ctx.state, ctx.node, {...verifyOptions(ctx, parsed), verify: !opts.v, synchronize: !opts.x, force: Boolean(opts.f)}, print);
	},
};

export const verifySyncCommands: Command[] = [makeClverify(UTILITIES), makeClverify('/usr/es/sbin/cluster/diag'), cldare];
