/**
 * A node losing and getting back its power: halt -q, reboot -q, clexit.rc
 * (the SRC's answer to a cluster daemon ending abnormally, seed 000
 * §8.2.3.3) and the simulator's own power switch. Nothing survives the power
 * going off: daemons, applications, varied-on volume groups, mounts and
 * every address but the boot ones. The other nodes notice only when the
 * keep-alives stop (detect.ts); a node that boots runs rc.cluster if
 * /etc/inittab says so.
 */
import {logSubsystemDied} from '../errlog.js';
import {CommandError} from '../errors.js';
import {nextPid, subsystemName, subsystemsOf} from '../subsystems.js';
import {startServices} from '../services.js';
import type {ClusterState} from '../state.js';
import {faultsOf} from './model.js';
import {clexitHalt, cutPower, freshMachine} from './power.js';
import {detectNow, scheduleDetection} from './detect.js';

/** Switch a node off: everything it ran is gone; its peers will miss its keep-alives. */
export function powerOff(state: ClusterState, node: string): void {
	cutPower(state, node);
	afterPowerLoss(state, node);
}

/** A node running cluster services is missed by its peers; one that was not leaves nothing behind, not even a forced stop's resources. */
function afterPowerLoss(state: ClusterState, node: string): void {
	const target = state.nodes[node]!;
	if (target.acd !== null) {
		scheduleDetection(state, 'fail');
		return;
	}
	if (target.forcedDown) for (const runtime of Object.values(state.resourceGroups)) if (node in runtime.nodes) runtime.nodes[node] = 'OFFLINE';
	target.forcedDown = false;
}

/**
 * Switch a node on: AIX boots (interfaces up with their boot addresses, the boot-time daemons started) and, when
 * /etc/inittab has HACMP's entry, rc.cluster starts cluster services. What it prints goes to the node's console.
 */
export function powerOn(state: ClusterState, node: string, console: (line: string) => void): void {
	// A node boots in minutes, longer than its peers take to notice it went.
	if (state.nodes[node]!.acd !== null) detectNow(state);
	const faults = faultsOf(state);
	faults.poweredOff = faults.poweredOff.filter(n => n !== node);
	const target = state.nodes[node]!;
	freshMachine(state, node);
	for (const itf of Object.values(target.interfaces)) itf.up = true;
	for (const {name, boot} of subsystemsOf(state)) if (boot && target.subsystems[name]) target.subsystems[name].pid = nextPid(state);
	target.cm = 'ST_INIT';
	if (target.inittab.some(line => line.startsWith('hacmp:'))) {
		try {
			startServices(state, node, {when: 'now', broadcast: false, clinfo: 'no'}, console);
		} catch (error) {
			if (!(error instanceof CommandError)) throw error;
			for (const line of error.message.split('\n')) console(line);
		}
	}
	scheduleDetection(state, 'join');
}

/** A cluster daemon killed: clexit.rc halts the node (seed 000 §8.2.3.3); returns what it prints on the console. */
export function daemonDied(state: ClusterState, node: string, daemon: string): string {
	logSubsystemDied(state, node, daemon);
	const text = clexitHalt(state, node, daemon);
	afterPowerLoss(state, node);
	return text;
}

/** Daemons whose end while cluster services run leaves the cluster manager nothing to go on. */
const VITAL = new Set(['topsvcs', 'grpsvcs']);

/** Whether a daemon ending now halts the node: its cluster manager (4.3's clstrmgr) always, Topology and Group Services while services run. */
export function haltsNode(state: ClusterState, node: string, daemon: string): boolean {
	const target = state.nodes[node]!;
	return (target.subsystems[daemon]?.pid ?? 0) > 0 && (daemon === subsystemName(state, 'manager') || (VITAL.has(daemon) && target.acd !== null));
}

/** A daemon's process killed (kill -9): it ends; one the cluster cannot run without halts the node. Returns what the console shows. */
export function daemonKilled(state: ClusterState, node: string, daemon: string): string[] {
	if (haltsNode(state, node, daemon)) return [daemonDied(state, node, daemon)];
	state.nodes[node]!.subsystems[daemon]!.pid = 0;
	return [];
}
