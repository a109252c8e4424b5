/** VERITAS Volume Manager's commands with its cluster functionality, and hasmit's own helpers for it. */
import type {Command} from '../../command/registry.js';
import {daemonCommands} from './daemon.js';
import {diskGroupCommands} from './disk-groups.js';
import {diskCommands} from './disks.js';
import {volumeCommands} from './volumes.js';
import {vxdiskadmCommands} from './vxdiskadm.js';

export const vxvmCommands: Command[] = [...daemonCommands, ...diskGroupCommands, ...diskCommands, ...volumeCommands, ...vxdiskadmCommands];
