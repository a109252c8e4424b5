/**
 * The AIX around HACMP: the everyday commands an administrator types (uname, oslevel, df, more, pg, odmget, odmshow,
 * hostent), HACMP's node utilities, and what AIX's own SMIT screens run (sm_inst, and the helpers that fill their lists).
 */
import {hacmpUtilityCommands} from '../commands/aix-hacmp-utils.js';
import '../commands/aix-files.js';
import {odmCommands} from '../commands/aix-odm.js';
import {aixSmitCommands} from '../commands/aix-smit.js';
import {smInstCommands} from '../commands/aix-sm-inst.js';
import {aixSystemCommands} from '../commands/aix-system.js';
import {tcpipCommands} from '../commands/aix-tcpip.js';
import type {Domain} from './domain.js';

export const aixDomain: Domain = {
	name: 'aix',
	commands: [...aixSystemCommands, ...odmCommands, ...hacmpUtilityCommands, ...tcpipCommands, ...aixSmitCommands, ...smInstCommands],
};
