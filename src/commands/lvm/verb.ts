/**
 * One definition per LVM change, two commands from it: the AIX command in
 * /usr/sbin (mklv) acting on the local node, and the C-SPOC command
 * (cl_mklv) taking the same flags after `-cspoc "..."`, acting across the
 * cluster (see site.ts for what each updates).
 */
import {UsageError} from '../../command/errors.js';
import {getopt, type ParsedOptions} from '../../command/getopt.js';
import type {Command} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {type VolumeGroupOnDisk} from '../../cluster/lvm.js';
import {currentView} from '../../cluster/view.js';
import {MAJOR_LIMIT} from '../../cluster/lvm-odm.js';
import {CSPOC_DIR} from '../cspoc.js';
import {onClusterNodes, onLocalNode, type LvmSite} from './site.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

export const AIX_DIR = '/usr/sbin';
export const CSPOC_USAGE = '[-cspoc "[-f] [-g ResourceGroup | -n NodeList]"]';

/**
 * One LVM change. Its flags and operands are checked, and turned into the
 * change's options, before anything is looked up or changed: a bad flag
 * value gives Usage whether or not the VG is varied on, and nothing is
 * parsed twice.
 */
export interface LvmVerb<Options> {
	/** The AIX command's name; the C-SPOC one is cl_ + name. */
	name: string;
	/** Flags and operands, as Usage shows them after the name. */
	synopsis: string;
	/** getopt letters. */
	flags: string;
	/** The options of the change, from the command line (UsageError on anything wrong with it). */
	parse(parsed: ParsedOptions, command: string): Options;
	/** The VG the options name, as `node` names it (an LV or a mount point is looked up in its ODM; C-SPOC also takes PVIDs for disks). */
	volumeGroup(state: DeepReadonly<ClusterState>, node: string, options: Options, command: string, cspoc: boolean): string;
	change(site: LvmSite, vg: VolumeGroupOnDisk, options: Options): void;
}

export function aixCommand<Options>(verb: LvmVerb<Options>): Command {
	return {
		name: verb.name,
		dir: AIX_DIR,
		usage: `Usage: ${verb.name} ${verb.synopsis}`,
		run(ctx) {
			const options = verb.parse(getopt(ctx.name, ctx.argv.slice(1), {flags: verb.flags}), ctx.name);
			const vgName = verb.volumeGroup(currentView(ctx.state), ctx.node, options, ctx.name, false);
			onLocalNode(ctx, vgName, (site, vg) => verb.change(site, vg, options));
		},
	};
}

function cspocCommand<Options>(verb: LvmVerb<Options>): Command {
	return {
		name: `cl_${verb.name}`,
		dir: CSPOC_DIR,
		usage: `Usage: cl_${verb.name} ${CSPOC_USAGE} ${verb.synopsis}`,
		run(ctx) {
			const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: verb.flags, words: ['cspoc:']});
			const options = verb.parse(parsed, ctx.name);
			onClusterNodes(
				ctx,
				parsed.opts.cspoc,
				(view, node) => verb.volumeGroup(view, node, options, ctx.name, true),
				(site, vg) => verb.change(site, vg, options),
			);
		},
	};
}

/** Both forms of a verb. */
export const bothForms = <Options>(verb: LvmVerb<Options>): Command[] => [aixCommand(verb), cspocCommand(verb)];

/** A whole number operand or flag value, else a usage error. */
export function count(command: string, what: string, value: string | undefined, min = 1): number {
	if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${command}: ${what} must be a number${min > 0 ? ' greater than 0' : ''}${value === undefined ? '' : `, not ${value}`}.`);
	return Number(value);
}

/** -V MajorNumber of mkvg and importvg. */
export function majorNumber(command: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const major = count(command, 'The major number', value);
	if (major >= MAJOR_LIMIT) throw new UsageError(`${command}: The major number must be less than ${MAJOR_LIMIT}, not ${value}. lvlstmajor lists the free ones.`);
	return major;
}

/** A flag value that must be one of a few letters. */
export function oneOf<T extends string>(command: string, flag: string, value: string | true | undefined, allowed: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new UsageError(`${command}: The -${flag} flag takes ${allowed.join(', ')}${typeof value === 'string' ? `, not ${value}` : ''}.`);
	return value as T;
}

/** Operands after the options, at least `min` of them (and at most `max`), else the command's Usage. */
export function operands(parsed: ParsedOptions, min: number, max = Infinity): string[] {
	if (parsed.args.length < min || parsed.args.length > max) throw new UsageError('');
	return parsed.args;
}

/** A change with nothing to change is a usage error, as chvg, chlv and chfs with no flag are. */
export function needsChange(values: object): void {
	if (Object.values(values).every(v => v === undefined)) throw new UsageError('');
}

export const flag = (parsed: ParsedOptions, letter: string) => (typeof parsed.opts[letter] === 'string' ? (parsed.opts[letter] as string) : undefined);
