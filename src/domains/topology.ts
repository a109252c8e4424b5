/** Cluster topology: nodes, networks, interfaces and IP labels, as shown and as verified. */
import {checkServiceLabels} from '../cluster/invariants.js';
import {TOPOLOGY_CHECKS} from '../cluster/verify/topology-checks.js';
import {clusterStatusCommands} from '../commands/cluster-status.js';
import {topologyCommands} from '../commands/topology-info.js';
import {topologyConfigCommands} from '../commands/topology-config.js';
import {networkStatusCommands} from '../commands/network-status.js';
import {snapshotCommands} from '../commands/snapshot.js';
import {dhbReadCommands} from '../commands/dhb-read.js';
import {topologyDiscoverCommands} from '../commands/topology-discover.js';
import {topologyStandardCommands} from '../commands/topology-standard.js';
import {bare, BARE_DESCRIPTION} from '../cluster/topology/bare.js';
import {TOPOLOGY_PLAN_CHECKS} from '../cluster/topology/checks.js';
import '../cluster/topology/heartbeat-events.js';
import type {Domain} from './domain.js';

export const topologyDomain: Domain = {
	name: 'topology',
	commands: [
		...clusterStatusCommands,
		...topologyCommands,
		...topologyConfigCommands,
		...networkStatusCommands,
		...snapshotCommands,
		...dhbReadCommands,
		...topologyDiscoverCommands,
		...topologyStandardCommands,
	],
	invariants: [checkServiceLabels],
	checks: {topology: [...TOPOLOGY_CHECKS, ...TOPOLOGY_PLAN_CHECKS]},
	scenarios: [{name: 'bare', description: BARE_DESCRIPTION, build: bare}],
};
