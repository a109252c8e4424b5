/**
 * Resource group configuration utilities: claddgrp, clchgrp and clrmgrp
 * define groups; claddres gives a group its resources and attributes
 * (NAME=value, as HACMPresource stores them); cllsres and clshowres show
 * them. They read and change the local node's DCD.
 */
import {refuse, UsageError} from '../cluster/errors.js';
import {defineCommand, type Options} from '../command/define.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf, FALLBACK_TEXT, FALLOVER_TEXT, STARTUP_TEXT, type ClusterConfig, type GroupType, type ResourceGroup} from '../cluster/config.js';
import {joinColons} from '../menu/colon.js';
import {groupAttributes, RESOURCE_ATTRIBUTES, setGroupAttributes} from '../cluster/rg/attributes.js';
import {addResourceGroup, changeResourceGroup, definedGroup, removeResourceGroup} from '../cluster/rg/groups.js';
import * as msg from '../cluster/rg/messages.js';
import {
	FALLBACK_POLICIES,
	FALLOVER_POLICIES,
	GROUP_SITE_POLICY,
	SITE_POLICIES,
	SITE_POLICY_TEXT,
	STARTUP_POLICIES,
	type Policies,
} from '../cluster/rg/policies.js';
import {PROFILES, profileOf} from '../cluster/release/index.js';
import {describeTimer} from '../cluster/events/fallback-timer.js';
import {selectGroups, UTILITIES} from './cluster-state.js';
import type {DeepReadonly} from '../cluster/readonly.js';

/** 4.3's node relationship (-r) and 5.2's policies (-S, -O, -B), as claddgrp and clchgrp take them. */
const POLICY_FLAGS = {
	r: {
		arg: 'type',
		values: PROFILES['4.3'].groupTypes,
		valueName: 'resource group type',
		help: 'the node relationship: cascading, rotating or concurrent',
		releases: ['4.3'],
	},
	S: {
		arg: 'startup',
		values: STARTUP_POLICIES,
		valueName: 'startup policy',
		help: 'startup policy OHN (home node only), OFAN (first available node), OAAN (all available nodes) or OUDP (distribution policy)',
		releases: ['5.2'],
	},
	O: {
		arg: 'fallover',
		values: FALLOVER_POLICIES,
		valueName: 'fallover policy',
		help: 'fallover policy FNPN (next priority node), FUDNP (dynamic node priority) or BO (bring offline)',
		releases: ['5.2'],
	},
	B: {
		arg: 'fallback',
		values: FALLBACK_POLICIES,
		valueName: 'fallback policy',
		help: 'fallback policy FBHPN (to the higher priority node) or NFB (never fall back)',
		releases: ['5.2'],
	},
	s: {
		arg: 'site_policy',
		values: SITE_POLICIES,
		valueName: 'site policy',
		help: 'inter-site management policy: ignore (a cluster without sites), primary, either or both (HACMP/XD sites)',
		releases: ['5.2'],
	},
} as const;

/** Their Usage, from the values declared: the three policies go together. */
const {r, S, O, B, s} = POLICY_FLAGS;
const choices = (values: readonly string[]) => values.join('|');
const POLICIES_USAGE = `-S ${choices(S.values)} -O ${choices(O.values)} -B ${choices(B.values)}`;
const POLICY_USAGE = `[-r ${r.values.join(' | ')}] [${POLICIES_USAGE}] [-s ${choices(s.values)}]`;

const GROUP_FLAG = {g: {arg: 'group', help: 'the resource group'}} as const;

/** -c of the listings: the form SMIT's dialogs read. */
export const COLON_FLAG = {c: {help: 'colon-separated output, a header line of names first'}} as const;
const NODES_HELP = 'the participating nodes, highest priority first, separated by blanks or commas';

const nodeList = (value: string) => value.split(/[\s,]+/).filter(Boolean);

type PolicyOptions = Pick<Options<typeof POLICY_FLAGS>, keyof typeof POLICY_FLAGS>;

/** -r (4.3) and -S/-O/-B (5.2): a type, and policies; -s (5.2): a site policy, which a cluster without sites takes as ignore only. */
function typeAndPolicies(group: string, opts: PolicyOptions): {type?: GroupType; policies?: Partial<Policies>} {
	const site = opts.s;
	if (site && site !== GROUP_SITE_POLICY) refuse(msg.errorLines(msg.sitePolicyWithoutSites(group, SITE_POLICY_TEXT[site])));
	const policies = {startup: opts.S, fallover: opts.O, fallback: opts.B};
	const given = Object.values(policies).some(Boolean);
	return {type: opts.r, policies: given ? Object.fromEntries(Object.entries(policies).filter(([, v]) => v)) : undefined};
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
		else throw new UsageError(msg.notNameValue(ctx.name, word));
	}
	return values;
}

function groupName(ctx: CommandContext, group: string | undefined): string {
	if (!group) throw new UsageError(msg.groupNameRequired(ctx.name));
	return group;
}

const claddgrp = defineCommand({
	name: 'claddgrp',
	dirs: [UTILITIES],
	summary: "Adds a resource group to the local node's configuration.",
	synopsis: `-g group -n 'node1 node2 ...' ${POLICY_USAGE}`,
	flags: {...GROUP_FLAG, n: {arg: 'nodes', help: NODES_HELP}, ...POLICY_FLAGS},
	operands: {count: 0},
	run(ctx, {opts}) {
		const name = groupName(ctx, opts.g);
		const nodes = nodeList(opts.n ?? '');
		if (nodes.length === 0) throw new UsageError(msg.nodesRequired(ctx.name));
		const {type: given, policies} = typeAndPolicies(name, opts);
		// 5.2 knows custom groups only; 4.3 asks for the node relationship.
		const types = profileOf(ctx.state).groupTypes;
		const type = given ?? (types.length === 1 ? types[0] : undefined);
		if (!type) throw new UsageError(msg.relationshipRequired(ctx.name, types));
		if (type === 'custom' && (!policies?.startup || !policies.fallover || !policies.fallback))
			throw new UsageError(msg.customNeedsPolicyFlags(ctx.name));
		addResourceGroup(ctx.state, ctx.node, {name, nodes, type, policies: policies as Policies | undefined});
	},
});

const clchgrp = defineCommand({
	name: 'clchgrp',
	dirs: [UTILITIES],
	summary: "Changes a resource group's name, nodes, type or policies in the local node's configuration.",
	synopsis: `-g group [-G new_name] [-n 'node1 node2 ...'] ${POLICY_USAGE}`,
	flags: {
		...GROUP_FLAG,
		G: {arg: 'new_name', help: 'a new name for the group'},
		n: {arg: 'nodes', help: `${NODES_HELP} (replaces the list)`},
		...POLICY_FLAGS,
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const name = groupName(ctx, opts.g);
		// A group that is not there is told so before anything asked of it is judged (-s primary names no sites either way).
		definedGroup(ctx.state, ctx.node, name);
		const {type, policies} = typeAndPolicies(name, opts);
		changeResourceGroup(ctx.state, ctx.node, name, {
			...(opts.G && {newName: opts.G}),
			...(opts.n !== undefined && {nodes: nodeList(opts.n)}),
			...(type && {type}),
			...(policies && {policies}),
		});
	},
});

const clrmgrp = defineCommand({
	name: 'clrmgrp',
	dirs: [UTILITIES],
	summary: "Removes a resource group from the local node's configuration.",
	synopsis: '-g group',
	flags: GROUP_FLAG,
	operands: {count: 0},
	run(ctx, {opts}) {
		removeResourceGroup(ctx.state, ctx.node, groupName(ctx, opts.g));
	},
});

const claddres = defineCommand({
	name: 'claddres',
	dirs: [UTILITIES],
	summary: "Sets a resource group's resources and attributes (HACMPresource NAME=value).",
	synopsis: `-g group NAME=value ...\n       NAME is one of ${Object.keys(RESOURCE_ATTRIBUTES).join(', ')}`,
	flags: GROUP_FLAG,
	operands: {
		list: [{name: 'NAME=value ...', help: 'a resource or attribute and its value; a list is words separated by blanks, a switch true or false'}],
	},
	run(ctx, {opts, args}) {
		for (const line of setGroupAttributes(ctx.state, ctx.node, groupName(ctx, opts.g), nameValues(ctx, args))) ctx.print(line);
	},
});

/** The group -g names (it must be defined in the local DCD), or every group. */
const groupsNamed = (config: DeepReadonly<ClusterConfig>, name: string | undefined) => selectGroups(config, name === undefined ? [] : [name]);

const cllsres = defineCommand({
	name: 'cllsres',
	dirs: [UTILITIES],
	summary: 'Lists the resources and attributes of resource groups as NAME="value".',
	synopsis: '[-c] [-g group]',
	readOnly: true,
	flags: {...COLON_FLAG, g: {arg: 'group', help: 'only this resource group (all when absent)'}},
	run(ctx, {opts}) {
		const groups = groupsNamed(dcdOf(ctx.state, ctx.node), opts.g);
		if (opts.c) {
			ctx.print(`#${Object.keys(RESOURCE_ATTRIBUTES).join(':')}`);
			for (const group of groups)
				ctx.print(joinColons(Object.values(RESOURCE_ATTRIBUTES).map(a => ((a.applies?.(group) ?? true) ? a.get(group) : ''))));
			return;
		}
		for (const group of groups) for (const [name, value] of groupAttributes(group)) if (value) ctx.print(`${name}="${value}"`);
	},
});

const row = (label: string, value = '') => `${label.padEnd(52)}${value}`.trimEnd();
const yes = (on: boolean | undefined) => String(Boolean(on));

/**
 * clshowres' block for one group: its policies where the release defines groups by them (5.2), the legacy
 * attributes where it has legacy types (4.3), its resources and run time parameters.
 */
function showGroup(config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>, types: readonly GroupType[]): string[] {
	const r = group.resources;
	const byPolicies = types.includes('custom');
	const legacy = types.includes('cascading');
	const concurrent = group.startup === 'OAAN';
	const timer = group.fallbackTimer ? config.fallbackTimers?.[group.fallbackTimer] : undefined;
	return [
		row('Resource Group Name', group.name),
		row('Node Relationship', group.type),
		row('Participating Node Name(s)', group.nodes.join(' ')),
		...(byPolicies
			? [
					row('Startup Policy', STARTUP_TEXT[group.startup]),
					row('Fallover Policy', FALLOVER_TEXT[group.fallover]),
					row('Fallback Policy', FALLBACK_TEXT[group.fallback]),
				]
			: []),
		row('Site Relationship', GROUP_SITE_POLICY),
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
		...(legacy ? [row('Inactive Takeover Applied', yes(group.inactiveTakeover)), row('Cascading Without Fallback', yes(group.cwof))] : []),
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
		names: [
			'group',
			'nodes',
			'type',
			'startup',
			'fallover',
			'fallback',
			'startup_text',
			'fallover_text',
			'fallback_text',
			'site_policy',
			...attributes.map(([n]) => n),
		],
		values: [
			group.name,
			group.nodes.join(' '),
			group.type,
			group.startup,
			group.fallover,
			group.fallback,
			STARTUP_TEXT[group.startup],
			FALLOVER_TEXT[group.fallover],
			FALLBACK_TEXT[group.fallback],
			GROUP_SITE_POLICY,
			...attributes.map(([, a]) => ((a.applies?.(group) ?? true) ? a.get(group) : '')),
		],
	};
}

const clshowres = defineCommand({
	name: 'clshowres',
	dirs: [UTILITIES],
	summary: 'Shows resource groups with their policies, resources and run-time parameters.',
	synopsis: '[-c] [-g group | -n node]',
	readOnly: true,
	flags: {
		...COLON_FLAG,
		g: {arg: 'group', help: 'only this resource group'},
		n: {arg: 'node', help: 'only the resource groups this node participates in'},
	},
	run(ctx, {opts}) {
		const config = dcdOf(ctx.state, ctx.node);
		const node = opts.n;
		if (node !== undefined && !config.nodes.some(n => n.name === node)) refuse(msg.errorLines(msg.notClusterNode(node)));
		const groups = groupsNamed(config, opts.g).filter(g => node === undefined || g.nodes.includes(node));
		if (opts.c) {
			const [first] = groups;
			if (!first) return;
			ctx.print(`#${groupRecord(first).names.join(':')}`);
			for (const group of groups) ctx.print(joinColons(groupRecord(group).values));
			return;
		}
		if (groups.length === 0) {
			ctx.print(node !== undefined ? `Node ${node} participates in no resource group.` : 'There are no resource groups defined.');
			return;
		}
		groups.forEach((group, i) => {
			if (i > 0) ctx.print('');
			for (const line of showGroup(config, group, profileOf(ctx.state).groupTypes)) ctx.print(line);
		});
	},
});

export const resourceGroupConfigCommands: Command[] = [claddgrp, clchgrp, clrmgrp, claddres, cllsres, clshowres].flat();
