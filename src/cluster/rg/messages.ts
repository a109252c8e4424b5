/**
 * The resource group family's messages, each written once: what the
 * definition utilities (claddgrp, claddres, claddserv, claddappmon,
 * claddfbtimer and their change, remove and list companions), clRGmove and
 * the DARE migration (cldare -M) refuse with. Problems are bare sentences;
 * HACMP prints each as an `ERROR:` line (errorLines), the migration as a
 * `cldare: ERROR:` line.
 */

/** HACMP's refusal: one `ERROR:` line per problem. */
export const errorLines = (...problems: readonly string[]) => problems.map(p => `ERROR: ${p}`);

const recover = (failed: readonly string[]) => `Recover From HACMP Script Failure (${failed.map(n => `clruncmd ${n}`).join(', ')})`;

/** A movement asked for while a failed event holds the cluster's events (inferred wording). */
export const eventsHeld = (failed: readonly string[]) =>
	`cluster event processing is stopped by a failed event on ${failed.join(', ')}. Correct the problem and run ${recover(failed)} ` +
	'before moving resource groups.';

/** A movement whose events stopped at a failed one (inferred wording). */
export const movementHeld = (group: string, failed: readonly string[]) =>
	`The movement of resource group ${group} did not complete: an event failed on ${failed.join(', ')} and the rest of it waits ` +
	`for ${recover(failed)}. See /tmp/hacmp.out.`;

// Names of defined objects (groups, application servers and monitors, fallback timer policies).
export const invalidName = (kind: string, name: string, longest = 32) =>
	`${kind} name "${name}" is not valid: use up to ${longest} letters, digits and underscores, not starting with a digit.`;
export const reservedName = (kind: string, name: string) => `${kind} name "${name}" is a reserved word in HACMP; choose another name.`;
export const alreadyExists = (kind: string, name: string) => `${kind} ${name} already exists.`;
export const notDefined = (kind: string, name: string) => `${kind} ${name} is not defined.`;
export const groupNotDefined = (name: string, active = false) =>
	`Resource group ${name} is not defined in the ${active ? 'active cluster' : 'cluster'} configuration.`;
export const notClusterNodes = (nodes: readonly string[]) =>
	`${nodes.join(', ')} ${nodes.length === 1 ? 'is not a cluster node' : 'are not cluster nodes'}`;
export const notClusterNode = (node: string) => `${notClusterNodes([node])}.`;

// Resource groups and their attributes.
export const customNeedsPolicies = () => 'A custom resource group needs a startup, a fallover and a fallback policy.';
export const policiesFollowType = (name: string, type: string) =>
	`Resource group ${name} is ${type}: its policies follow from its type and attributes (Inactive Takeover, Cascading Without Fallback, dynamic ` +
	`node priority).`;
export const notValidHere = (value: string, allowed: readonly string[]) => `${value} is not valid here; use ${allowed.join(' or ')}.`;
export const notAttribute = (name: string) => `${name} is not a resource group attribute.`;
export const attributeDoesNotApply = (attribute: string, group: string, type: string, startup: string) =>
	`${attribute} does not apply to resource group ${group} (${type}, ${startup}).`;

// The rules a group keeps (groupProblems: refused by the editing utilities, reported by clverify).
const list = (items: readonly string[]) => items.join(', ');
export const noNodes = (group: string) => `Resource group ${group} has no participating nodes.`;
export const groupUsesNonNodes = (group: string, unknown: readonly string[]) =>
	`${notClusterNodes(unknown)}; resource group ${group} cannot use ${unknown.length === 1 ? 'it' : 'them'}.`;
export const listedTwice = (what: string, item: string, group: string) => `${what} ${item} is listed more than once for resource group ${group}.`;
export const allNodesPolicies = (group: string) =>
	`Resource group ${group}: the startup policy Online On All Available Nodes requires the fallover policy Bring Offline (On Error Node Only) and ` +
	`the fallback policy Never Fallback.`;
export const distributionPolicies = (group: string) =>
	`Resource group ${group}: the startup policy Online Using Distribution Policy requires the fallback policy Never Fallback ` +
	'and a fallover policy other than Bring Offline (On Error Node Only).';
export const sitePolicyWithoutSites = (group: string, policy: string) =>
	`Resource group ${group}: the inter-site management policy ${policy} needs sites, and the cluster has none; use ignore.`;
export const vgSeenByNoDisk = (vg: string, node: string) =>
	`Volume group ${vg} cannot be imported onto node ${node}: the node sees none of its disks.`;
/** An import onto a node that is powered off: clcomdES there does not answer (the wording C-SPOC's smit session uses). */
export const vgNodeDoesNotAnswer = (vg: string, node: string) =>
	`Volume group ${vg} cannot be imported onto node ${node}: Unable to communicate with node ${node}: it does not answer.`;
export const notDnpPolicy = (policy: string, policies: readonly string[]) =>
	`${policy} is not a dynamic node priority policy (use ${list(policies)}).`;
export const noDnpForType = (group: string, type: string) => `Resource group ${group} is ${type}: ${type} groups have no dynamic node priority.`;
export const timerForCustomOnly = (group: string, type: string) =>
	`Resource group ${group} is ${type}: only custom resource groups use a delayed fallback timer.`;
export const timerNeedsFallback = (group: string, timer: string) =>
	`Resource group ${group} never falls back, so it cannot use the delayed fallback timer ${timer}.`;
export const notServiceLabel = (label: string) => `${label} is not a service IP label.`;
export const labelBoundElsewhere = (label: string, node: string, group: string) =>
	`Service IP label ${label} is bound to node ${node}, which is not a participating node of ${group}.`;
export const alreadyInGroup = (kind: string, item: string, group: string) => `${kind} ${item} is already configured in resource group ${group}.`;
export const notServer = (server: string) => `${server} is not an application server.`;
export const notOnParticipatingNodes = (kind: string, item: string, group: string) =>
	`${kind} ${item} is not defined on any participating node of ${group}.`;
export const volumeGroupInOtherGroup = (vg: string, group: string) =>
	`Volume group ${vg} (and its logical volumes) is already part of resource group ${group}; a volume group belongs to one resource group only.`;
export const concurrentFileSystems = (group: string, fileSystems: readonly string[]) =>
	`Resource group ${group} is concurrent (online on all available nodes) but holds the file systems ${list(fileSystems)}; concurrent access ` +
	`supports no JFS or JFS2 file systems, only raw logical volumes.`;
export const exportNeedsFsBeforeIp = (group: string) =>
	`Resource group ${group} exports file systems over NFS, so "Filesystems mounted before IP configured" must be true.`;
export const exportOutsideGroup = (dir: string, group: string) =>
	`${dir} is not on a file system of resource group ${group}, so it cannot be exported.`;

// Application servers and monitors (monitorProblems: refused by claddappmon and clchappmon, reported by clverify).
export const notFullPath = (kind: string, path: string, of?: string) =>
	`The ${kind} ${path}${of ? ` of ${of}` : ''} must be given as a full path name.`;
export const serverInGroup = (server: string, group: string) =>
	`Application server ${server} is configured in resource group ${group}; remove it from the group first.`;
export const serverMonitored = (server: string, monitor: string) =>
	`Application server ${server} is monitored by ${monitor}; remove the monitor first.`;
export const processesNeeded = (monitor: string) => `Process monitor ${monitor} needs the names of the processes to monitor.`;
export const ownerNeeded = (monitor: string) => `Process monitor ${monitor} needs the owner of the processes.`;
export const methodNeeded = (monitor: string) => `Custom monitor ${monitor} needs a monitor method.`;
export const intervalNeeded = (monitor: string) => `Custom monitor ${monitor} needs a monitor interval greater than 0.`;
export const restartMethodNeeded = (monitor: string, count: number) =>
	`Monitor ${monitor} restarts the application (restart count ${count}), so it needs a restart method.`;

// Run-time policies.
export const TIMER_POLICY = 'The delayed fallback timer policy';
export const settlingTimeNotSeconds = (most: number) => `The settling time must be a number of seconds, from 0 to ${most}.`;
export const outOfRange = (label: string, low: number, high: number) => `${label} must be from ${low} to ${high}.`;
export const timerInUse = (name: string, group: string) =>
	`${TIMER_POLICY} ${name} is used by resource group ${group}; remove it from the group first.`;

// Moving groups: clRGmove and the DARE migration.
export const cldareErrors = (problems: readonly string[]) => problems.map(p => `cldare: ERROR: ${p}`);
export const notMigrationRequest = (spec: string) => `"${spec}" is not a migration request; write group:location or group:location:sticky.`;
export const defaultNotSticky = (group: string) => `"default" clears a sticky location; it cannot be sticky itself (${group}:default).`;
export const onlyStopWhileDown = (group: string) =>
	`Cluster services are not active: only "${group}:stop" can be requested (with -v), to clear a sticky location while HACMP is down.`;
export const migrateConcurrent = (group: string) =>
	`Resource group ${group} is online on all available nodes; it can be stopped or returned to its default, not migrated to one node.`;
export const notNodeNorLocation = (location: string) => `${location} is not a cluster node, nor default or stop.`;
export const notInNodeList = (node: string, group: string, nodes: readonly string[]) =>
	`Node ${node} is not in the node list of resource group ${group} (${nodes.join(' ')}).`;
export const migrationNodeNotUp = (node: string) => `Node ${node} is not up (cluster services are not active on it).`;
export const namedTwice = (group: string) => `Resource group ${group} is named in more than one request.`;
export const migrateNeedsNoVerify = () =>
	'Cluster services are not active on any node: use cldare -v (no verification) to change a group while HACMP is down.';
export const noGroupMigrated = () => 'cldare: No resource group was migrated.';
export const clusterNotRunning = () => 'Cluster services are not active on any node; resource groups can only be moved in a running cluster.';
export const moveNodeNotUp = (node: string) => `Node ${node} is not up: cluster services are not active on it.`;
export const moveNeedsNode = () => 'Moving a resource group needs a destination node (-n).';
export const moveConcurrent = (group: string) =>
	`Resource group ${group} is online on all available nodes; bring it online or offline on a node instead of moving it.`;
export const moveNotOnline = (group: string) => `Resource group ${group} is not online on any node; bring it online instead of moving it.`;
export const alreadyOnline = (group: string, online: readonly string[]) =>
	`Resource group ${group} is already online${online.length > 0 ? ` on node ${online.join(', ')}` : ''}.`;
export const onlineElsewhere = (group: string, node: string) => `Resource group ${group} is online on node ${node}; move it instead.`;
export const notOnline = (group: string, node?: string) => `Resource group ${group} is not online${node ? ` on node ${node}` : ''}.`;

// The utilities' own usage refusals (the command's name first, then its Usage).
export const notNameValue = (command: string, word: string) => `${command}: ${word} is not NAME=value.`;
export const groupNameRequired = (command: string) => `${command}: a resource group name (-g) is required.`;
export const nodesRequired = (command: string) => `${command}: the participating nodes (-n) are required, highest priority first.`;
export const customNeedsPolicyFlags = (command: string) =>
	`${command}: a resource group needs -S, -O and -B (startup, fallover and fallback policies).`;
export const relationshipRequired = (command: string, types: readonly string[]) =>
	`${command}: the node relationship (-r ${types.join(' | ')}) is required.`;
export const notMonitorAttribute = (command: string, attribute: string, names: readonly string[]) =>
	`${command}: ${attribute} is not one of ${names.join(', ')}.`;
export const attributeIs = (command: string, attribute: string, values: string) => `${command}: ${attribute} is ${values}.`;
export const attributeNotNumber = (command: string, attribute: string, unit: string) => `${command}: ${attribute} must be a number of ${unit}.`;
export const monitorNamesRequired = (command: string) => `${command}: name= and RESOURCE_TO_MONITOR= are required.`;
export const monitorNameFirst = (command: string) => `${command}: the first argument must be name=monitor_name.`;
export const settlingTimeFlag = (command: string) => `${command}: the settling time is a number of seconds.`;
export const recurrenceOneOf = (command: string, recurrences: readonly string[]) => `${command}: -r is one of ${recurrences.join(', ')}.`;
export const policyNameRequired = (command: string) => `${command}: a policy name (-n) is required.`;
export const policyToChangeRequired = (command: string) => `${command}: the policy to change (-n) is required.`;
export const moveAction = (command: string) => `${command}: give a group (-g) and one action: -m (move), -u (online) or -d (offline).`;
