/**
 * Resource group configuration utilities: claddgrp, clchgrp and clrmgrp
 * define groups; claddres gives a group its resources and attributes
 * (NAME=value, as HACMPresource stores them); cllsres and clshowres show
 * them. They read and change the local node's DCD.
 */
import {CommandError, UsageError} from '../command/errors.js';
import {getopt, type ParsedOptions} from '../command/getopt.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf, FALLBACK_TEXT, FALLOVER_TEXT, STARTUP_TEXT, type ClusterConfig, type GroupType, type ResourceGroup} from '../cluster/config.js';
import {joinColons} from '../menu/colon.js';
import {groupAttributes, RESOURCE_ATTRIBUTES, setGroupAttributes} from '../cluster/rg/attributes.js';
import {addResourceGroup, changeResourceGroup, removeResourceGroup} from '../cluster/rg/groups.js';
import {FALLBACK_POLICIES, FALLOVER_POLICIES, GROUP_TYPES, STARTUP_POLICIES, type Policies} from '../cluster/rg/policies.js';
import {describeTimer} from '../cluster/events/fallback-timer.js';
import {selectGroups, UTILITIES} from './cluster-state.js';
import type {DeepReadonly} from '../cluster/readonly.js';

const POLICY_USAGE = "[-r cascading | rotating | concurrent | custom] [-S OHN|OFAN|OAAN -O FNPN|FUDNP|BO -B FBHPN|NFB]";

const nodeList = (value: string) => value.split(/[\s,]+/).filter(Boolean);

function oneOf<T extends string>(ctx: CommandContext, what: string, value: string | true | undefined, allowed: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !allowed.includes(value as T)) throw new UsageError(`${ctx.name}: ${String(value)} is not a ${what}; use one of ${allowed.join(', ')}.`);
	return value as T;
}

/** -r and -S/-O/-B: a type, and policies (custom groups only). */
function typeAndPolicies(ctx: CommandContext, {opts}: ParsedOptions): {type?: GroupType; policies?: Partial<Policies>} {
	const type = oneOf(ctx, 'resource group type', opts.r, GROUP_TYPES);
	const policies = {
		startup: oneOf(ctx, 'startup policy', opts.S, STARTUP_POLICIES),
		fallover: oneOf(ctx, 'fallover policy', opts.O, FALLOVER_POLICIES),
		fallback: oneOf(ctx, 'fallback policy', opts.B, FALLBACK_POLICIES),
	};
	const given = Object.values(policies).some(Boolean);
	if (given && type && type !== 'custom') throw new UsageError(`${ctx.name}: -S, -O and -B apply to custom resource groups; a ${type} group takes its policies from its type.`);
	return {type, policies: given ? Object.fromEntries(Object.entries(policies).filter(([, v]) => v)) : undefined};
}

/**
 * NAME=value words (HACMPresource and HACMPmonitor attribute names) as SMIT
 * writes them: a list field comes out as NAME='first' 'second', so a word
 * without = continues the value before it.
 */
export function nameValues(ctx: CommandContext, words: readonly string[]): Array<[string, string]> {
	const values: Array<[string, string]> = [];
	for (const word of words) {
		const match = /^([A-Z_]+|name)=(.*)$/s.exec(word);
		if (match) values.push([match[1]!, match[2]!]);
		else if (values.length > 0) values[values.length - 1]![1] += ` ${word}`;
		else throw new UsageError(`${ctx.name}: ${word} is not NAME=value.`);
	}
	return values;
}

function groupName(ctx: CommandContext, parsed: ParsedOptions): string {
	if (typeof parsed.opts.g !== 'string' || parsed.opts.g === '') throw new UsageError(`${ctx.name}: a resource group name (-g) is required.`);
	return parsed.opts.g;
}

const claddgrp: Command = {
	name: 'claddgrp',
	dir: UTILITIES,
	usage: `Usage: claddgrp -g group -n 'node1 node2 ...' ${POLICY_USAGE}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'g:n:r:S:O:B:', operands: 0});
		const name = groupName(ctx, parsed);
		const nodes = typeof parsed.opts.n === 'string' ? nodeList(parsed.opts.n) : [];
		if (nodes.length === 0) throw new UsageError(`${ctx.name}: the participating nodes (-n) are required, highest priority first.`);
		const {type, policies} = typeAndPolicies(ctx, parsed);
		if ((type ?? 'custom') === 'custom' && (!policies?.startup || !policies.fallover || !policies.fallback)) {
			throw new UsageError(`${ctx.name}: a custom resource group needs -S, -O and -B (startup, fallover and fallback policies).`);
		}
		addResourceGroup(ctx.state, ctx.node, {name, nodes, type: type ?? 'custom', policies: policies as Policies | undefined});
	},
};

const clchgrp: Command = {
	name: 'clchgrp',
	dir: UTILITIES,
	usage: `Usage: clchgrp -g group [-G new_name] [-n 'node1 node2 ...'] ${POLICY_USAGE}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'g:G:n:r:S:O:B:', operands: 0});
		const name = groupName(ctx, parsed);
		const {type, policies} = typeAndPolicies(ctx, parsed);
		const {G, n} = parsed.opts;
		changeResourceGroup(ctx.state, ctx.node, name, {
			...(typeof G === 'string' && G !== '' && {newName: G}),
			...(typeof n === 'string' && {nodes: nodeList(n)}),
			...(type && {type}),
			...(policies && {policies}),
		});
	},
};

const clrmgrp: Command = {
	name: 'clrmgrp',
	dir: UTILITIES,
	usage: 'Usage: clrmgrp -g group',
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'g:', operands: 0});
		removeResourceGroup(ctx.state, ctx.node, groupName(ctx, parsed));
	},
};

const claddres: Command = {
	name: 'claddres',
	dir: UTILITIES,
	usage: `Usage: claddres -g group NAME=value ...\n       NAME is one of ${Object.keys(RESOURCE_ATTRIBUTES).join(', ')}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'g:'});
		setGroupAttributes(ctx.state, ctx.node, groupName(ctx, parsed), nameValues(ctx, parsed.args));
	},
};

/** The group -g names (it must be defined in the local DCD), or every group. */
const groupsNamed = (config: DeepReadonly<ClusterConfig>, name: string | true | undefined) => selectGroups(config, typeof name === 'string' ? [name] : []);

const cllsres: Command = {
	name: 'cllsres',
	dir: UTILITIES,
	usage: 'Usage: cllsres [-c] [-g group]',
	run(ctx) {
		const {opts} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'cg:'});
		const groups = groupsNamed(dcdOf(ctx.state, ctx.node), opts.g);
		if (opts.c) {
			ctx.print(`#${Object.keys(RESOURCE_ATTRIBUTES).join(':')}`);
			for (const group of groups) ctx.print(joinColons(Object.values(RESOURCE_ATTRIBUTES).map(a => (a.applies?.(group) ?? true ? a.get(group) : ''))));
			return;
		}
		for (const group of groups) for (const [name, value] of groupAttributes(group)) if (value) ctx.print(`${name}="${value}"`);
	},
};

const row = (label: string, value = '') => `${label.padEnd(52)}${value}`.trimEnd();
const yes = (on: boolean | undefined) => String(Boolean(on));

/** clshowres' block for one group: its policies (a legacy type shown with its equivalents), resources and run time parameters. */
function showGroup(config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>): string[] {
	const r = group.resources;
	const concurrent = group.startup === 'OAAN';
	const timer = group.fallbackTimer ? config.fallbackTimers?.[group.fallbackTimer] : undefined;
	return [
		row('Resource Group Name', group.name),
		row('Node Relationship', group.type),
		row('Participating Node Name(s)', group.nodes.join(' ')),
		row('Startup Policy', STARTUP_TEXT[group.startup]),
		row('Fallover Policy', FALLOVER_TEXT[group.fallover]),
		row('Fallback Policy', FALLBACK_TEXT[group.fallback]),
		row('Site Relationship', 'ignore'),
		row('Dynamic Node Priority', group.dnpPolicy),
		row('Service IP Label', r.serviceLabels.join(' ')),
		row('Filesystems', r.filesystems.length > 0 ? r.filesystems.join(' ') : r.volumeGroups.length > 0 && !concurrent ? 'ALL' : ''),
		row('Filesystems Consistency Check', r.fsckMethod),
		row('Filesystems Recovery Method', r.recoveryMethod),
		row('Filesystems/Directories to be exported', r.exportFs.join(' ')),
		row('Filesystems to be NFS mounted', r.nfsMounts.join(' ')),
		row('Volume Groups', concurrent ? '' : r.volumeGroups.join(' ')),
		row('Concurrent Volume Groups', concurrent ? r.volumeGroups.join(' ') : ''),
		row('Use forced varyon for volume groups, if necessary', yes(r.forcedVaryon)),
		row('Disks', r.rawDisks.join(' ')),
		row('Application Servers', r.appServers.join(' ')),
		row('Miscellaneous Data', r.miscData),
		row('Inactive Takeover Applied', yes(group.inactiveTakeover)),
		row('Cascading Without Fallback', yes(group.cwof)),
		row('Filesystems mounted before IP configured', yes(r.fsBeforeIp)),
		row('Delayed Fallback Timer', timer ? `${timer.name} (${describeTimer(timer)})` : ''),
		row('Settling Time', group.type === 'custom' && group.startup === 'OFAN' && config.settlingTime ? `${config.settlingTime} seconds` : ''),
		'Run Time Parameters:',
		...group.nodes.flatMap(node => ['', row('Node Name', node), row('Debug Level', 'high'), row('Format for hacmp.out', 'Standard')]),
	];
}

/** The colon record SMIT's group dialogs discover their fields from. */
function groupRecord(group: DeepReadonly<ResourceGroup>): {names: string[]; values: string[]} {
	const attributes = Object.entries(RESOURCE_ATTRIBUTES);
	return {
		names: ['group', 'nodes', 'type', 'startup', 'fallover', 'fallback', 'startup_text', 'fallover_text', 'fallback_text', ...attributes.map(([n]) => n)],
		values: [group.name, group.nodes.join(' '), group.type, group.startup, group.fallover, group.fallback, STARTUP_TEXT[group.startup], FALLOVER_TEXT[group.fallover], FALLBACK_TEXT[group.fallback], ...attributes.map(([, a]) => (a.applies?.(group) ?? true ? a.get(group) : ''))],
	};
}

const clshowres: Command = {
	name: 'clshowres',
	dir: UTILITIES,
	usage: 'Usage: clshowres [-c] [-g group | -n node]',
	run(ctx) {
		const {opts} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'cg:n:'});
		const config = dcdOf(ctx.state, ctx.node);
		if (typeof opts.n === 'string' && !config.nodes.some(n => n.name === opts.n)) throw new CommandError(`ERROR: ${opts.n} is not a cluster node.`);
		const groups = groupsNamed(config, opts.g).filter(g => typeof opts.n !== 'string' || g.nodes.includes(opts.n));
		if (opts.c) {
			const [first] = groups;
			if (!first) return;
			ctx.print(`#${groupRecord(first).names.join(':')}`);
			for (const group of groups) ctx.print(joinColons(groupRecord(group).values));
			return;
		}
		if (groups.length === 0) {
			ctx.print(typeof opts.n === 'string' ? `Node ${opts.n} participates in no resource group.` : 'There are no resource groups defined.');
			return;
		}
		groups.forEach((group, i) => {
			if (i > 0) ctx.print('');
			for (const line of showGroup(config, group)) ctx.print(line);
		});
	},
};

export const resourceGroupConfigCommands: Command[] = [claddgrp, clchgrp, clrmgrp, claddres, cllsres, clshowres];
