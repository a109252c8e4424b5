/**
 * The whole shape of a ClusterState, checked before a loaded file is used,
 * so a file with the right top level but broken nesting is reported with
 * the first wrong path (`its nodes.node1.files is not an object`) instead
 * of loading and failing later inside a command. Types are checked, not
 * value sets, and unknown properties are let through, so a field added to
 * the model needs no change here until it must be checked (or until it holds
 * objects: see removeMapPrototypes).
 *
 * The shape also tells the maps keyed by names from the records of fixed
 * fields, so a state has only its maps' prototypes removed (records.ts): a
 * record is read by the names in the code, never by a user's.
 */
import {withoutPrototypes} from './records.js';
import {isRelease, PROFILES, RELEASES} from './release/index.js';

/** Remove the prototypes of the maps keyed by names within `value` that `before` (the value it replaces) does not share. */
type MapWalk = (value: object, before: unknown) => void;

/**
 * True when the value is well formed; on the first problem, records it (and the trail of keys down to it) and returns
 * false. `maps`, where the value can hold maps keyed by names.
 */
type Check = ((value: unknown) => boolean) & {maps?: MapWalk};

const holdsMaps = (check: (value: unknown) => boolean, maps: MapWalk | undefined): Check => (maps ? Object.assign(check, {maps}) : check);

const isTree = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** What `before` held under `key`, if it is an object holding it. */
const formerly = (before: unknown, key: string | number): unknown =>
	isTree(before) && Object.hasOwn(before, key) ? (before as Record<string | number, unknown>)[key] : undefined;

/** Whether checks also refuse a record's properties the shape does not declare that hold objects (see strictStructure). */
let strict = false;

// Paths are only built when something is wrong: the trail of keys is kept as a stack while checking.
const trail: string[] = [];
let found = '';
const fail = (what: string) => {
	found = `its ${trail.join('.').replace(/\.\[/g, '[')} is not ${what}`;
	return false;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const str: Check = v => typeof v === 'string' || fail('a string');
const num: Check = v => (typeof v === 'number' && Number.isFinite(v)) || fail('a number');
const bool: Check = v => typeof v === 'boolean' || fail('true or false');
const strOrNull: Check = v => v === null || str(v);

/** Check `value` under `key`, keeping the key on the trail only if it fails. */
function under(key: string, check: Check, value: unknown): boolean {
	trail.push(key);
	if (!check(value)) return false;
	trail.pop();
	return true;
}

function list(item: Check): Check {
	const {maps} = item;
	return holdsMaps(
		v => {
			if (!Array.isArray(v)) return fail('a list');
			for (let i = 0; i < v.length; i++) if (!under(`[${i}]`, item, v[i])) return false;
			return true;
		},
		maps &&
			((v, before) => {
				const list = v as unknown[];
				for (let i = 0; i < list.length; i++) {
					const child = list[i];
					const previous = formerly(before, i);
					if (isTree(child) && child !== previous) maps(child, previous);
				}
			}),
	);
}

/** An object keyed by names, each value checked by `item`. */
function byName(item: Check): Check {
	const {maps} = item;
	return holdsMaps(
		v => {
			if (!isObject(v)) return fail('an object');
			for (const key in v) if (Object.hasOwn(v, key) && !under(key, item, v[key])) return false;
			return true;
		},
		(v, before) => {
			if (Object.getPrototypeOf(v) !== null) Object.setPrototypeOf(v, null);
			if (!maps) return;
			for (const key in v) {
				const child = (v as Record<string, unknown>)[key];
				const previous = formerly(before, key);
				if (isTree(child) && child !== previous) maps(child, previous);
			}
		},
	);
}

/**
 * An object with these properties (`optional` ones may be absent). Unknown ones are let through, except in strict
 * checks those holding objects. One that declares none is open (a payload its handler reads): all its objects are
 * taken for maps.
 */
function shape(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
	const must = Object.entries(required);
	const may = Object.entries(optional);
	const declared = new Set([...must, ...may].map(([key]) => key));
	const inner = [...must, ...may].filter((entry): entry is [string, Check & {maps: MapWalk}] => entry[1].maps !== undefined);
	const open = declared.size === 0;
	return holdsMaps(
		v => {
			if (!isObject(v)) return fail('an object');
			for (const [key, check] of must) if (!under(key, check, v[key])) return false;
			for (const [key, check] of may) if (v[key] !== undefined && !under(key, check, v[key])) return false;
			if (strict && !open) for (const key in v) if (!declared.has(key) && isTree(v[key])) return under(key, () => fail('declared'), v[key]);
			return true;
		},
		open
			? (v, before) => void withoutPrototypes(v, before)
			: inner.length > 0
				? (v, before) => {
						for (const [key, {maps}] of inner) {
							const child = (v as Record<string, unknown>)[key];
							const previous = formerly(before, key);
							if (isTree(child) && child !== previous) maps(child, previous);
						}
					}
				: undefined,
	);
}

const strings = list(str);

const logicalVolume = shape({
	name: str,
	id: num,
	type: str,
	lps: num,
	copies: list(list(shape({pvid: str, first: num, pps: num}, {stale: bool}))),
	strict: str,
	mwc: str,
	label: str,
	maxLps: num,
	interPolicy: str,
	intraPolicy: str,
	upperBound: num,
	relocatable: bool,
	writeVerify: bool,
	badBlocks: bool,
	schedule: str,
	permission: str,
});

const volumeGroup = shape({
	vgid: str,
	name: str,
	ppSizeMb: num,
	pvids: strings,
	quorum: bool,
	concurrent: bool,
	timestamp: str,
	lvs: byName(logicalVolume),
	filesystems: byName(shape({vfs: str, mountPoint: str, lv: str, log: str, sizeBlocks: num, permissions: str, options: str})),
	maxLvs: num,
	factor: num,
	maxPvs: num,
});

const node = shape(
	{
		dcd: str,
		acd: strOrNull,
		cm: str,
		forcedDown: bool,
		subsystems: byName(shape({group: str, pid: num})),
		inittab: strings,
		files: byName(str),
		interfaces: byName(shape({addresses: strings, up: bool}, {mac: str})),
		lvm: shape({
			volumeGroups: byName(shape({vgid: str, major: num, timestamp: str, autoVaryon: bool, pvids: strings, lvs: strings})),
			varyon: byName(str),
			filesystems: byName(shape({dev: str, vfs: str, log: str, mount: str, options: str, account: str})),
			mounts: byName(shape({dev: str, vfs: str, options: str, at: num})),
			reservedMajors: list(num),
		}),
		apps: byName(shape({pid: num, since: num}, {restarts: num, restartedAt: num})),
		metrics: shape({freeCpu: num, freeMemMb: num, diskBusy: num}),
		filesets: byName(str),
		varFreeMb: num,
	},
	{applied: byName(str), serialDevices: strings},
);

const resourceGroup = shape(
	{
		name: str,
		nodes: strings,
		type: str,
		startup: str,
		fallover: str,
		fallback: str,
		resources: shape({
			serviceLabels: strings,
			appServers: strings,
			volumeGroups: strings,
			filesystems: strings,
			forcedVaryon: bool,
			fsBeforeIp: bool,
			fsckMethod: str,
			recoveryMethod: str,
			exportFs: strings,
			nfsMounts: strings,
			rawDisks: strings,
			miscData: str,
		}),
	},
	{inactiveTakeover: bool, cwof: bool, dnpPolicy: str, fallbackTimer: str},
);

const appMonitor = shape(
	{name: str, server: str, kind: str, stabilization: num, restartCount: num, restartInterval: num, action: str},
	{processes: str, owner: str, instances: num, method: str, interval: num, signal: str, notifyMethod: str, cleanupMethod: str, restartMethod: str},
);

const config = shape(
	{
		cluster: shape({name: str, id: num}, {security: str}),
		nodes: list(shape({name: str}, {commPath: str})),
		networks: byName(shape({name: str, type: str, attr: str, ipat: str, netmask: str}, {hbAliasBase: str})),
		ipLabels: byName(shape({label: str, address: str, network: str, role: str}, {node: str, iface: str, hwAddress: str})),
		devices: byName(shape({label: str, network: str, node: str, device: str})),
		resourceGroups: byName(resourceGroup),
		appServers: byName(shape({name: str, startScript: str, stopScript: str})),
		appMonitors: byName(appMonitor),
		eventScripts: byName(shape({}, {pre: str, post: str, notify: str, recovery: str, recoveryCount: num})),
	},
	{
		settlingTime: num,
		rgDistribution: v => v === 'network' || fail('network'),
		customEvents: byName(shape({name: str, description: str, script: str})),
		eventDuration: shape({event: num, group: num}),
		standardLogging: strings,
		fallbackTimers: byName(shape({name: str, recurrence: str, hour: num, minute: num}, {dayOfWeek: num, dayOfMonth: num, month: num, year: num})),
		nims: byName(
			shape(
				{},
				{
					rate: str,
					custom: shape({interval: num, failureCycle: num}),
					grace: num,
					description: str,
					addressType: str,
					path: str,
					parameters: str,
					removed: bool,
				},
			),
		),
	},
);

const groupRuntime = shape({nodes: byName(str)}, {sticky: str});

/** A due event: its payload belongs to its kind's handler, so only its being an object is checked. */
const queuedEvent = shape({at: num, seq: num, kind: str, payload: shape({})});

/** The most events a release's node event or group move sequence has (release/profile.ts). */
const LONGEST_SEQUENCE = Math.max(...Object.values(PROFILES).flatMap(profile => Object.values(profile.events).map(events => events.length)));
/** The sequences a held event may belong to: the releases' event models', and the announcement of a merge. */
const SEQUENCES = [...new Set(Object.values(PROFILES).flatMap(profile => Object.keys(profile.events))), 'announce'];

/** A node event waiting behind a failed event (events/node-events.ts). */
const heldEvent = shape(
	{
		event: str,
		args: str,
		node: str,
		sequence: v => SEQUENCES.includes(v as string) || fail(SEQUENCES.join(', ')),
		phase: v => (Number.isInteger(v) && (v as number) >= 0 && (v as number) < LONGEST_SEQUENCE) || fail('a place in a node event sequence'),
		nodes: strings,
		plan: shape({release: list(shape({group: str, node: str})), acquire: list(shape({group: str, node: str, takeover: bool}))}),
	},
	{group: str, note: str, action: shape({kind: str, payload: shape({})}), seconds: num, manage: bool, mode: str, failed: bool, leaving: bool},
);

const faults = shape(
	{poweredOff: strings, unplugged: strings, cutNetworks: strings, declared: shape({interfaces: strings, networks: strings})},
	{partition: list(strings), splitBrain: list(strings)},
);

const userAccount = shape({
	id: num,
	pgrp: str,
	home: str,
	shell: str,
	gecos: str,
	admin: bool,
	password: str,
	lastupdate: num,
	flags: str,
	attrs: byName(str),
});
const orRemoved = (check: Check): Check => holdsMaps(v => v === null || check(v), check.maps);
const nodeAccounts = shape(
	{
		users: byName(orRemoved(userAccount)),
		groups: byName(orRemoved(shape({id: num, users: strings, admin: bool}))),
		homes: byName(shape({uid: num, gid: num, mode: str})),
	},
	{nisDomain: str, leftPasswords: byName(shape({password: str, lastupdate: num, flags: str}))},
);

// VxVM (vxvm/types.ts): types checked, value sets left to the model.
const ioStats = shape({reads: num, writes: num, readBlocks: num, writeBlocks: num, readMs: num, writeMs: num});
const subdisk = shape({name: str, disk: str, offset: num, length: num});
const vxVolume = shape(
	{
		name: str,
		length: num,
		layout: str,
		exclusive: bool,
		plexes: list(shape({name: str, kind: str, layout: str, subdisks: list(subdisk), state: str})),
		opens: byName(num),
		needsSync: bool,
		stats: byName(ioStats),
	},
	{logInvalid: bool},
);
const vxGroup = shape(
	{
		name: str,
		id: str,
		shared: bool,
		imported: bool,
		host: str,
		noautoimport: bool,
		detachPolicy: str,
		version: num,
		disks: byName(str),
		volumes: byName(vxVolume),
		activation: byName(str),
		detached: byName(strings),
		seqno: num,
	},
	{removed: strings},
);
const cvmNode = shape(
	{
		id: num,
		state: str,
		role: str,
		vxconfigd: bool,
		connected: bool,
		release: str,
		volboot: shape({protocol: num, seqno: num}),
		defaultActivation: str,
		unmerged: strings,
		lostPaths: strings,
	},
	{excluded: strings},
);
const vxvm = shape(
	{
		cluster: str,
		protocol: num,
		nodes: byName(cvmNode),
		disks: byName(shape({device: str, diskId: str, publen: num, reach: strings}, {group: str, spare: bool, nohotuse: bool, offline: bool})),
		groups: byName(vxGroup),
		seq: num,
	},
	{
		reconfig: strings,
		transaction: shape({
			line: str,
			phase: str,
			group: str,
			volume: str,
			length: num,
			attributes: shape({layout: str, nmirror: num, ncol: num, exclusive: bool, log: bool}),
		}),
	},
);

/** A release hasmit simulates (release/index.ts), not merely a string: the profile is looked up by it. */
const release: Check = v => isRelease(v) || fail(`a release hasmit simulates (${RELEASES.join(', ')})`);

const clusterState = shape(
	{
		scenario: str,
		clock: num,
		lastPid: num,
		configs: byName(config),
		lastConfigId: num,
		nodes: byName(node),
		disks: byName(shape({pvid: str, sizeMb: num, paths: byName(str)}, {failed: bool, vgid: str, raidArray: str})),
		vgda: byName(volumeGroup),
		resourceGroups: byName(groupRuntime),
		queue: list(queuedEvent),
	},
	// A state without a release (built before releases, not through the migrations) runs the default one.
	{
		generation: num,
		accounts: byName(nodeAccounts),
		vxvm,
		release,
		faults,
		errlog: byName(
			list(
				shape(
					{sequence: num, at: num, label: str, identifier: str, type: str, class: str, resource: str, description: str},
					{causes: strings, userCauses: strings, actions: strings, detailTitle: str, detail: strings},
				),
			),
		),
		errnotify: byName(list(shape({en_name: str, en_method: str}))),
		heldEvents: list(heldEvent),
	},
);

/** The first place where `data` is not shaped like a ClusterState, as `its PATH is not ...`; undefined when it is. */
export function checkStructure(data: unknown): string | undefined {
	trail.length = 0;
	return clusterState(data) ? undefined : found;
}

/**
 * checkStructure, also refusing a property no shape declares that holds an object (`its nodes.node1.notes is not
 * declared`): removeMapPrototypes would not reach a map there. The tests hold the sample states and the states their
 * commands make to it.
 */
export function strictStructure(data: unknown): string | undefined {
	strict = true;
	try {
		return checkStructure(data);
	} finally {
		strict = false;
	}
}

/**
 * Remove the prototype of every map keyed by names in a state, in place (records.ts), but in the parts it shares with
 * `before`, the state it replaces, done already: far fewer objects than withoutPrototypes walks (big's 1,500 logical
 * volumes, and their copies, are records). Returns the state.
 */
export function removeMapPrototypes<T extends object>(state: T, before?: unknown): T {
	if (state !== before) clusterState.maps!(state, before);
	return state;
}
