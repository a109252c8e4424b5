/**
 * What installp, lslpp and halevel say when they refuse: a device without
 * images, filesets not on the media or not installed, an HACMP update while
 * cluster services run on the node.
 */

export const deviceNotAccessible = (device: string) => [`installp:  Device ${device} could not be accessed.`, '        Specify a valid device name.'];

export const noFilesetsOnMedia = (patterns: readonly string[]) => `installp:  No filesets on the media match ${patterns.join(' ')}.`;

/** The HACMP filesets' pre-installation check: cluster services must be stopped on the node. */
export const updateWhileActive = (node: string, failed: readonly string[]) => [
	`cluster.es.server.rte: Cluster services are active on node ${node}.`,
	'Stop cluster services on this node (smit clstop, graceful with takeover to keep the applications available) before updating the HACMP software.',
	'installp:  The installation has FAILED for the "usr" part of the following filesets:',
	...failed.map(f => `        ${f}`),
];

export const rejectWhileActive = (node: string) =>
	`cluster.es.server.rte: Cluster services are active on node ${node}; stop them before rejecting the HACMP update.`;

export const baseLevelMissing = (fileset: string) => `installp:  The base level of ${fileset} is not installed; an update cannot be applied to it.`;

export const nothingApplied = (patterns: readonly string[], action: string) =>
	`installp:  No applied (uncommitted) updates match ${patterns.join(' ')}; there is nothing to ${action}.`;

export const nothingToInstall = () => 'installp:  There was nothing to install.';

export const actionsTogether = (flags: readonly string[]) => `installp: ${flags.map(f => `-${f}`).join(' and ')} cannot be used together.`;

export const deviceNeeded = (flag: string) => `installp: -${flag} needs the installation device or directory (-d).`;

export const filesetsNeeded = () => 'installp: Specify the filesets to process, or all.';

export const actionNeeded = () => 'installp: Specify -a, -c, -r, -l or -s.';

export const filesetNotInstalled = (fileset: string) => `lslpp: 0504-132  Fileset ${fileset} not installed.`;

export const listingFlagNeeded = () => 'lslpp: Specify one of the flags -d, -f, -h, -i, -l, -L or -p.';

export const hacmpNotInstalled = () => 'halevel: HACMP is not installed on this node.';
