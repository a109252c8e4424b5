/** Installed software: fileset levels, PTF images, installp (a PTF rolling install). */
import {softwareLevels} from '../cluster/verify/topology-checks.js';
import {softwareCommands} from '../commands/software.js';
import type {Domain} from './domain.js';

export const softwareDomain: Domain = {
	name: 'software',
	commands: softwareCommands,
	checks: {topology: [softwareLevels]},
};
