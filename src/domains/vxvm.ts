/** VERITAS Volume Manager with cluster functionality (CVM): its state, commands, membership hooks and the `cvm` scenario. */
import '../cluster/vxvm/hooks.js';
import {CVM_DESCRIPTION, cvmScenario} from '../cluster/vxvm/scenario.js';
import {vxvmCommands} from '../commands/vxvm/index.js';
import type {Domain} from './domain.js';

export const vxvmDomain: Domain = {
	name: 'vxvm',
	state: ['vxvm'],
	commands: vxvmCommands,
	scenarios: [{name: 'cvm', description: CVM_DESCRIPTION, build: cvmScenario}],
};
