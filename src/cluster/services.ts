/**
 * Cluster services on a node: what rc.cluster / clstart and clstop do.
 * Starting brings up the RSCT and HACMP daemons, gives the cluster manager
 * its ACD and runs node_up; stopping runs node_down in the chosen mode
 * (graceful, graceful with takeover, forced) and stops the daemons. Both can
 * instead (or also) add or remove the inittab entry that starts HACMP at boot.
 */
import {refuse} from './errors.js';
import {activeNodes, configById, dcdOf, isConcurrentGroup, runningConfigId, sameConfig} from './config.js';
import {dateTime} from './clock.js';
import {EventLog} from './events/log.js';
import {onNodeLeft, refuseToLeaveWhileWaiting, runNodeDown, runNodeUp, type StopMode} from './events/node-events.js';
import {configureLabel} from './events/resources.js';
import {cancelGroupTimers} from './events/timers.js';
import type {ClusterManagerState, ClusterState} from './state.js';
import {verifyCluster, type VerifyOptions} from './verify/verify.js';
import {isActive, startSubsystem, stopSubsystem, subsystemsOf} from './subsystems.js';
import {profileOf, type Release} from './release/index.js';
import {alreadyActiveOnNode, configurationDiffers, notActiveOnNode, startAborted, verificationFailed} from './services-messages.js';
import {stopWaits} from './event-scripts/messages.js';
import {subsystemAlreadyActive, subsystemStarted, subsystemStopRequested} from './subsystem-messages.js';

export type When = 'now' | 'restart' | 'both';
type Print = (line: string) => void;

/** The /etc/inittab entry rc.cluster -R adds so HACMP starts at boot (SG24-5131 8.2.2.1), in the release's directory. */
export const inittabEntry = (state: {readonly release?: Release}) =>
	`hacmp:2:wait:${profileOf(state).clusterDir}/etc/rc.cluster -boot > /dev/console 2>&1 # Bring up Cluster`;

export interface StartOptions {
	when: When;
	broadcast: boolean;
	clinfo: 'no' | 'yes' | 'traps';
	/** Keeps clverify.log should the start then be refused (CommandContext.keepOnFailure). */
	keep?: VerifyOptions['keep'];
	/** Configurations (DCD ids) already verified in this run: C-SPOC verifies once for all the nodes it starts. */
	verified?: Set<string>;
}

export interface StopOptions {
	when: When;
	mode: StopMode;
	broadcast: boolean;
}

function setInittab(state: ClusterState, node: string, present: boolean, print: Print): void {
	const inittab = state.nodes[node]!.inittab;
	const at = inittab.findIndex(line => line.startsWith('hacmp:'));
	if (present && at < 0) {
		// Before the clinit entries, which must stay last.
		const clinit = inittab.findIndex(line => line.startsWith('clinit:'));
		const entry = inittabEntry(state);
		inittab.splice(clinit < 0 ? inittab.length : clinit, 0, entry);
		print(`Adding the entry to /etc/inittab to start cluster services at system restart:`);
		print(entry);
	} else if (!present && at >= 0) {
		inittab.splice(at, 1);
		print('Removed the hacmp entry from /etc/inittab: cluster services will not start at system restart.');
	}
}

function broadcast(state: ClusterState, node: string, text: string, print: Print): void {
	const time = dateTime(state.clock).slice(11, 19);
	print(`Broadcast message from root@${node} (pts/0) at ${time} ...`);
	print('');
	print(text);
	print('');
}

/**
 * The checks rc.cluster makes before starting: the node's configuration must
 * match the running cluster's, and pass clverify. A failure stops the start
 * (ignoring verification errors, -v, and correcting them, -C, came after 5.2).
 */
function verifyBeforeStart(state: ClusterState, node: string, options: StartOptions, print: Print): void {
	const running = runningConfigId(state);
	const others = activeNodes(state);
	const failed = (message: readonly string[]) => refuse([...message, startAborted(node)]);
	print('Verifying Cluster Configuration Prior to Starting Cluster Services.');
	if (running && others.length > 0) {
		print(`Verifying node(s): ${node} against the running node ${others[0]}`);
		if (!sameConfig(state, running, state.nodes[node]!.dcd)) failed(configurationDiffers(node));
	}
	const dcd = state.nodes[node]!.dcd;
	if (!options.verified?.has(dcd)) {
		const {errors} = verifyCluster(state, node, {correct: 'no', keep: options.keep}, print);
		if (errors > 0) failed([verificationFailed(node, errors)]);
		options.verified?.add(dcd);
	}
	print(`Successfully verified node(s): ${node}`);
}

/** Start cluster services on one node (now, at restart, or both). */
export function startServices(state: ClusterState, node: string, options: StartOptions, print: Print): void {
	const target = state.nodes[node]!;
	if (options.when !== 'now') setInittab(state, node, true, print);
	if (options.when === 'restart') return;
	if (target.acd !== null) refuse(alreadyActiveOnNode(node));

	if (profileOf(state).verifiesAtStart) verifyBeforeStart(state, node, options, print);
	print(`Starting Cluster Services on node: ${node}`);
	print('This may take a few minutes.  Please wait...');
	if (options.broadcast) broadcast(state, node, `Starting HACMP cluster services on node ${node}.`, print);
	const running = runningConfigId(state);
	const config = running ? configById(state, running) : dcdOf(state, node);
	const concurrent = Object.values(config.resourceGroups).some(g => isConcurrentGroup(g) && g.nodes.includes(node));
	const hps = Object.values(config.networks).some(n => n.type === 'hps');
	for (const subsystem of subsystemsOf(state)) {
		if (subsystem.boot) continue;
		if (subsystem.role === 'info' && options.clinfo === 'no') continue;
		if (subsystem.role === 'lock' && !concurrent) continue;
		if (subsystem.name === 'grpglsm' && !hps) continue;
		if (startSubsystem(state, target, subsystem.name)) {
			print(subsystemStarted(subsystem.name, target.subsystems[subsystem.name]!.pid));
		} else if (isActive(target, subsystem.name)) {
			for (const line of subsystemAlreadyActive(subsystem.name)) print(line);
		}
	}
	target.cm = 'ST_JOINING';
	target.acd = running ?? target.dcd;
	const log = new EventLog(state);
	log.pass(2);
	// Persistent labels come up with the first start and then stay, even while services are down.
	for (const label of Object.values(config.ipLabels)) {
		if (label.role !== 'persistent' || label.node !== node) continue;
		if (!Object.values(target.interfaces).some(i => i.addresses.includes(label.label)))
			configureLabel(state, log, config, node, label.label, 'cl_configure_persistent_address');
	}
	target.cm = 'ST_RP_RUNNING';
	runNodeUp(state, node);
	if (target.forcedDown) target.forcedDown = false;
	// A node_up that failed here leaves the cluster manager waiting for clruncmd, one queued behind a failed event joining.
	if ((target.cm as ClusterManagerState) === 'ST_RP_RUNNING') target.cm = 'ST_STABLE';
	print(`${dateTime(state.clock)} Completed execution of ${profileOf(state).clusterDir}/etc/rc.cluster`);
	print(`with parameters: ${startFlags(options)}.`);
	print('Exit status = 0');
}

/** The flags rc.cluster ran with. */
function startFlags(options: StartOptions): string {
	const when = {now: '-N', restart: '-R', both: '-B'}[options.when];
	const clinfo = options.clinfo === 'yes' ? ' -i' : options.clinfo === 'traps' ? ' -I' : '';
	return `-boot ${when}${options.broadcast ? ' -b' : ''}${clinfo}`;
}

const STOP_WORDS: Record<StopMode, string> = {graceful: 'graceful', takeover: 'graceful with takeover', forced: 'forced'};

/** Stop cluster services on one node (now, at restart, or both) in the given mode. */
export function stopServices(state: ClusterState, node: string, options: StopOptions, print: Print): void {
	const target = state.nodes[node]!;
	if (options.when !== 'now') setInittab(state, node, false, print);
	if (options.when === 'restart') return;
	if (target.acd === null) refuse(notActiveOnNode(node));
	refuseToLeaveWhileWaiting(state, node);
	if (options.broadcast) broadcast(state, node, `HACMP on node ${node} shutting down. Please exit any cluster applications...`, print);
	print(`Stopping Cluster Services on node: ${node} (${STOP_WORDS[options.mode]})`);
	target.cm = 'ST_RP_RUNNING';
	// A failed event holding the rest of its node_down keeps the cluster manager until clruncmd lets it finish.
	if (runNodeDown(state, node, options.mode)) leaveCluster(state, node, options.mode, print);
	else print(stopWaits(node));
}

/** The node's node_down has run: its daemons stop and it is out of the cluster. */
function leaveCluster(state: ClusterState, node: string, mode: StopMode, print: Print): void {
	const target = state.nodes[node]!;
	for (const subsystem of [...subsystemsOf(state)].reverse()) {
		if (subsystem.boot) continue;
		if (stopSubsystem(target, subsystem.name)) print(subsystemStopRequested(subsystem.name));
	}
	target.acd = null;
	target.cm = 'ST_INIT';
	target.forcedDown = mode === 'forced';
	if (activeNodes(state).length === 0) {
		// The last node is gone: only what forced stops left up stays online, on the nodes forced down.
		for (const runtime of Object.values(state.resourceGroups)) {
			for (const member of Object.keys(runtime.nodes)) if (!state.nodes[member]?.forcedDown) runtime.nodes[member] = 'OFFLINE';
		}
		cancelGroupTimers(state);
	}
	print(`${dateTime(state.clock)} Cluster services stopped on node ${node} (${STOP_WORDS[mode]}).`);
}

// A stop whose node_down waited behind a failed event finishes when clruncmd has let it run (what it prints goes nowhere).
onNodeLeft((state, node, mode) => leaveCluster(state, node, mode, () => {}));
