/**
 * What the commands that show the cluster say when they cannot: clstat
 * without clinfo, clRGinfo, clfindres and cldump without a running cluster
 * manager, a group or node the configuration does not have.
 */

/** A cluster manager that runs from boot (5.3 on) answers, in ST_INIT, that it cannot. */
export const clusterManagerNotReady = (node: string) =>
	`Cluster IPC error: The cluster manager on node ${node} is in ST_INIT or NOT_CONFIGURED state and cannot process the IPC request.`;

/** One that runs only with cluster services (4.3, 5.2) is not there to ask (inferred text). */
export const clusterManagerNotRunning = (command: string) =>
	`${command}: The Cluster Manager is not running on any cluster node; cannot get the state of the resource groups.`;

export const notClusterNode = (command: string, node: string) => `${command}: ${node} is not a cluster node.`;

export const clinfoUnavailable = () => [
	'Failed retrieving cluster information.',
	'',
	'There are a number of possible causes:',
	'clinfoES or snmpd subsystems are not active.',
	'snmp is unresponsive.',
	'snmp is not configured correctly.',
	'Cluster services are not active on any nodes.',
	'',
	'Refer to the HACMP Administration Guide for more information.',
];
