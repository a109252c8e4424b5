/** What the C-SPOC convention (-cspoc, fix_args) refuses with, each written once; the command's name comes first. */
import {groupNotDefined, notClusterNodes} from '../cluster/rg/messages.js';

export const badCspocArgument = (command: string, value: string) => `${command}: the -cspoc argument "${value}" is not valid.`;
export const cspocGroupNotDefined = (command: string, group: string) => `${command}: ${groupNotDefined(group)}`;
export const cspocUnknownNodes = (command: string, unknown: readonly string[], all: readonly string[]) =>
	`${command}: ${notClusterNodes(unknown)}. The cluster nodes are: ${all.join(', ')}.`;
export const noClusterNodes = (command: string) => `${command}: no cluster nodes are defined on this node: configure the cluster topology first.`;
export const noNodesGiven = (command: string) => `${command}: no node names were given with -n.`;
export const noCommandGiven = (command: string) => `${command}: no command was given.`;
export const needsValue = (command: string, arg: string) => `${command}: ${arg} needs a value.`;
