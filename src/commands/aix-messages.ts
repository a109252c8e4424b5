/** What the everyday AIX commands (df, odmget, odmshow, uname, hostent) and HACMP's small utilities say when they refuse. */

export const noSuchPath = (command: string, path: string) => `${command}: ${path}: A file or directory in the path name does not exist.`;

export const cannotOpenClass = (command: string, klass: string) => `${command}: 0518-506 Cannot open class ${klass}.`;

export const badCriteria = (command: string, criteria: string) => `${command}: 0518-511 The search criteria "${criteria}" is not valid.`;

export const badField = (command: string, field: string, klass: string) => `${command}: 0518-512 ${field} is not a field of class ${klass}.`;

export const nodeNotInCluster = (command: string, node: string) => `${command}: node ${node} is not a member of the cluster.`;

export const noAddressFor = (command: string, node: string) => `${command}: no address for node ${node} is reachable.`;

export const hostAddressNeeded = () => 'hostent: An address (-a, -c or -d) is needed.';

export const hostNotInTable = (address: string) => `hostent: 0827-203 Address ${address} is not in /etc/hosts.`;

export const hostAlreadyInTable = (address: string) => `hostent: 0827-204 Address ${address} is already in /etc/hosts.`;

export const notAHostName = (name: string) => `hostent: ${name} is not a valid host name.`;

export const notAnAddress = (address: string) => `hostent: ${address} is not a valid Internet address.`;

export const vgNotInOdm = (command: string, vg: string) =>
	`0516-306 ${command}: Unable to find volume group ${vg} in the Device Configuration Database.`;

export const deviceNotInOdm = (command: string, name: string) => `0516-306 ${command}: Unable to find ${name} in the Device Configuration Database.`;

export const notInFilesystems = (command: string, mountPoint: string) => `${command}: ${mountPoint} is not in /etc/filesystems.`;

export const unknownChoice = (command: string, what: string, name: string) => `${command}: ${name} is not a ${what}.`;

export const softwareListNeeded = () => 'sm_inst: Specify the software to process with -f (_all_latest, _update_all, all or fileset names).';
