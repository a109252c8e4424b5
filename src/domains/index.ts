/**
 * The composition root: every domain, one line each, in the order their
 * rules, checks and samples run. Importing this module installs them in the
 * model; createRegistry gives every command they declare.
 */
import {Registry} from '../command/registry.js';
import {installDomains} from '../cluster/domain.js';
import {aixDomain} from './aix.js';
import {clusterDomain} from './cluster.js';
import type {Domain} from './domain.js';
import {eventsDomain} from './events.js';
import {failureDomain} from './failure.js';
import {learningDomain} from './learning.js';
import {lvmDomain} from './lvm.js';
import {resourceGroupsDomain} from './resource-groups.js';
import {servicesDomain} from './services.js';
import {softwareDomain} from './software.js';
import {topologyDomain} from './topology.js';
import {usersDomain} from './users.js';
import {verifySyncDomain} from './verify-sync.js';
import {vxvmDomain} from './vxvm.js';

export const DOMAINS: readonly Domain[] = [
	clusterDomain,
	servicesDomain,
	topologyDomain,
	softwareDomain,
	lvmDomain,
	resourceGroupsDomain,
	verifySyncDomain,
	usersDomain,
	learningDomain,
	vxvmDomain,
	aixDomain,
	eventsDomain,
	failureDomain,
];

installDomains(DOMAINS);

/** Every command of every domain. */
export function createRegistry(): Registry {
	return new Registry(DOMAINS.flatMap(domain => domain.commands));
}
