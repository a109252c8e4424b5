/**
 * VxVM's messages, each written once: `VxVM <command> ERROR V-5-1-<n> <text>` as VxVM 3.5/4.x prints them. Where the
 * real number or text could not be found the wording is period-correct and consistent (listed as inferred).
 */
const error = (command: string, n: number, text: string) => `VxVM ${command} ERROR V-5-1-${n} ${text}`;

export const daemonNotAccessible = (command: string) => error(command, 684, 'IPC failure: Configuration daemon is not accessible');
export const notConnected = (command: string, dg: string) =>
	error(command, 3157, `Disk group ${dg}: shared configuration not available: vxconfigd has not reconnected to the master`);
export const daemonDownOn = (command: string, dg: string, nodes: readonly string[]) =>
	error(command, 3158, `Disk group ${dg}: configuration change not possible: vxconfigd is not running or not connected on ${nodes.join(', ')}`);
export const notMaster = (command: string, what: string) => error(command, 3155, `${what}: Operation must be executed on master`);
export const notInCluster = (command: string) => error(command, 3156, 'Node is not a member of a cluster');
export const noSuchGroup = (command: string, dg: string) => error(command, 607, `Disk group ${dg}: not found`);
export const noSuchDevice = (command: string, device: string) => error(command, 558, `Disk ${device}: Disk not in the configuration`);
export const noSuchVolume = (command: string, dg: string, vol: string) =>
	error(command, 530, `No volume, plex, or subdisk ${vol} in disk group ${dg}`);
export const noSuchPlex = (command: string, plex: string) => error(command, 1245, `Plex ${plex} not found`);
export const groupExists = (command: string, dg: string) => error(command, 585, `Disk group ${dg}: cannot create: Disk group exists and is imported`);
export const diskInUse = (command: string, device: string, dg: string) => error(command, 6478, `Device ${device} is already in disk group ${dg}`);
export const mediaNameInUse = (command: string, name: string) => error(command, 6479, `Disk media name ${name} is already used in the disk group`);
export const rootdgShared = (command: string) => error(command, 6500, 'rootdg cannot be a cluster-shared disk group: it must be private');
export const rootdgReserved = (command: string) => error(command, 6501, 'Disk group name rootdg is reserved for the boot disk group');
export const raid5Shared = (command: string, dg: string) =>
	error(command, 10127, `Disk group ${dg}: RAID-5 volumes are not supported in cluster-shared disk groups`);
export const taskMonitorShared = (command: string, dg: string) =>
	error(command, 10128, `Disk group ${dg}: task monitoring is not supported in cluster-shared disk groups`);
export const cannotImport = (command: string, dg: string, why: string) => error(command, 587, `Disk group ${dg}: import failed: ${why}`);
export const cannotCreate = (command: string, dg: string, why: string) => error(command, 585, `Disk group ${dg}: cannot create: ${why}`);
export const notImported = (command: string, dg: string) => error(command, 2275, `Disk group ${dg}: Disk group is not imported`);
export const deportBusy = (command: string, dg: string, vol: string) =>
	error(command, 584, `Disk group ${dg}: Some volumes in the disk group are in use (${vol})`);
export const diskNotReachable = (command: string, device: string, nodes: readonly string[]) =>
	error(command, 6488, `Disk ${device} is not attached to every node of the cluster (not on ${nodes.join(', ')}); use -f to add it anyway`);
export const forceOnMasterOnly = (command: string) => error(command, 6489, 'Disks can be added by force to a shared disk group only on the master');
export const nodesOutOfCluster = (command: string, dg: string, nodes: readonly string[]) =>
	error(
		command,
		587,
		`Disk group ${dg}: import failed: disks attached to nodes out of the cluster (${nodes.join(', ')}); forcing could leave mirrors inconsistent`,
	);
export const forcedImportWarning = (command: string, dg: string) =>
	`VxVM ${command} WARNING V-5-1-1589 Disk group ${dg}: import forced: some disks are not accessible, data may be corrupted`;
export const activationConflict = (command: string, dg: string, mode: string, node: string, other: string) =>
	error(command, 3264, `Disk group ${dg}: cannot activate ${mode}: conflicts with mode ${other} on node ${node}`);
export const badActivation = (command: string, value: string) =>
	error(command, 3265, `Invalid activation mode ${value}: use exclusive-write (ew), read-only (ro), shared-read (sr), shared-write (sw) or off`);
export const notShared = (command: string, dg: string, what: string) =>
	error(command, 3266, `Disk group ${dg}: ${what} applies only to a cluster-shared disk group`);
export const mixedShared = (command: string, what: string) =>
	error(command, 2425, `Cannot ${what} between a private disk group and a shared disk group`);
export const badName = (command: string, name: string) =>
	error(command, 2110, `Invalid name ${name}: use up to 31 letters, digits, _ . or -, not starting with - or .`);
export const badAttribute = (command: string, attribute: string) => error(command, 2120, `Invalid attribute: ${attribute}`);
export const badOperation = (command: string, operation: string) => error(command, 2121, `Unrecognized operation: ${operation}`);
export const badLength = (command: string, value: string) => error(command, 1234, `Invalid length: ${value}`);
export const noSpace = (command: string, vol: string) => error(command, 435, `Cannot allocate space for ${vol}: not enough disks or free space`);
export const volumeExists = (command: string, vol: string) => error(command, 2460, `Volume ${vol} already exists`);
export const notMirrored = (command: string, vol: string) => error(command, 1233, `Volume ${vol}: dirty region logging needs a mirrored volume`);
export const hasLog = (command: string, vol: string) => error(command, 1236, `Volume ${vol} already has a dirty region log`);
export const openElsewhere = (command: string, vol: string, nodes: readonly string[]) =>
	error(command, 1238, `Volume ${vol} is open on ${nodes.join(', ')}: close it on every node first`);
export const exclusiveOpen = (command: string, vol: string, node: string) =>
	error(command, 1239, `Volume ${vol}: open failed: opened exclusively on node ${node}`);
export const noWriteAccess = (command: string, dg: string, mode: string) =>
	error(command, 1240, `Disk group ${dg}: no write access: activation mode is ${mode} on this node`);
export const noAccess = (command: string, dg: string) =>
	error(command, 1241, `Disk group ${dg}: volumes cannot be accessed: activation mode is off on this node`);
export const volumeNotOpen = (command: string, vol: string) => error(command, 1242, `Volume ${vol} is not open on this node`);
export const volumeOpen = (command: string, vol: string) =>
	error(command, 1243, `Volume ${vol} is open: cannot remove a plex of an open volume's log`);

// disks in a disk group (vxdiskadm's operations)
export const noSuchDisk = (command: string, media: string, dg: string) => error(command, 532, `Disk ${media} not found in disk group ${dg}`);
export const diskUsed = (command: string, media: string) =>
	error(command, 552, `Disk ${media} is used by one or more subdisks.\n\tUse -k to remove device assignment.`);
export const notRemoved = (command: string, media: string, dg: string) =>
	error(command, 554, `Disk ${media} in disk group ${dg} is not a removed or failed disk`);
export const spareInUse = (command: string, media: string) => error(command, 2362, `Disk ${media} has subdisks: it cannot be a spare`);
export const offlineInGroup = (command: string, device: string) =>
	error(command, 5448, `Disk ${device} is in a disk group: remove it from the disk group before taking it offline`);
export const alreadyMirrored = (command: string, vol: string) =>
	error(command, 2411, `Volume ${vol} is already mirrored or is not a simple volume: it will not be mirrored`);

export const nothingRelocated = (media: string) => `VxVM vxunreloc ERROR V-5-2-2145 There are no subdisks that were hot-relocated from ${media}`;

// vxclustadm and the join
export const stopBusy = (vols: readonly string[]) =>
	error('vxclustadm', 3010, `cannot stop node: shared volumes are open (${vols.join(', ')}); close them and retry`);
export const alreadyMember = (state: string) =>
	error('vxclustadm', 3011, `Node is already ${state === 'joining' ? 'joining the cluster' : 'a cluster member'}`);
export const notMember = () => error('vxclustadm', 3012, 'Node is not in the cluster');
export const joinFailed = (reason: string) => error('vxclustadm', 3013, `join failed: ${reason}`);
/** The abort reasons VxVM gives for a join that failed (vxclustadm(1M)'s table). */
export const JOIN_REASONS = {
	missingDisk: (device: string) => `cannot find disk on slave node (${device})`,
	protocol: (current: number, range: readonly [number, number]) =>
		`protocol version out of range (cluster at ${current}, node supports ${range[0]} to ${range[1]})`,
	recovery: (vols: readonly string[]) => `recovery in progress (${vols.join(', ')})`,
	vxconfigd: 'vxconfigd is not enabled',
	activation: (dg: string, mode: string, node: string, other: string) =>
		`cannot activate ${dg} ${mode}: conflicts with mode ${other} on node ${node}`,
} as const;

export const simultaneousJoin = (nodes: readonly string[], master: string, id: number) =>
	`VxVM vxconfigd NOTICE V-5-1-8070 nodes ${nodes.join(', ')} joined at once: master chosen by lowest node id: ${master} (node id ${id})`;

// a volume transaction meeting a cluster reconfiguration
const notice = (n: number, text: string) => `VxVM vxconfigd NOTICE V-5-1-${n} ${text}`;
export const transactionStarted = (line: string, phase: string) =>
	notice(
		8080,
		`volume transaction started on the master: ${line} (${phase === 'commit' ? 'commit phase' : 'checking: not yet at its commit phase'})`,
	);
export const transactionFirst = (line: string) =>
	notice(8081, `volume transaction in its commit phase completes before the cluster reconfiguration: ${line}`);
export const transactionCommitted = (line: string) => notice(8082, `volume transaction committed on every node: ${line}`);
export const transactionRestarted = (line: string, node: string) =>
	notice(8083, `cluster reconfiguration (join of ${node}) went first; volume transaction restarted: ${line}`);
export const transactionFailed = (line: string, why: string) => notice(8084, `volume transaction failed: ${line}: ${why}`);
export const TRANSACTION_FAILURES = {
	leave: (node: string) => `node ${node} left the cluster before the transaction reached its commit phase`,
	vxconfigd: (node: string) => `vxconfigd on ${node} stopped during the transaction`,
} as const;
export const transactionBusy = (line: string) => error('vxassist', 8085, `Another volume transaction is in progress: ${line}`);
export const noTransaction = () => error('vxassist', 8086, 'No volume transaction in progress');

// vxconfigd and vxdctl
export const reconnected = (master: string) =>
	`VxVM vxconfigd NOTICE V-5-1-8071 slave: reconnected to the master's vxconfigd (${master}): shared configuration obtained`;
export const restartedByMonitor = (node: string) =>
	`VxVM vxconfigd NOTICE V-5-1-8072 ${node}: vxconfigd was not running: restarted by the cluster monitor`;
export const resetWhileJoined = () =>
	error('vxconfigd', 1610, 'Cannot reset while the node is joined to a cluster: cluster information would be discarded');
export const upgradeNotReady = (nodes: readonly string[], version: number) =>
	error('vxdctl', 3250, `Cannot upgrade the cluster protocol: nodes ${nodes.join(', ')} do not support protocol version ${version}`);
export const upgradeNothing = (version: number) =>
	error('vxdctl', 3251, `Cluster already runs at the highest protocol version (${version}) every node supports`);
export const daemonRunning = () => error('vxconfigd', 1611, 'vxconfigd is already running');

// the simulation's own
export const unknownNode = (command: string, node: string) => `${command}: ${node} is not a node of this cluster`;
export const unknownRelease = (command: string, release: string, known: readonly string[]) =>
	`${command}: no VxVM release ${release} (known: ${known.join(', ')})`;
export const upgradeInCluster = (command: string, node: string) =>
	`${command}: ${node} must leave the cluster (vxclustadm stopnode) before its VxVM is upgraded`;
export const notInstalled = (command: string) => `ksh: ${command}:  not found.`;
