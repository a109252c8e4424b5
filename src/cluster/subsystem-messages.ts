/**
 * The System Resource Controller's messages (0513-xxx) as startsrc, stopsrc,
 * lssrc, clshowsrv and the cluster services scripts print them, and the
 * simulation's refusals of SRC requests that belong to clstart and clstop.
 */

export const subsystemStarted = (name: string, pid: number) => `0513-059 The ${name} Subsystem has been started. Subsystem PID is ${pid}.`;

export const subsystemAlreadyActive = (name: string) => [
	`0513-029 The ${name} Subsystem is already active.`,
	'Multiple instances are not supported.',
];

export const subsystemStopRequested = (name: string) => `0513-044 The ${name} Subsystem was requested to stop.`;

export const subsystemInoperative = (name: string) => `0513-004 The Subsystem or Group, ${name}, is currently inoperative.`;

export const hostNotKnown = (host: string) => `0513-012 The ${host} host is not known; it cannot be reached.`;

export const groupNotOnFile = (group: string) => `0513-086 The ${group} Group is not on file.`;

export const subsystemNotOnFile = (name: string) => `0513-085 The ${name} Subsystem is not on file.`;

export const refreshCompleted = () => '0513-095 The request for subsystem refresh was completed successfully.';

export const pidNotOnFile = (pid: string) => `0513-017 The ${pid} pid is not on file.`;

/** lssrc -l of a subsystem that is not running: SRC cannot pass it the request. */
export const subsystemNotRunning = (name: string) => [
	`0513-036 The request could not be passed to the ${name} subsystem.`,
	'Start the subsystem and try your command again.',
];

/** stopsrc -s clstrmgrES: on a real node the SRC would run clexit.rc and halt it. */
export const clusterManagerStopRefused = (command: string, name: string) => [
	`${command}: ${name} must not be stopped with stopsrc: the SRC would run clexit.rc and halt the node.`,
	'Use clstop (smitty clstop) to stop cluster services.',
];

/** A daemon that starts and stops with cluster services, not by hand. */
export const subsystemOfClusterServices = (command: string, name: string, start: boolean) => {
	const [verb, how] = start ? ['started', 'smitty clstart (rc.cluster)'] : ['stopped', 'smitty clstop (clstop)'];
	return `${command}: ${name} is ${verb} with cluster services; use ${how}.`;
};
