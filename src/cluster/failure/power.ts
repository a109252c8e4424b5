/**
 * The power going off a node: nothing it ran survives (daemons,
 * applications, varied-on volume groups, mounts, every address but the boot
 * ones). Shared by
 * the faults that switch a node off and by clexit.rc.
 */
import {dcdOf} from '../config.js';
import {logOperatorMessage} from '../errlog.js';
import {EventLog} from '../events/log.js';
import type {ClusterState} from '../state.js';
import {faultsOf, isPoweredOff} from './model.js';
import {profileOf} from '../release/index.js';

export function cutPower(state: ClusterState, node: string): void {
	if (isPoweredOff(state, node)) return;
	faultsOf(state).poweredOff.push(node);
	freshMachine(state, node);
}

/**
 * A machine as it is off, and as it boots: no process, nothing varied on or mounted, only the boot addresses. (A
 * boot starts from this too: peers that had not yet noticed the node gone may have sent it work meanwhile.)
 */
export function freshMachine(state: ClusterState, node: string): void {
	const target = state.nodes[node]!;
	for (const subsystem of Object.values(target.subsystems)) subsystem.pid = 0;
	target.apps = {};
	target.lvm.varyon = {};
	target.lvm.mounts = {};
	bootAddresses(state, node);
}

/** Each interface with only its boot address, as AIX configures it at boot (and as the ODM keeps it while the power is off). */
function bootAddresses(state: ClusterState, node: string): void {
	const labels = Object.values(dcdOf(state, node).ipLabels);
	for (const [name, itf] of Object.entries(state.nodes[node]!.interfaces)) {
		const boot = labels.find(l => l.role === 'boot' && l.node === node && l.iface === name);
		itf.addresses = boot ? [boot.label] : [];
	}
}

/** clexit.rc: a cluster daemon ended abnormally (or could not go on) and the node is halted at once rather than run unmanaged. */
export function clexitHalt(state: ClusterState, node: string, why: string): string {
	// Where the SRC sends a cluster daemon's abnormal end (seed 000 §8.2.3.3), in the release's own directory.
	const text = `${profileOf(state).clusterDir}/utilities/clexit.rc : Unexpected termination of ${why}. Halting system immediately!!!`;
	new EventLog(state).note(node, text);
	logOperatorMessage(state, node, text);
	cutPower(state, node);
	return text;
}
