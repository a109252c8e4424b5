/**
 * The RSCT daemons' logs under /var/ha/log that the study guide lists (§8.1.3.8): each start of cluster services on
 * a node begins a Topology Services log (topsvcs.DD.HHMMSS.cluster: the daemon, its adapters, the nodes it sees) and a
 * Group Services log (grpsvcs.DD.HHMMSS.cluster: the groups the cluster manager joins); nodes coming and going are
 * noted in the logs of the nodes that see them. Where an SP Switch (hps) network runs the Group Services GLSM daemon,
 * its log /var/ha/log/grpglsm records its start and stop and the switch adapters it watches.
 */
import {activeNodes} from '../config.js';
import {onNodeEvent} from '../events/node-hooks.js';
import {appendFile} from '../files.js';
import type {ClusterState} from '../state.js';

export const RSCT_LOG_DIR = '/var/ha/log';
const GRPGLSM_LOG = `${RSCT_LOG_DIR}/grpglsm`;

/** grpglsm runs only where cluster services started it (a node on an SP Switch network). */
const glsmRuns = (state: ClusterState, node: string) => (state.nodes[node]!.subsystems.grpglsm?.pid ?? 0) > 0;

const pad = (n: number) => String(n).padStart(2, '0');
const hms = (d: Date) => `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
const stamp = (ms: number) => {
	const d = new Date(ms);
	return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** The node's current log of a daemon (the one its last start began). */
function currentLog(state: ClusterState, node: string, daemon: 'topsvcs' | 'grpsvcs'): string | undefined {
	return Object.keys(state.nodes[node]!.files)
		.filter(path => path.startsWith(`${RSCT_LOG_DIR}/${daemon}.`))
		.sort()
		.at(-1);
}

/** Each daemon's process name, by its SRC subsystem. */
const PROCESS = {hatsd: 'topsvcs', hagsd: 'grpsvcs', hagsglsmd: 'grpglsm'} as const;

function write(state: ClusterState, node: string, path: string, process: keyof typeof PROCESS, lines: readonly string[]): void {
	const pid = state.nodes[node]!.subsystems[PROCESS[process]]?.pid ?? 0;
	appendFile(state.nodes[node]!, path, lines.map(line => `${stamp(state.clock)} ${process}[${pid}]: ${line}\n`).join(''));
}

onNodeEvent('node_up', ({state, config, node}) => {
	const d = new Date(state.clock);
	const suffix = `${pad(d.getUTCDate())}.${hms(d)}.${config.cluster.name}`;
	const others = activeNodes(state).filter(n => n !== node);
	const adapters = Object.values(config.ipLabels).filter(label => label.node === node && label.iface);
	write(state, node, `${RSCT_LOG_DIR}/topsvcs.${suffix}`, 'hatsd', [
		`Topology Services daemon started on node ${node}, cluster ${config.cluster.name}.`,
		...adapters.map(label => `Adapter ${label.iface} (${label.address}) on network ${label.network} is up.`),
		...others.map(other => `Node ${other} is up.`),
	]);
	write(state, node, `${RSCT_LOG_DIR}/grpsvcs.${suffix}`, 'hagsd', [
		`Group Services daemon started on node ${node}.`,
		`Joined group CLSTRMGR_${config.cluster.id}.`,
		`Joined group CLRESMGRD_${config.cluster.id}.`,
	]);
	if (glsmRuns(state, node))
		write(state, node, GRPGLSM_LOG, 'hagsglsmd', [
			`Group Services GLSM daemon started on node ${node}.`,
			...adapters
				.filter(label => config.networks[label.network]?.type === 'hps')
				.map(label => `Switch adapter ${label.iface} (${label.address}) on network ${label.network} is up.`),
		]);
	for (const other of others) {
		const log = currentLog(state, other, 'topsvcs');
		if (log) write(state, other, log, 'hatsd', [`Node ${node} is up.`]);
	}
});

onNodeEvent('node_down', ({state, node, mode}) => {
	if (mode === 'forced') return;
	for (const other of activeNodes(state)) {
		const log = currentLog(state, other, 'topsvcs');
		if (log) write(state, other, log, 'hatsd', [other === node ? 'Topology Services daemon stopping.' : `Node ${node} is down.`]);
	}
	const groups = currentLog(state, node, 'grpsvcs');
	if (groups) write(state, node, groups, 'hagsd', ['Group Services daemon stopping.']);
	if (glsmRuns(state, node)) write(state, node, GRPGLSM_LOG, 'hagsglsmd', ['Group Services GLSM daemon stopping.']);
});
