/** The shared LVM commands: AIX's per-node ones, C-SPOC's, the SMIT helpers and the disk simulation. */
import type {Command} from '../../command/registry.js';
import {fileSystemCommands} from './fs-commands.js';
import {listingCommands} from './list-commands.js';
import {logicalVolumeCommands} from './lv-commands.js';
import {nodeVolumeGroupCommands} from './odm-commands.js';
import {simulationCommands} from './simulation.js';
import {smitHelpers} from './smit-helpers.js';
import {volumeGroupCommands} from './vg-commands.js';

export const lvmCommands: Command[] = [
	...volumeGroupCommands,
	...nodeVolumeGroupCommands,
	...logicalVolumeCommands,
	...fileSystemCommands,
	...listingCommands,
	...simulationCommands,
	...smitHelpers,
];
