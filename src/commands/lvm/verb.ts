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
import {currentView, type VolumeGroupOnDisk} from '../../cluster/lvm.js';
import {CSPOC_DIR} from '../cspoc.js';
import {onClusterNodes, onLocalNode, type LvmSite} from './site.js';

export const AIX_DIR = '/usr/sbin';
export const CSPOC_USAGE = '[-cspoc "[-f] [-g ResourceGroup | -n NodeList]"]';

export interface LvmVerb {
	/** The AIX command's name; the C-SPOC one is cl_ + name. */
	name: string;
	/** Flags and operands, as Usage shows them after the name. */
	synopsis: string;
	/** getopt letters. */
	flags: string;
	/** Check the operands (UsageError) before anything is looked up. */
	check?(parsed: ParsedOptions, command: string): void;
	/** The VG the operands name, as `node` names it (an LV or a mount point is looked up in its ODM; C-SPOC also takes PVIDs for disks). */
	volumeGroup(state: ClusterState, node: string, parsed: ParsedOptions, command: string, cspoc: boolean): string;
	change(site: LvmSite, vg: VolumeGroupOnDisk, parsed: ParsedOptions): void;
}

function parse(verb: LvmVerb, command: string, argv: readonly string[], cspoc: boolean): ParsedOptions {
	const parsed = getopt(command, argv, {flags: verb.flags, words: cspoc ? ['cspoc:'] : []});
	verb.check?.(parsed, command);
	return parsed;
}

export function aixCommand(verb: LvmVerb): Command {
	return {
		name: verb.name,
		dir: AIX_DIR,
		usage: `Usage: ${verb.name} ${verb.synopsis}`,
		run(ctx) {
			const parsed = parse(verb, ctx.name, ctx.argv.slice(1), false);
			const vgName = verb.volumeGroup(currentView(ctx.state), ctx.node, parsed, ctx.name, false);
			onLocalNode(ctx, vgName, (site, vg) => verb.change(site, vg, parsed));
		},
	};
}

export function cspocCommand(verb: LvmVerb): Command {
	return {
		name: `cl_${verb.name}`,
		dir: CSPOC_DIR,
		usage: `Usage: cl_${verb.name} ${CSPOC_USAGE} ${verb.synopsis}`,
		run(ctx) {
			const parsed = parse(verb, ctx.name, ctx.argv.slice(1), true);
			onClusterNodes(
				ctx,
				parsed.opts.cspoc,
				(view, node) => verb.volumeGroup(view, node, parsed, ctx.name, true),
				(site, vg) => verb.change(site, vg, parsed),
			);
		},
	};
}

/** Both forms of a verb. */
export const bothForms = (verb: LvmVerb): Command[] => [aixCommand(verb), cspocCommand(verb)];

/** A whole number operand or flag value, else a usage error. */
export function count(command: string, what: string, value: string | undefined, min = 1): number {
	if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${command}: ${what} must be a number${min > 0 ? ' greater than 0' : ''}${value === undefined ? '' : `, not ${value}`}.`);
	return Number(value);
}

/** A flag value that must be one of a few letters. */
export function oneOf<T extends string>(command: string, flag: string, value: string | true | undefined, allowed: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new UsageError(`${command}: The -${flag} flag takes ${allowed.join(', ')}${typeof value === 'string' ? `, not ${value}` : ''}.`);
	return value as T;
}

/** Operands after the options, at least `min` of them, else the command's Usage. */
export function operands(parsed: ParsedOptions, min: number): string[] {
	if (parsed.args.length < min) throw new UsageError('');
	return parsed.args;
}

export const flag = (parsed: ParsedOptions, letter: string) => (typeof parsed.opts[letter] === 'string' ? (parsed.opts[letter] as string) : undefined);
