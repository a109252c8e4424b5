/**
 * Verification of resource groups and their resources: the definition
 * rules, every resource present on every participating node, NFS volume
 * groups with one major number, event scripts and monitor methods on every
 * node.
 */
import {appendFile} from '../files.js';
import {exportVolumeGroup, freeMajors, majorsInUse} from '../lvm-odm.js';
import {attempt} from '../lvm-ops.js';
import {isPoweredOff} from '../failure/model.js';
import {importOnto, missingImports, type VolumeGroupImport} from '../rg/vg-import.js';
import {groupProblems} from '../rg/rules.js';
import {monitorProblems} from '../rg/applications.js';
import type {ClusterState} from '../state.js';
import {error, warning, type Check, type CheckContext, type Finding} from './check.js';
import type {DeepReadonly} from '../readonly.js';
import {entryOf} from '../records.js';

const groupRules: Check = {
	title: 'Resource group definitions',
	part: 'resources',
	run: ctx => ctx.groups.flatMap(group => groupProblems(ctx.state, ctx.config, group, ctx.index).map(p => error(p))),
};

const cascadingNodes: Check = {
	title: 'Cascading resource groups have at least two nodes',
	part: 'resources',
	run: ctx =>
		ctx.groups
			.filter(g => g.type === 'cascading' && g.nodes.length < 2)
			.map(g =>
				error(
					`Cascading resource group ${g.name} has only one participating node (${g.nodes.join('')}); it needs at least two so that another node can ` +
						`take it over.`,
				),
			),
};

const dynamicPriority: Check = {
	title: 'Groups that fall over by dynamic node priority name a policy',
	part: 'resources',
	run: ctx =>
		ctx.groups
			.filter(g => g.fallover === 'FUDNP' && !g.dnpPolicy)
			.map(g =>
				error(
					`Resource group ${g.name} falls over using dynamic node priority but names no dynamic node priority policy (Change/Show Resources and ` +
						`Attributes for a Resource Group).`,
				),
			),
};

/** Major numbers in use on a node other than the volume group's own. */
function majorsInUseBesides(state: DeepReadonly<ClusterState>, node: string, vg: string): Set<number> {
	const used = majorsInUse(state, node);
	const own = state.nodes[node]!.lvm.volumeGroups[vg]?.major;
	if (own !== undefined) used.delete(own);
	return used;
}

/** The corrective action's import: reported, failed or not (verification carries on). */
function importFix(state: ClusterState, plan: VolumeGroupImport & {pvid: string}): string {
	let line = '';
	const result = attempt(() => void (line = importOnto(state, plan)));
	return result.ok ? line : `Failed to import volume group ${plan.vg} on node ${plan.node}: ${result.messages.join(' ')}`;
}

function volumeGroupFindings(ctx: CheckContext, group: CheckContext['groups'][number]): Finding[] {
	const findings: Finding[] = [];
	for (const vg of ctx.index.storage.get(group.name)!.volumeGroups) {
		const owner = group.nodes.find(n => ctx.state.nodes[n]?.lvm.volumeGroups[vg]);
		if (!owner) continue;
		const {vgid} = ctx.state.nodes[owner]!.lvm.volumeGroups[vg]!;
		for (const node of group.nodes) {
			const imported = ctx.state.nodes[node]?.lvm.volumeGroups[vg];
			if (imported && imported.vgid !== vgid) {
				findings.push(
					error(`Volume group ${vg} on node ${node} is not the volume group ${vg} of node ${owner} (VGIDs ${imported.vgid} and ${vgid}).`),
				);
				continue;
			}
			if (imported?.autoVaryon) {
				findings.push(
					warning(
						`Volume group ${vg} of resource group ${group.name} is set to vary on automatically at system restart on node ${node}; HACMP varies shared ` +
							`volume groups on itself, and a node that boots with it varied on holds its disks.`,
						{
							name: 'cl_chvg_autovaryon',
							question: `Turn automatic varyon of ${vg} off on node ${node} (chvg -an ${vg})?`,
							apply: state => {
								state.nodes[node]!.lvm.volumeGroups[vg]!.autoVaryon = false;
								return `Set volume group ${vg} on node ${node} not to vary on at system restart (chvg -an ${vg}).`;
							},
						},
					),
				);
			}
		}
		for (const plan of missingImports(ctx.state, group.nodes, [vg])) {
			const {node, pvid} = plan;
			const message = `Volume group ${vg} of resource group ${group.name} is not defined on node ${node}.`;
			if (!pvid) {
				findings.push(error(`${message} Node ${node} sees none of its disks.`));
				continue;
			}
			findings.push(
				error(message, {
					name: 'cl_import_vg',
					question: `Import volume group ${vg} onto node ${node}?`,
					apply: state => importFix(state, {...plan, pvid}),
				}),
			);
		}
	}
	return findings;
}

const resourcesOnNodes: Check = {
	title: 'Every resource of a group exists on each participating node',
	part: 'resources',
	run(ctx) {
		const findings: Finding[] = [];
		for (const group of ctx.groups) {
			findings.push(...volumeGroupFindings(ctx, group));
			for (const node of group.nodes.filter(n => ctx.state.nodes[n])) {
				const target = ctx.state.nodes[node]!;
				for (const labelName of group.resources.serviceLabels) {
					const label = ctx.config.ipLabels[labelName];
					if (!label || ctx.hosts(node).has(labelName) || (label.node && label.node !== node)) continue;
					findings.push(
						error(`Service label ${labelName} of resource group ${group.name} is not in /etc/hosts on node ${node}, so the node cannot resolve it.`, {
							name: 'cl_update_etc_hosts',
							question: `Add "${label.address} ${labelName}" to /etc/hosts on node ${node}?`,
							apply: state => {
								appendFile(state.nodes[node]!, '/etc/hosts', `${label.address}\t${labelName}\n`);
								return `Added ${labelName} (${label.address}) to /etc/hosts on node ${node}.`;
							},
						}),
					);
				}
				for (const name of group.resources.appServers) {
					const server = ctx.config.appServers[name];
					for (const script of server ? [server.startScript, server.stopScript] : []) {
						if (target.files[script] === undefined)
							findings.push(
								error(
									`Application server ${name}: script ${script} does not exist on node ${node}. Copy it there; every node that can take the group runs it.`,
								),
							);
					}
				}
				for (const pvid of group.resources.rawDisks) {
					if (!ctx.state.disks[pvid]?.paths[node])
						findings.push(error(`Disk ${pvid} of resource group ${group.name} is not configured on node ${node}.`));
				}
				for (const fs of group.resources.filesystems) {
					if (!target.lvm.filesystems[fs] && ctx.index.storage.get(group.name)!.volumeGroups.some(vg => target.lvm.volumeGroups[vg])) {
						findings.push(
							warning(
								`File system ${fs} of resource group ${group.name} is not in /etc/filesystems on node ${node}; its volume group definition there is out ` +
									`of date. Lazy update imports it again when ${node} takes the group.`,
							),
						);
					}
				}
			}
		}
		return findings;
	},
};

const nfsMajorNumbers: Check = {
	title: 'Volume groups exported over NFS have one major number on every node',
	part: 'resources',
	run(ctx) {
		const findings: Finding[] = [];
		for (const group of ctx.groups.filter(g => g.resources.exportFs.length > 0)) {
			for (const vg of ctx.index.storage.get(group.name)!.volumeGroups) {
				const holders = group.nodes.filter(n => ctx.state.nodes[n]?.lvm.volumeGroups[vg]);
				const majors = new Map(holders.map(n => [n, ctx.state.nodes[n]!.lvm.volumeGroups[vg]!.major]));
				if (new Set(majors.values()).size <= 1) continue;
				const listed = holders.map(n => `${n} ${majors.get(n)}`).join(', ');
				const message =
					`Volume group ${vg} of resource group ${group.name} is exported over NFS but has different major numbers (${listed}); NFS ` +
					`clients lose their file handles when it moves. Every node must use the same major number.`;
				const common =
					[...majors.values()].find(m => holders.every(n => !majorsInUseBesides(ctx.state, n, vg).has(m))) ?? freeMajors(ctx.state, holders)[0];
				const busy = holders.filter(n => ctx.state.nodes[n]!.lvm.varyon[vg]);
				if (common === undefined || busy.length > 0) {
					findings.push(error(busy.length > 0 ? `${message} It is varied on on ${busy.join(', ')}; vary it off to correct this.` : message));
					continue;
				}
				const wrong = holders.filter(n => majors.get(n) !== common);
				findings.push(
					error(message, {
						name: 'cl_import_vg',
						question: `Import volume group ${vg} again with major number ${common} on ${wrong.join(', ')}?`,
						apply: state =>
							wrong
								.map(node => {
									const pvid = state.nodes[node]!.lvm.volumeGroups[vg]!.pvids.find(p => state.disks[p]?.paths[node])!;
									// A node that does not answer cannot import it again: it keeps its definition (importFix reports it).
									if (!isPoweredOff(state, node)) attempt(() => exportVolumeGroup(state, node, vg));
									return importFix(state, {vg, node, pvid, holderMajor: common});
								})
								.join('\n'),
					}),
				);
			}
		}
		return findings;
	},
};

const eventScripts: Check = {
	title: 'Custom event scripts exist on every node',
	part: 'resources',
	run(ctx) {
		if (!ctx.topology) return [];
		const findings: Finding[] = [];
		for (const [event, scripts] of Object.entries(ctx.config.eventScripts)) {
			for (const kind of ['pre', 'post', 'notify', 'recovery'] as const) {
				// A pre- or post-event command may name a custom event: its script is what must exist.
				const command = scripts[kind];
				const path = command && (entryOf(ctx.config.customEvents, command)?.script ?? command).split(' ')[0]!;
				if (!path) continue;
				for (const node of ctx.nodes.filter(n => ctx.state.nodes[n]!.files[path] === undefined)) {
					findings.push(
						warning(
							`The ${kind} script ${path} of event ${event} does not exist on node ${node}: the event fails there. Synchronization copies only the ` +
								`script's name: every node needs the script itself (its contents may differ).`,
						),
					);
				}
			}
		}
		return findings;
	},
};

const applicationMonitors: Check = {
	title: 'Application monitors',
	part: 'resources',
	run(ctx) {
		const findings: Finding[] = [];
		for (const monitor of Object.values(ctx.config.appMonitors)) {
			findings.push(...monitorProblems(ctx.config, monitor).map(p => error(p)));
			const owner = ctx.index.users.server.get(monitor.server)?.[0];
			const group = owner === undefined ? undefined : ctx.config.resourceGroups[owner];
			if (!group) {
				findings.push(warning(`Application monitor ${monitor.name} watches ${monitor.server}, which is in no resource group, so it never runs.`));
				continue;
			}
			if (monitor.stabilization === 0)
				findings.push(
					warning(
						`Application monitor ${monitor.name} has a stabilization interval of 0: it may judge ${monitor.server} failed while it is still starting.`,
					),
				);
			for (const path of [monitor.method, monitor.notifyMethod, monitor.cleanupMethod, monitor.restartMethod]) {
				for (const node of path ? group.nodes.filter(n => ctx.state.nodes[n] && ctx.state.nodes[n]!.files[path] === undefined) : []) {
					findings.push(error(`Method ${path} of application monitor ${monitor.name} does not exist on node ${node}.`));
				}
			}
		}
		return findings;
	},
};

export const RESOURCE_CHECKS: readonly Check[] = [
	groupRules,
	cascadingNodes,
	dynamicPriority,
	resourcesOnNodes,
	nfsMajorNumbers,
	eventScripts,
	applicationMonitors,
];
