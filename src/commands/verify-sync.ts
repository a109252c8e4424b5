/**
 * Verification and synchronization: clverify checks the local node's
 * configuration; cldare -r -t verifies and synchronizes it (copying the DCD,
 * or a dynamic reconfiguration while cluster services run); cldare -M is
 * HACMP 4.x's DARE resource migration utility (5.x moves groups with clRGmove).
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand, type Options} from '../command/define.js';
import type {Command, CommandContext} from '../command/registry.js';
import {activeNodes} from '../cluster/config.js';
import {flagTakes} from '../command/messages.js';
import {migrationAlone, syncOrMigrate, verifyOnlyOrNoVerify} from '../cluster/sync/messages.js';
import {synchronizeCluster} from '../cluster/sync/synchronize.js';
import {verifyCluster, type CorrectiveMode, type VerifyOptions} from '../cluster/verify/verify.js';
import {migrateResourceGroups, parseMigration} from '../cluster/rg/migrate.js';
import {UTILITIES} from './cluster-state.js';

const MODES: readonly CorrectiveMode[] = ['no', 'yes', 'interactive'];

/** The verification flags clverify and cldare share. */
const VERIFY_FLAGS = {
	c: {help: 'verifies only what changed since the last synchronization'},
	C: {arg: 'no|yes|interactive', help: 'corrective actions: never (the default), always, or asking for each (answers on standard input)'},
	V: {arg: 'normal|verbose', values: ['normal', 'verbose'], help: 'verbose names every check as it runs'},
} as const;

/** -C (corrective actions), -V (logging), -c (changes only), with the answers for interactive mode from standard input. */
function verifyOptions(ctx: CommandContext, opts: Options<typeof VERIFY_FLAGS>): VerifyOptions {
	const correct = (opts.C?.toLowerCase() ?? 'no') as CorrectiveMode;
	// -C is taken in any case (SMIT passes Yes / No / Interactively's values as typed).
	if (!MODES.includes(correct)) throw new UsageError(flagTakes(ctx.name, 'C', MODES));
	return {
		correct,
		verbose: opts.V === 'verbose',
		changesOnly: opts.c,
		answers: ctx.stdin.split('\n').filter(Boolean),
		keep: change => ctx.keepOnFailure(change),
		ask: question => ctx.ask(question),
	};
}

const clverify = defineCommand({
	name: 'clverify',
	dirs: [UTILITIES, '/usr/es/sbin/cluster/diag'],
	summary: "Verifies the local node's cluster configuration against every node, and can correct what it finds.",
	synopsis: '[-c] [-C no|yes|interactive] [-V normal|verbose]',
	flags: VERIFY_FLAGS,
	operands: {count: 0},
	run(ctx, {opts}) {
		const {errors} = verifyCluster(ctx.state, ctx.node, verifyOptions(ctx, opts), line => ctx.print(line));
		return errors > 0 ? 1 : 0;
	},
});

const cldare = defineCommand({
	name: 'cldare',
	dirs: [UTILITIES],
	summary: "Verifies and synchronizes the local node's configuration to the cluster (a DARE while it runs); on 4.x also migrates resource groups.",
	synopsis: [
		'-r -t [-v | -x] [-f] [-c] [-C no|yes|interactive] [-V normal|verbose]',
		'       cldare [-v] -M group:location[:sticky] ...   (location is a node name, default or stop)',
	].join('\n'),
	flags: {
		r: {help: 'synchronizes the cluster resources'},
		t: {help: 'synchronizes the cluster topology'},
		x: {help: 'verifies only: nothing is synchronized'},
		v: {help: 'skips verification'},
		f: {help: 'synchronizes even though verification found errors (cluster services down only)'},
		...VERIFY_FLAGS,
		M: {
			arg: 'group:location[:sticky]',
			help: 'migrates a resource group to a node, to its default location, or stops it; sticky keeps it there (may repeat)',
			releases: ['4.3'],
		},
	},
	run(ctx, {opts, args, all}) {
		const print = (line: string) => ctx.print(line);
		if (opts.M !== undefined) {
			const other = [...'rtxfcCV'].filter(f => all.some(o => o.flag === f));
			if (other.length > 0) throw new UsageError(migrationAlone(ctx.name, other));
			const specs = [...all.filter(o => o.flag === 'M').map(o => String(o.value)), ...args];
			migrateResourceGroups(ctx.state, ctx.node, specs.map(parseMigration), {verify: !opts.v}, print);
			// clfindres asks the cluster manager, so it shows the result only in a running cluster.
			return activeNodes(ctx.state).length > 0 ? ctx.exec(['clfindres']) : 0;
		}
		if (args.length > 0) throw new UsageError(`${ctx.name}: unexpected argument ${args[0]}.`);
		if (!opts.r && !opts.t) throw new UsageError(syncOrMigrate(ctx.name, ctx.lookup(ctx.argv[0]!)?.help.flags.M !== undefined));
		if (opts.x && opts.v) throw new UsageError(verifyOnlyOrNoVerify(ctx.name));
		synchronizeCluster(ctx.state, ctx.node, {...verifyOptions(ctx, opts), verify: !opts.v, synchronize: !opts.x, force: opts.f}, print);
	},
});

export const verifySyncCommands: Command[] = [...clverify, ...cldare];
