/**
 * What rc.cluster, clstop and their C-SPOC forms (cl_rc.cluster, cl_clstop)
 * say when they refuse: flags that do not go together, a node already in the
 * wanted state, a configuration that fails the checks made before a start.
 */

export const onlyOneWhen = (command: string) => `${command}: only one of -N, -R and -B may be given.`;

export const flagsExclusive = (command: string, a: string, b: string) => `${command}: -${a} and -${b} cannot be used together.`;

export const forcedWithGraceful = (command: string) => `${command}: -f cannot be used with -g or -gr.`;

export const takeoverOnlyAsGr = (command: string) => `${command}: -r is only valid as -gr.`;

export const chooseShutdownMode = (command: string) =>
	`${command}: choose a shutdown mode: -g (graceful), -gr (graceful with takeover) or -f (forced).`;

/** Checked for every chosen node before any starts, so a C-SPOC run changes nothing. */
export const alreadyActiveOnNodes = (command: string, nodes: readonly string[]) =>
	`${command}: Cluster services are already active on ${nodes.join(', ')}. Nothing was started.`;

export const notActiveOnNodes = (command: string, nodes: readonly string[]) =>
	`${command}: Cluster services are not active on ${nodes.join(', ')}. Nothing was stopped.`;

export const alreadyActiveOnNode = (node: string) => `Cluster services are already active on node ${node}; nothing was started there.`;

export const notActiveOnNode = (node: string) => `Cluster services are not active on node ${node}; nothing was stopped there.`;

export const configurationDiffers = (node: string) => [
	`ERROR: The HACMP configuration on node ${node} differs from the configuration of the running cluster.`,
	`Synchronize the cluster configuration, then start cluster services on ${node}.`,
];

export const verificationFailed = (node: string, errors: number) =>
	`ERROR: Verification of the cluster configuration on node ${node} found ${errors} error(s).`;

export const startAborted = (node: string) => `Start of cluster services on ${node} was aborted.`;
