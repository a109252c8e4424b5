/** The embedded scenarios `hasmit scenario load NAME` offers. */
import type {ClusterState} from '../state.js';
import {big, BIG_DESCRIPTION} from './big.js';
import {concurrent, CONCURRENT_DESCRIPTION} from './concurrent.js';
import {mutualTakeover, MUTUAL_TAKEOVER_DESCRIPTION} from './mutual-takeover.js';
import {twoNode, TWO_NODE_DESCRIPTION} from './two-node.js';

export interface Scenario {
	name: string;
	description: string;
	build(clock: number): ClusterState;
}

export const SCENARIOS: readonly Scenario[] = [
	{name: 'two-node', description: TWO_NODE_DESCRIPTION, build: twoNode},
	{name: 'mutual-takeover', description: MUTUAL_TAKEOVER_DESCRIPTION, build: mutualTakeover},
	{name: 'concurrent', description: CONCURRENT_DESCRIPTION, build: concurrent},
	{name: 'big', description: BIG_DESCRIPTION, build: big},
];

export const DEFAULT_SCENARIO = 'two-node';

export function findScenario(name: string): Scenario | undefined {
	return SCENARIOS.find(s => s.name === name);
}
