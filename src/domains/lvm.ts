/** Shared LVM: disks, volume groups, logical volumes and file systems; AIX's commands and C-SPOC's. */
import {checkVolumeGroups} from '../cluster/invariants.js';
import {checkLvm} from '../cluster/lvm-invariants.js';
import {FILE_SYSTEMS, VOLUME_GROUPS} from '../cluster/events/resources.js';
import {cspocHelpers} from '../commands/cspoc.js';
import {lvmCommands} from '../commands/lvm/index.js';
import type {Domain} from './domain.js';

export const lvmDomain: Domain = {
	name: 'lvm',
	state: ['disks', 'vgda'],
	commands: [...cspocHelpers, ...lvmCommands],
	invariants: [checkVolumeGroups, checkLvm],
	resourceKinds: [VOLUME_GROUPS, FILE_SYSTEMS],
};
