/** The base cluster: nodes, their configurations, clock and files; the shell's utilities; the sample clusters. */
import {checkNodeConfigurations} from '../cluster/invariants.js';
import {SAMPLE_SCENARIOS} from '../cluster/scenarios/index.js';
import {fileCommands} from '../commands/ls.js';
import {processCommands} from '../commands/processes.js';
import {textUtilities} from '../commands/text-utils.js';
import type {Domain} from './domain.js';

export const clusterDomain: Domain = {
	name: 'cluster',
	state: ['format', 'version', 'scenario', 'clock', 'lastPid', 'configs', 'lastConfigId', 'nodes'],
	commands: [...textUtilities, ...processCommands, ...fileCommands],
	invariants: [checkNodeConfigurations],
	scenarios: SAMPLE_SCENARIOS,
};
