/** The AIX around HACMP: the everyday commands an administrator types (uname, oslevel, df, more, pg, odmget) and HACMP's node utilities. */
import {hacmpUtilityCommands} from '../commands/aix-hacmp-utils.js';
import {odmCommands} from '../commands/aix-odm.js';
import {aixSystemCommands} from '../commands/aix-system.js';
import type {Domain} from './domain.js';

export const aixDomain: Domain = {
	name: 'aix',
	commands: [...aixSystemCommands, ...odmCommands, ...hacmpUtilityCommands],
};
