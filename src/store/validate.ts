/**
 * The whole shape of a ClusterState, checked before a loaded file is used,
 * so a file with the right top level but broken nesting is reported with
 * the first wrong path (`its nodes.node1.files is not an object`) instead
 * of loading and failing later inside a command. Types are checked, not
 * value sets, and unknown properties are let through, so a field added to
 * the model needs no change here until it must be checked.
 */
type Check = (value: unknown, path: string) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const wrong = (path: string, what: string) => `its ${path} is not ${what}`;

const str: Check = (v, p) => (typeof v === 'string' ? undefined : wrong(p, 'a string'));
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? undefined : wrong(p, 'a number'));
const bool: Check = (v, p) => (typeof v === 'boolean' ? undefined : wrong(p, 'true or false'));
const strOrNull: Check = (v, p) => (v === null ? undefined : str(v, p));

function list(item: Check): Check {
	return (v, p) => {
		if (!Array.isArray(v)) return wrong(p, 'a list');
		for (let i = 0; i < v.length; i++) {
			const problem = item(v[i], `${p}[${i}]`);
			if (problem) return problem;
		}
		return undefined;
	};
}

/** An object keyed by names, each value checked by `item`. */
function byName(item: Check): Check {
	return (v, p) => {
		if (!isObject(v)) return wrong(p, 'an object');
		for (const key of Object.keys(v)) {
			const problem = item(v[key], `${p}.${key}`);
			if (problem) return problem;
		}
		return undefined;
	};
}

/** An object with these properties (`optional` ones may be absent). */
function shape(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
	const must = Object.entries(required);
	const may = Object.entries(optional);
	return (v, p) => {
		if (!isObject(v)) return wrong(p, 'an object');
		for (const [key, check] of must) {
			const problem = check(v[key], p ? `${p}.${key}` : key);
			if (problem) return problem;
		}
		for (const [key, check] of may) {
			if (v[key] === undefined) continue;
			const problem = check(v[key], p ? `${p}.${key}` : key);
			if (problem) return problem;
		}
		return undefined;
	};
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
		interfaces: byName(shape({addresses: strings, up: bool})),
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
	{applied: byName(str)},
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
		cluster: shape({name: str, id: num}),
		nodes: list(shape({name: str, commPath: str})),
		networks: byName(shape({name: str, type: str, attr: str, ipat: str, netmask: str}, {hbAliasBase: str})),
		ipLabels: byName(shape({label: str, address: str, network: str, role: str}, {node: str, iface: str})),
		devices: byName(shape({label: str, network: str, node: str, device: str})),
		resourceGroups: byName(resourceGroup),
		appServers: byName(shape({name: str, startScript: str, stopScript: str})),
		appMonitors: byName(appMonitor),
		eventScripts: byName(shape({}, {pre: str, post: str, notify: str, recovery: str})),
	},
	{settlingTime: num, fallbackTimers: byName(shape({name: str, recurrence: str, hour: num, minute: num}, {dayOfWeek: num, dayOfMonth: num, month: num, year: num}))},
);

const groupRuntime = shape(
	{nodes: byName(str)},
	{
		sticky: str,
		timer: shape({kind: str, at: num}),
		pendingFailure: shape({node: str, server: str, at: num, restarts: num}, {restartedAt: num}),
	},
);

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
	},
	{generation: num},
);

/** The first place where `data` is not shaped like a ClusterState, as `its PATH is not ...`; undefined when it is. */
export function checkStructure(data: unknown): string | undefined {
	return clusterState(data, '');
}
