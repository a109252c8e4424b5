/**
 * Listings of what a resource group can be given, one item a line with the
 * name first (SMIT's F4 lists take the first word): cllssvcs (service IP
 * labels), cllsvg (shared volume groups), cllsfs (their file systems),
 * cllsdnp (dynamic node priority policies). Each shows which group already
 * uses an item.
 */
import {defineCommand} from '../command/define.js';
import type {Command, CommandContext} from '../command/registry.js';
import {dcdOf, type ClusterConfig} from '../cluster/config.js';
import {DNP_POLICIES} from '../cluster/rg/policies.js';
import {groupStorage, indexGroups} from '../cluster/rg/rules.js';
import {definedGroup} from '../cluster/rg/groups.js';
import {fileSystemsOf} from '../cluster/lvm-ops.js';
import {UTILITIES} from './cluster-state.js';
import type {DeepReadonly} from '../cluster/readonly.js';

const usedBy = (name: string | undefined) => (name ? `resource group ${name}` : 'no resource group');

type Owner = (item: string) => string | undefined;

/** The group that uses each service label, volume group and file system, from one index of the configuration. */
function owners(ctx: CommandContext, config: DeepReadonly<ClusterConfig>): {label: Owner; vg: Owner; fs: Owner} {
	const index = indexGroups(ctx.state, config);
	const fileSystems = new Map<string, string>();
	for (const [group, storage] of index.storage) for (const fs of storage.fileSystems) if (!fileSystems.has(fs)) fileSystems.set(fs, group);
	return {label: label => index.users.label.get(label)?.[0], vg: vg => index.users.vg.get(vg)?.[0], fs: fs => fileSystems.get(fs)};
}

/** A listing: read-only, no operands, and -g (a group whose items to list, or one the whole list ignores). */
const listing = (help: string) => ({dirs: [UTILITIES], readOnly: true, flags: {g: {arg: 'group', help}}, operands: {count: 0}}) as const;
const BY_GROUP = listing('only what this resource group uses');
const ANY_GROUP = listing('accepted and ignored: the list is the same for every group');

const cllssvcs = defineCommand({
	...ANY_GROUP,
	name: 'cllssvcs',
	summary: 'Lists the service IP labels with their address, network, node and the resource group that uses each.',
	synopsis: '',
	run(ctx) {
		const config = dcdOf(ctx.state, ctx.node);
		const owner = owners(ctx, config).label;
		for (const label of Object.values(config.ipLabels).filter(l => l.role === 'service')) {
			ctx.print(
				`${label.label.padEnd(20)}${label.address.padEnd(17)}${label.network.padEnd(16)}${label.node ? `node ${label.node}, ` : ''}` +
					`${usedBy(owner(label.label))}`,
			);
		}
	},
});

/** The volume groups shared storage offers on this node: all but rootvg. */
function sharedVolumeGroups(ctx: CommandContext): string[] {
	return Object.keys(ctx.state.nodes[ctx.node]!.lvm.volumeGroups)
		.filter(vg => vg !== 'rootvg')
		.sort();
}

const cllsvg = defineCommand({
	...BY_GROUP,
	name: 'cllsvg',
	summary: 'Lists the shared volume groups (all but rootvg), whether each is concurrent capable and the resource group that uses it.',
	synopsis: '[-g group]',
	run(ctx, {opts: {g: group}}) {
		const owner = owners(ctx, dcdOf(ctx.state, ctx.node)).vg;
		const vgs = group ? groupStorage(ctx.state, definedGroup(ctx.state, ctx.node, group)).volumeGroups : sharedVolumeGroups(ctx);
		for (const vg of vgs) {
			const concurrent = ctx.state.vgda[ctx.state.nodes[ctx.node]!.lvm.volumeGroups[vg]?.vgid ?? '']?.concurrent;
			ctx.print(`${vg.padEnd(20)}${(concurrent ? 'concurrent capable' : '').padEnd(20)}${usedBy(owner(vg))}`);
		}
	},
});

const cllsfs = defineCommand({
	...BY_GROUP,
	name: 'cllsfs',
	summary: 'Lists the file systems on the shared volume groups and the resource group that uses each.',
	synopsis: '[-g group]',
	run(ctx, {opts: {g: group}}) {
		if (group) {
			for (const fs of groupStorage(ctx.state, definedGroup(ctx.state, ctx.node, group)).fileSystems) ctx.print(fs);
			return;
		}
		const owner = owners(ctx, dcdOf(ctx.state, ctx.node)).fs;
		for (const vg of sharedVolumeGroups(ctx)) {
			for (const fs of fileSystemsOf(ctx.state, ctx.node, vg)) ctx.print(`${fs.padEnd(20)}${vg.padEnd(20)}${usedBy(owner(fs))}`);
		}
	},
});

const cllsdnp = defineCommand({
	...ANY_GROUP,
	name: 'cllsdnp',
	summary: 'Lists the dynamic node priority policies and what each prefers.',
	synopsis: '',
	run(ctx) {
		for (const [policy, meaning] of Object.entries(DNP_POLICIES)) ctx.print(`${policy.padEnd(22)}${meaning}`);
	},
});

export const resourceListCommands: Command[] = [cllssvcs, cllsvg, cllsfs, cllsdnp].flat();
