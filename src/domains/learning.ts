/** The learning aids: `man`, which documents every declared command from its declaration. It owns no state. */
import {manCommands} from '../commands/man.js';
import type {Domain} from './domain.js';

export const learningDomain: Domain = {
	name: 'learning',
	commands: manCommands,
};
