/** Users and groups: each node's account files, AIX's commands, C-SPOC's cluster-wide forms, and clverify's id check. */
import {sameAccountIds} from '../cluster/users/check.js';
import '../cluster/users/files.js';
import {userCommands} from '../commands/users/index.js';
import type {Domain} from './domain.js';

export const usersDomain: Domain = {
	name: 'users',
	state: ['accounts'],
	commands: userCommands,
	checks: {topology: [sameAccountIds]},
};
