/**
 * What the commands that show the cluster say when they cannot: clstat
 * without clinfo, clRGinfo, clfindres and cldump without a running cluster
 * manager, a group or node the configuration does not have.
 */

export const clusterManagerNotRunning = (node: string) =>
	`Cluster IPC error: The cluster manager on node ${node} is in ST_INIT or NOT_CONFIGURED state and cannot process the IPC request.`;

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
