/**
 * What a domain (cluster services, topology, shared LVM, resource groups,
 * ...) adds to the model's central loops: its rules checked after every
 * command, its verification checks, its sample clusters, the resources a
 * group can hold of it and the part of the state it owns. Each domain says so once, in its manifest (src/domains/);
 * the composition root installs the manifests in order before anything
 * runs, and the loops here read them. The model cannot import the manifests
 * themselves: they also name the domain's commands, a layer above it.
 */
import type {DeepReadonly} from './readonly.js';
import type {ClusterState} from './state.js';
import type {ResourceKind} from './events/resource-kinds.js';
import type {Check} from './verify/check.js';

/**
 * A rule of the model: push a sentence per problem found. `before`, when given, is a state known to keep every rule that
 * this one was made from (a command's draft of it): a rule may check again only what changed since.
 */
export type Invariant = (state: DeepReadonly<ClusterState>, problems: string[], before?: DeepReadonly<ClusterState>) => void;

/** A sample cluster `hasmit scenario load NAME` offers. */
export interface Scenario {
	readonly name: string;
	readonly description: string;
	build(clock: number): ClusterState;
}

export interface ModelDomain {
	readonly name: string;
	/** The top-level parts of the state this domain owns. */
	readonly state?: readonly (keyof ClusterState)[];
	readonly invariants?: readonly Invariant[];
	/** clverify's checks, run in domain order under "Verifying Cluster Topology" and "Verifying Cluster Resources". */
	readonly checks?: {readonly topology?: readonly Check[]; readonly resources?: readonly Check[]};
	readonly scenarios?: readonly Scenario[];
	/** What a resource group can hold of this domain: how each is acquired and released, and where in the order. */
	readonly resourceKinds?: readonly ResourceKind[];
}

let installed: readonly ModelDomain[] | undefined;

/** Called once by the composition root (src/domains/index.ts) with every domain, in order. */
export function installDomains(domains: readonly ModelDomain[]): void {
	installed = domains;
}

export function installedDomains(): readonly ModelDomain[] {
	if (!installed) throw new Error('no domains are installed: import src/domains/index.ts before using the model');
	return installed;
}
