/**
 * The topology family's messages, each written once: what the topology
 * utilities (claddclstr, clmodnode, clmodnetwork, claddnode, clrmnode)
 * refuse with, and what the topology checks of clverify report. Problems are
 * bare sentences; the utilities print each as an `ERROR:` line.
 */

export const MAX_NODES = 32;
/** Non-service (boot) interfaces a node may have on one network. */
export const MAX_INTERFACES = 7;

export const tooManyNodes = (node: string) =>
	`Cannot add node ${node}: an HACMP cluster has at most ${MAX_NODES} nodes, and ${MAX_NODES} are defined.`;
export const nodeUnreachable = (node: string, path: string) =>
	`Unable to communicate with node ${node} by communication path ${path}: no node answers at that address.`;
export const notInHosts = (label: string, node: string) => `IP label ${label} cannot be resolved on node ${node}: add it to /etc/hosts first.`;
export const addressDiffers = (label: string, given: string, hosts: string) => `IP label ${label} is ${hosts} in /etc/hosts, not ${given}.`;
export const unsupportedType = (type: string, reason: string) => `Network type ${type} is not supported by HACMP 5.2: ${reason}`;
export const unknownType = (type: string, known: readonly string[]) => `${type} is not a network type; use one of ${known.join(', ')}.`;
export const typeMismatch = (label: string, type: string, network: string, netType: string) =>
	`${label} is given type ${type}, but network ${network} is ${netType}.`;
export const tooManyInterfaces = (node: string, network: string) =>
	`Node ${node} already has ${MAX_INTERFACES} communication interfaces on network ${network}, the most a node may have on one network.`;
export const secondPersistent = (node: string, network: string, first: string) =>
	`Node ${node} already has the persistent node IP label ${first} on network ${network}; a node may have one persistent label per network.`;
export const persistentNotAllowed = (network: string, type: string) =>
	`Persistent node IP labels cannot be configured on network ${network} (${type}): not on SP Switch, ATM classic IP or non-IP networks.`;
export const persistentNeedsNode = (label: string) => `Persistent node IP label ${label} needs the node it belongs to (-n).`;
export const badFunction = (fn: string, functions: readonly string[]) =>
	`${fn} is not an interface function; use ${functions.slice(0, -1).join(', ')} or ${functions.at(-1)}.`;
export const deviceFunction = (label: string, network: string) =>
	`${label} is on the non-IP network ${network}: a communication device takes the function service.`;
export const deviceNeedsNode = (label: string) => `Communication device ${label} needs the node it belongs to (-n).`;
export const noSuchDevice = (device: string, node: string) => `${device} is not a device on node ${node}.`;
export const pointToPoint = (network: string) =>
	`Network ${network} is a point-to-point (non-IP) network and already has its two ends; define another network for another pair.`;
export const nodeHasEnd = (node: string, network: string) => `Node ${node} already has a device on the point-to-point network ${network}.`;
export const pvidMismatch = (network: string, device: string, node: string, pvid: string, other: string) =>
	`${device} on node ${node} has PVID ${pvid}, but the other end of disk heartbeat network ${network} is the disk with PVID ${other}: ` +
	`both ends of a diskhb network must be the same disk.`;
export const diskInTwoNetworks = (pvid: string, network: string) =>
	`The disk with PVID ${pvid} already carries disk heartbeat network ${network}; a disk may serve one diskhb network only.`;
export const usedByGroup = (kind: string, name: string, group: string) =>
	`Cannot remove ${kind} ${name}: resource group ${group} uses it. Remove it from the group first.`;
export const nodeInGroup = (node: string, group: string) =>
	`Cannot remove node ${node}: it participates in resource group ${group}. Remove it from the group first.`;
export const noCluster = () => 'No cluster is defined: define the cluster name first (claddclstr -n name).';
/** SG24-5131 4.2.2: a node name is up to 31 alphanumeric characters and underscores. */
export const NODE_NAME_43 = 31;
export const servicesRunningOn = (what: string, nodes: readonly string[]) =>
	`Cannot ${what} while cluster services are running on ${nodes.join(', ')}; stop cluster services first.`;
export const nodeNoMachine = (node: string) => `Unable to communicate with node ${node}: no machine answers as that cluster node.`;
export const nodeNoAdapters = (node: string) => `Node ${node} has no adapters defined.`;
export const machineKeepsName = (node: string) =>
	`Node ${node} is a machine of the simulated cluster, and hasmit names each machine by its node name: ${node} keeps its name ` +
	'(a node defined before its machine exists can be renamed).';
export const servicesRunning = (what: string) => `Cannot ${what} while cluster services are running; stop cluster services first.`;

export const hwAddressService = (label: string) => `${label} is not a service IP label: only a service IP label takes an alternate hardware address.`;
export const hwAddressAliasing = (label: string, network: string) =>
	`Hardware address takeover needs IPAT via IP replacement, and network ${network} of ${label} uses IPAT via IP aliases.`;
export const hwAddressFormat = (address: string) => `${address} is not a hardware address: give 12 hexadecimal digits, such as 020000aa0001.`;
export const hwAddressNotLocal = (address: string, tokenRing: boolean) =>
	`${address} is not a locally administered address: ` +
	(tokenRing
		? 'on token ring (written most significant bit first) the first hexadecimal digit must be 4, 5, 6 or 7.'
		: 'the second hexadecimal digit must be 2, 6, A or E (and a multicast address, an odd first byte, is never taken).');
export const hwAddressTaken = (address: string, label: string) => `Hardware address ${address} is already the alternate address of ${label}.`;
export const labelInGroupRename = (label: string, group: string) =>
	`Cannot rename IP label ${label}: resource group ${group} uses it. Remove it from the group first.`;
export const enhancedNeedsKerberos = (nodes: readonly string[]) =>
	`Enhanced security mode uses Kerberos, and /etc/krb5.conf is missing on ${nodes.join(', ')}: configure Kerberos on every node first.`;

// clverify's topology checks.
export const replacementStandby = (node: string, network: string) =>
	`Node ${node} has no standby interface on network ${network} on a subnet apart from its service subnet: with IPAT via IP replacement ` +
	`the service address replaces a boot address on its subnet and a standby on another subnet takes it over.`;
export const diskhbDevices = (network: string, count: number) =>
	`Disk heartbeat network ${network} has ${count} device(s): it needs exactly one disk, seen by two nodes.`;
export const diskhbNotEcvg = (network: string, pvid: string) =>
	`The disk (PVID ${pvid}) of disk heartbeat network ${network} is not in an enhanced concurrent volume group defined on both nodes.`;
export const diskhbSharedDisk = (pvid: string, networks: readonly string[]) =>
	`The disk with PVID ${pvid} carries the disk heartbeat networks ${networks.join(' and ')}: one disk per diskhb network, never in two.`;
export const noNonIp = (a: string, b: string, types: readonly string[]) =>
	`Nodes ${a} and ${b} have no non-IP network between them: if every IP network between them fails each node takes the other for dead ` +
	`(split brain). Define an ${types.slice(0, -1).join(', ')} or ${types.at(-1)} network.`;
export const unresolvedLabel = (label: string, node: string) =>
	`IP label ${label} is not in /etc/hosts on node ${node}, so it cannot be resolved there.`;
export const persistentOnType = (label: string, network: string, type: string) =>
	`Persistent node IP label ${label} is on network ${network} (${type}): persistent labels are not allowed on SP Switch, ATM or non-IP networks.`;
export const heartbeatClash = (network: string, alias: string, label: string) =>
	`The heartbeat alias ${alias} of network ${network} is on the subnet of IP label ${label}: heartbeat aliases need subnets no configured ` +
	`address uses. Choose another IP Address Offset for Heartbeating over IP Aliases.`;
export const hwAddressCheck = (label: string, network: string) =>
	`Service IP label ${label} has an alternate hardware address, but network ${network} uses IPAT via IP aliases: hardware address ` +
	`takeover works with IPAT via IP replacement only.`;

// Discovery and clcomdES.
export const discoverNoNodes = () => 'No nodes are configured: add the cluster nodes with their communication paths first, then discover from them.';
/** `stopped`: clcomdES is not running there (stopsrc -s clcomdES), rather than turning this node away. */
export const discoverUnreachable = (node: string, stopped: boolean) =>
	`WARNING: Unable to discover from node ${node}: clcomdES on ${node} ${stopped ? 'does not answer' : 'refused the connection'}.`;
export const fromShell = (command: string) =>
	`${command}: ${command} is run by HACMP's own programs through clcomdES; it cannot be used from the command line.`;
export const notClusterProgram = (command: string, program: string, node: string) =>
	`${command}: ${program}: Permission denied. clcomdES on ${node} runs as root only the programs under /usr/es/sbin/cluster; ` +
	`any other runs as nobody.`;

// Initialization and Standard Configuration.
export const pathUnreachable = (path: string) => `Unable to communicate with a node by communication path ${path}: no node answers at that address.`;
export const assistantConfigured = () =>
	'The Two-Node Cluster Configuration Assistant configures an empty cluster, and this node already has cluster nodes configured. ' +
	'Use the Extended Configuration path, or remove the cluster definition first.';
export const assistantSameNode = (path: string) => `${path} is a communication path to this node: give the path to the takeover node.`;
export const assistantNoNetwork = (a: string, b: string) => `Discovery found no IP network connecting nodes ${a} and ${b}.`;

// Topology in a dynamic reconfiguration (cldare prefixes each).
export const dareClusterName = () =>
	'The cluster name and id cannot be changed by a dynamic reconfiguration: stop cluster services on every node, then synchronize.';
export const dareNetworkChanged = (network: string) =>
	`The type, netmask, IPAT method or heartbeat offset of network ${network} cannot be changed by a dynamic reconfiguration: ` +
	`stop cluster services on every node, then synchronize.`;
export const dareInterfaceChanged = (label: string, node: string) =>
	`Communication interface ${label} of node ${node} cannot change its address or network while cluster services run on ${node}.`;
export const dareInterfaceInUse = (label: string, node: string) =>
	`Communication interface ${label} of node ${node} holds a service IP label now: move the resource group, or stop cluster services ` +
	`on ${node}, before removing it.`;

// HACMP 4.3's adapters, which define their networks (Add an Adapter names the network's type and attribute).
export const attributeMismatch = (label: string, attr: string, network: string, netAttr: string) =>
	`Adapter ${label} gives network ${network} the attribute ${attr}, but network ${network} is ${netAttr}: ` +
	`use the same network name, type and attribute for every adapter on one physical network.`;
export const attributeForType = (type: string, serial: boolean) =>
	serial
		? `Network type ${type} is not TCP/IP: its Network Attribute is serial.`
		: `Network type ${type} is a TCP/IP network: its Network Attribute is public or private, not serial.`;
export const secondService = (node: string, network: string, first: string) =>
	`Node ${node} already has the service adapter ${first} on network ${network}: a node has a single service adapter for each ` +
	`public or private network.`;
export const privateStandby = (label: string, network: string) =>
	`Adapter ${label} cannot be a standby adapter: network ${network} is private, and private networks have no standby adapters ` +
	`(except ATM networks).`;
export const standbySubnet = (label: string, network: string, other: string) =>
	`Standby adapter ${label} is on the subnet of ${other} on network ${network}: a standby adapter is configured on a different ` +
	`subnet from the service and boot adapters.`;
export const bootSubnet = (label: string, network: string) =>
	`Boot adapter ${label} is on no subnet of the service adapters of network ${network}: a boot adapter is on the subnet of the ` +
	`service address that replaces it.`;
export const newNetworkNeedsType = (network: string) =>
	`Network ${network} is not defined: give the Network Type (and Network Attribute) of the adapter that defines it.`;
export const standbyNeedsService = (label: string, network: string) =>
	`Standby adapter ${label} has no service adapter to back up on network ${network}: add the service adapters of network ${network} first.`;
export const atmPrivate = (network: string) => `Network ${network} is an ATM network: ATM networks must be defined as private.`;
