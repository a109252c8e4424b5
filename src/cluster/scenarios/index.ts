/** The embedded scenarios `hasmit scenario load NAME` offers. */
import type {ClusterState} from '../state.js';
import {twoNode, TWO_NODE_DESCRIPTION} from './two-node.js';

export interface Scenario {
	name: string;
	description: string;
	build(clock: number): ClusterState;
}

export const SCENARIOS: readonly Scenario[] = [
	{name: 'two-node', description: TWO_NODE_DESCRIPTION, build: twoNode},
];

export const DEFAULT_SCENARIO = 'two-node';

export function findScenario(name: string): Scenario | undefined {
	return SCENARIOS.find(s => s.name === name);
}
