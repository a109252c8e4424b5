/**
 * Cluster snapshots (clsnapshot): the local node's configuration written as
 * HACMP ODM stanzas to <name>.odm, with a description in <name>.info, under
 * the snapshot directory. Applying one replaces the DCD on every node it
 * names; it is refused while cluster services run anywhere.
 */
import {activeNodes, dcdOf, editDcd, type ClusterConfig} from '../config.js';
import {refuse} from '../errors.js';
import {errorLines} from '../rg/messages.js';
import type {ClusterState} from '../state.js';
import type {DeepReadonly} from '../readonly.js';
import {emptyConfig} from './bare.js';
import {configForRelease} from '../release/apply.js';

export const SNAPSHOT_DIR = '/usr/es/sbin/cluster/snapshots';
const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/** The ODM class each part of the configuration is stored in. */
const CLASSES: ReadonlyArray<[keyof ClusterConfig, string]> = [
	['nodes', 'HACMPnode'],
	['networks', 'HACMPnetwork'],
	['ipLabels', 'HACMPadapter'],
	['devices', 'HACMPcommdev'],
	['resourceGroups', 'HACMPgroup'],
	['appServers', 'HACMPserver'],
	['appMonitors', 'HACMPmonitor'],
	['eventScripts', 'HACMPevent'],
	['customEvents', 'HACMPcustom'],
	['fallbackTimers', 'HACMPtimerpolicy'],
];

const stanza = (cls: string, record: Readonly<Record<string, unknown>>) =>
	`${cls}:\n${Object.entries(record)
		.map(([k, v]) => `\t${k} = ${JSON.stringify(v)}\n`)
		.join('')}`;

/** The configuration as ODM stanzas (values written as ODM writes strings and numbers; lists and structures as JSON). */
export function toStanzas(config: DeepReadonly<ClusterConfig>): string {
	const out = [
		stanza('HACMPcluster', {
			...config.cluster,
			...(config.settlingTime !== undefined && {settlingTime: config.settlingTime}),
			...(config.rgDistribution && {rgDistribution: config.rgDistribution}),
		}),
	];
	for (const [part, cls] of CLASSES) {
		const records = part === 'nodes' ? config.nodes : Object.entries(config[part] ?? {}).map(([key, r]) => ({key, ...(r as object)}));
		for (const record of records as Array<Record<string, unknown>>) out.push(stanza(cls, record));
	}
	return out.join('\n');
}

/** Read stanzas back; undefined when the file is not a snapshot. */
export function fromStanzas(text: string): ClusterConfig | undefined {
	const config = emptyConfig();
	let current: Record<string, unknown> | undefined;
	const records: Array<[string, Record<string, unknown>]> = [];
	try {
		for (const line of text.split('\n')) {
			const head = /^(\w+):$/.exec(line);
			if (head) records.push([head[1]!, (current = {})]);
			else if (line.trim() && current) {
				const field = /^\t(\w+) = (.*)$/.exec(line);
				if (!field) return undefined;
				current[field[1]!] = JSON.parse(field[2]!);
			}
		}
	} catch {
		return undefined;
	}
	for (const [cls, record] of records) {
		if (cls === 'HACMPcluster') {
			const {settlingTime, rgDistribution, ...cluster} = record;
			config.cluster = cluster as ClusterConfig['cluster'];
			if (typeof settlingTime === 'number') config.settlingTime = settlingTime;
			if (rgDistribution === 'network') config.rgDistribution = 'network';
			continue;
		}
		const part = CLASSES.find(([, c]) => c === cls)?.[0];
		if (!part) return undefined;
		if (part === 'nodes') config.nodes.push(record as unknown as ClusterConfig['nodes'][number]);
		else {
			const {key, ...rest} = record;
			const map = ((config as unknown as Record<string, Record<string, unknown>>)[part] ??= {});
			map[String(key)] = rest;
		}
	}
	return config.cluster.name ? config : undefined;
}

const path = (name: string, ext: 'odm' | 'info') => `${SNAPSHOT_DIR}/${name}.${ext}`;

function checkName(name: string): void {
	if (!NAME.test(name)) refuse(errorLines(`"${name}" is not a valid snapshot name: use letters, digits, underscores, dots and dashes.`));
}

/** Write a snapshot of the local DCD. */
export function createSnapshot(state: ClusterState, local: string, name: string, description: string): void {
	checkName(name);
	const files = state.nodes[local]!.files;
	if (files[path(name, 'odm')] !== undefined) refuse(errorLines(`Snapshot ${name} already exists in ${SNAPSHOT_DIR}.`));
	const config = dcdOf(state, local);
	if (!config.cluster.name) refuse(errorLines('No cluster is defined: there is no configuration to take a snapshot of.'));
	files[path(name, 'odm')] = toStanzas(config);
	files[path(name, 'info')] = `${description}\n`;
}

/** The snapshots on the local node, with their descriptions. */
export function listSnapshots(state: DeepReadonly<ClusterState>, local: string): Array<{name: string; description: string}> {
	const files = state.nodes[local]!.files;
	return Object.keys(files)
		.filter(f => f.startsWith(`${SNAPSHOT_DIR}/`) && f.endsWith('.odm'))
		.map(f => f.slice(SNAPSHOT_DIR.length + 1, -4))
		.sort()
		.map(name => ({name, description: (files[path(name, 'info')] ?? '').trim()}));
}

function snapshotText(state: DeepReadonly<ClusterState>, local: string, name: string): string {
	checkName(name);
	return state.nodes[local]!.files[path(name, 'odm')] ?? refuse(errorLines(`Snapshot ${name} does not exist in ${SNAPSHOT_DIR}.`));
}

export function removeSnapshot(state: ClusterState, local: string, name: string): void {
	snapshotText(state, local, name);
	delete state.nodes[local]!.files[path(name, 'odm')];
	delete state.nodes[local]!.files[path(name, 'info')];
}

/** Apply a snapshot: its configuration, as the cluster's release holds it, becomes the DCD of every node it names that exists. */
export function applySnapshot(state: ClusterState, local: string, name: string): string[] {
	const saved = fromStanzas(snapshotText(state, local, name)) ?? refuse(errorLines(`Snapshot ${name} is not a valid HACMP snapshot.`));
	// A snapshot of another release is converted as the release's migration converts it (4.3's cascading groups on 5.2).
	const config = configForRelease(state, saved);
	const active = activeNodes(state);
	if (active.length > 0) refuse(errorLines(`Cannot apply a snapshot while cluster services are running (on ${active.join(', ')}); stop them first.`));
	const targets = [...new Set([local, ...config.nodes.map(n => n.name).filter(n => state.nodes[n])])];
	editDcd(state, local, c => {
		for (const key of Object.keys(c) as Array<keyof ClusterConfig>) delete c[key];
		Object.assign(c, config);
	});
	for (const target of targets) state.nodes[target]!.dcd = state.nodes[local]!.dcd;
	return targets;
}
