/**
 * One definition per LVM change, two declared commands from it: the AIX
 * command in /usr/sbin (mklv) acting on the local node, and the C-SPOC
 * command (cl_mklv) taking the same flags after `-cspoc "..."`, acting
 * across the cluster (see site.ts for what each updates).
 */
import {UsageError} from '../../cluster/errors.js';
import {defineCommand, type Flags, type Invocation, type Operand} from '../../command/define.js';
import type {Command} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import type {VolumeGroupOnDisk} from '../../cluster/lvm.js';
import {currentView} from '../../cluster/view.js';
import {MAJOR_LIMIT} from '../../cluster/lvm-odm.js';
import {CSPOC_DIR, CSPOC_FLAG} from '../cspoc.js';
import {onClusterNodes, onLocalNode, type LvmSite} from './site.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

export const AIX_DIR = '/usr/sbin';
export const CSPOC_USAGE = '[-cspoc "[-f] [-g ResourceGroup | -n NodeList]"]';

/** Operand counts and help, as defineCommand takes them. */
export interface Operands {
	readonly count?: number | readonly [number, number];
	readonly list: readonly Operand[];
}

/**
 * One LVM change. Its flags and operands are checked, and turned into the
 * change's options, before anything is looked up or changed: a bad flag
 * value gives Usage whether or not the VG is varied on, and nothing is
 * parsed twice.
 */
export interface LvmVerb<F extends Flags, Options> {
	/** The AIX command's name; the C-SPOC one is cl_ + name. */
	readonly name: string;
	/** What the AIX command does, in one line. */
	readonly summary: string;
	/** Flags and operands, as Usage shows them after the name. */
	readonly synopsis: string;
	readonly flags: F;
	readonly operands: Operands;
	/** The options of the change, from the command line (UsageError on anything wrong with it). */
	parse(invocation: Invocation<F>, command: string): Options;
	/** The VG the options name, as `node` names it (an LV or a mount point is looked up in its ODM; C-SPOC also takes PVIDs for disks). */
	volumeGroup(state: DeepReadonly<ClusterState>, node: string, options: Options, command: string, cspoc: boolean): string;
	change(site: LvmSite, vg: VolumeGroupOnDisk, options: Options): void;
}

/** A verb, with its flags' types kept for parse. */
export const lvmVerb = <const F extends Flags, Options>(verb: LvmVerb<F, Options>): LvmVerb<F, Options> => verb;

/**
 * The verb's options from a command line. AIX's LVM commands answer too
 * many operands, as too few, with their Usage alone: getopt counts the
 * least, this the most.
 */
function parse<F extends Flags, Options>(verb: LvmVerb<F, Options>, invocation: Invocation<F>, command: string): Options {
	const {count = [0, Infinity]} = verb.operands;
	if (invocation.args.length > (typeof count === 'number' ? count : count[1])) throw new UsageError('');
	return verb.parse(invocation, command);
}

/** What getopt checks of the verb's operands: the least. */
const leastOperands = ({count = 0, list}: Operands): Operands => ({count: [typeof count === 'number' ? count : count[0], Infinity], list});

export function aixCommand<F extends Flags, Options>(verb: LvmVerb<F, Options>): Command[] {
	return defineCommand<F>({
		name: verb.name,
		dirs: [AIX_DIR],
		summary: verb.summary,
		synopsis: verb.synopsis,
		flags: verb.flags,
		operands: leastOperands(verb.operands),
		run(ctx, invocation) {
			const options = parse(verb, invocation, ctx.name);
			const vgName = verb.volumeGroup(currentView(ctx.state), ctx.node, options, ctx.name, false);
			onLocalNode(ctx, vgName, (site, vg) => verb.change(site, vg, options));
		},
	});
}

/** The C-SPOC form's declaration from the AIX one's: the same flags and operands after -cspoc. */
export const cspocForm = <F extends Flags>(spec: {name: string; summary: string; synopsis: string; flags: F}) => ({
	name: `cl_${spec.name}`,
	dirs: [CSPOC_DIR] as [string],
	summary: `${spec.summary} Through C-SPOC, on the chosen nodes.`,
	synopsis: `${CSPOC_USAGE} ${spec.synopsis}`,
	flags: {...spec.flags, ...CSPOC_FLAG},
});

function cspocCommand<F extends Flags, Options>(verb: LvmVerb<F, Options>): Command[] {
	return defineCommand({
		...cspocForm(verb),
		operands: leastOperands(verb.operands),
		run(ctx, invocation) {
			const options = parse(verb, invocation as unknown as Invocation<F>, ctx.name);
			onClusterNodes(
				ctx,
				invocation.opts.cspoc as string | undefined,
				(view, node) => verb.volumeGroup(view, node, options, ctx.name, true),
				(site, vg) => verb.change(site, vg, options),
			);
		},
	});
}

/** Both forms of a verb. */
export const bothForms = <F extends Flags, Options>(verb: LvmVerb<F, Options>): Command[] => [...aixCommand(verb), ...cspocCommand(verb)];

/** A whole number operand or flag value, else a usage error. */
export function count(command: string, what: string, value: string | undefined, min = 1): number {
	if (value === undefined || !/^\d+$/.test(value) || Number(value) < min)
		throw new UsageError(`${command}: ${what} must be a number${min > 0 ? ' greater than 0' : ''}${value === undefined ? '' : `, not ${value}`}.`);
	return Number(value);
}

/** -V MajorNumber of mkvg and importvg. */
export function majorNumber(command: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const major = count(command, 'The major number', value);
	if (major >= MAJOR_LIMIT)
		throw new UsageError(`${command}: The major number must be less than ${MAJOR_LIMIT}, not ${value}. lvlstmajor lists the free ones.`);
	return major;
}

/** A flag value that must be one of a few letters. */
export function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (!(allowed as readonly string[]).includes(value))
		throw new UsageError(`${command}: The -${flag} flag takes ${allowed.join(', ')}, not ${value}.`);
	return value as T;
}

/** A change with nothing to change is a usage error, as chvg, chlv and chfs with no flag are. */
export function needsChange(values: object): void {
	if (Object.values(values).every(v => v === undefined)) throw new UsageError('');
}
