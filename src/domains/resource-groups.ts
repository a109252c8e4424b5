/** Resource groups: their definition, resources, applications and monitors, run-time policies, where they run and moving them. */
import {checkGroups} from '../cluster/invariants.js';
import {APPLICATION_SERVERS, NFS_EXPORTS, SERVICE_LABELS} from '../cluster/events/resources.js';
import {RESOURCE_CHECKS} from '../cluster/verify/resource-checks.js';
import {applicationConfigCommands} from '../commands/app-config.js';
import {resourceGroupConfigCommands} from '../commands/rg-config.js';
import {groupInfoCommands} from '../commands/rg-info.js';
import {resourceListCommands} from '../commands/rg-lists.js';
import {resourceGroupMoveCommands} from '../commands/rg-move.js';
import {runTimePolicyCommands} from '../commands/rg-run-time.js';
import {simulationCommands} from '../commands/simulation.js';
import type {Domain} from './domain.js';

export const resourceGroupsDomain: Domain = {
	name: 'resource-groups',
	state: ['resourceGroups'],
	commands: [
		...groupInfoCommands,
		...resourceGroupConfigCommands,
		...resourceListCommands,
		...applicationConfigCommands,
		...runTimePolicyCommands,
		...resourceGroupMoveCommands,
		...simulationCommands,
	],
	invariants: [checkGroups],
	checks: {resources: RESOURCE_CHECKS},
	resourceKinds: [SERVICE_LABELS, NFS_EXPORTS, APPLICATION_SERVERS],
};
