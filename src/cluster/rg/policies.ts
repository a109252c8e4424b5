/**
 * Resource group management policies: the legacy types (cascading,
 * rotating, concurrent) are stored with the custom startup / fallover /
 * fallback policies they are equivalent to, so the event engine reads one
 * set of policies (a rotating group is distributed, one per joining node and
 * network, as 5.2's Online Using Distribution Policy); what only a type has
 * (settling and fallback timers for custom groups) is asked of the type.
 */
import type {FallbackPolicy, FalloverPolicy, ResourceGroup, StartupPolicy} from '../config.js';

/** The dynamic node priority policies HACMP defines, and what each prefers. */
export const DNP_POLICIES: Record<string, string> = {
	cl_highest_free_mem: 'the node with the most free memory',
	cl_highest_idle_cpu: 'the node with the most idle CPU time',
	cl_lowest_disk_busy: 'the node whose disks are least busy',
};

export const STARTUP_POLICIES: readonly StartupPolicy[] = ['OHN', 'OFAN', 'OAAN', 'OUDP'];
export const FALLOVER_POLICIES: readonly FalloverPolicy[] = ['FNPN', 'FUDNP', 'BO'];
export const FALLBACK_POLICIES: readonly FallbackPolicy[] = ['FBHPN', 'NFB'];

export type Policies = Pick<ResourceGroup, 'startup' | 'fallover' | 'fallback'>;

/**
 * 5.2's inter-site management policies (HACMP/XD's sites). hasmit's clusters have no sites, so every group's is ignore,
 * the only one a cluster without sites takes: it is checked, never stored.
 */
export const SITE_POLICY_TEXT = {
	ignore: 'ignore',
	primary: 'Prefer Primary Site',
	either: 'Online On Either Site',
	both: 'Online On Both Sites',
} as const;
export type SitePolicy = keyof typeof SITE_POLICY_TEXT;
export const SITE_POLICIES = Object.keys(SITE_POLICY_TEXT) as SitePolicy[];
/** The site policy every group has (no cluster has sites): what clshowres, cllsres and clRGinfo -s show. */
export const GROUP_SITE_POLICY: SitePolicy = 'ignore';

/**
 * The policies a legacy type behaves by. Cascading: home node only, or the
 * first available node with Inactive Takeover; next node, or dynamic
 * priority; fallback, or none with Cascading Without Fallback. Rotating:
 * distributed, next node, never fall back. Concurrent: every node,
 * offline on error, never fall back.
 */
function legacyPolicies(group: Pick<ResourceGroup, 'type' | 'inactiveTakeover' | 'cwof' | 'dnpPolicy'>): Policies | undefined {
	switch (group.type) {
		case 'cascading':
			return {startup: group.inactiveTakeover ? 'OFAN' : 'OHN', fallover: group.dnpPolicy ? 'FUDNP' : 'FNPN', fallback: group.cwof ? 'NFB' : 'FBHPN'};
		case 'rotating':
			return {startup: 'OUDP', fallover: 'FNPN', fallback: 'NFB'};
		case 'concurrent':
			return {startup: 'OAAN', fallover: 'BO', fallback: 'NFB'};
		case 'custom':
			return undefined;
	}
}

/** Keep a legacy group's policies in step with its type and attributes. */
export function applyLegacyPolicies(group: ResourceGroup): void {
	const policies = legacyPolicies(group);
	if (policies) Object.assign(group, policies);
	if (group.type !== 'cascading') {
		delete group.inactiveTakeover;
		delete group.cwof;
	}
}

/** Settling time and delayed fallback timers were introduced with custom groups and apply only to them. */
export const usesRunTimePolicies = (group: Pick<ResourceGroup, 'type'>) => group.type === 'custom';
