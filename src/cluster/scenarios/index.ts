/** The embedded sample clusters; every domain's manifest may add its own. */
import {installedDomains, type Scenario} from '../domain.js';
import {setRelease} from '../release/apply.js';
import type {Release} from '../release/index.js';
import type {ClusterState} from '../state.js';
import {big, BIG_DESCRIPTION} from './big.js';
import {concurrent, CONCURRENT_DESCRIPTION} from './concurrent.js';
import {mutualTakeover, MUTUAL_TAKEOVER_DESCRIPTION} from './mutual-takeover.js';
import {twoNode, TWO_NODE_DESCRIPTION} from './two-node.js';

/** The cluster's own samples (the base domain's). */
export const SAMPLE_SCENARIOS: readonly Scenario[] = [
	{name: 'two-node', description: TWO_NODE_DESCRIPTION, build: twoNode},
	{name: 'mutual-takeover', description: MUTUAL_TAKEOVER_DESCRIPTION, build: mutualTakeover},
	{name: 'concurrent', description: CONCURRENT_DESCRIPTION, build: concurrent},
	{name: 'big', description: BIG_DESCRIPTION, build: big},
];

export const DEFAULT_SCENARIO = 'two-node';

/** Every installed domain's scenarios, in domain order. */
export function scenarios(): Scenario[] {
	return installedDomains().flatMap(domain => domain.scenarios ?? []);
}

export function findScenario(name: string): Scenario | undefined {
	return scenarios().find(s => s.name === name);
}

/** A sample cluster as built, on the release asked for. */
export function buildScenario(scenario: Scenario, release: Release, clock: number): ClusterState {
	const state = scenario.build(clock);
	setRelease(state, release);
	return state;
}
