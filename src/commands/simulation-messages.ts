/** What hasmit_load, a command of the simulation itself, says when it refuses. */

export const figureOutOfRange = (command: string, flag: string, max: number) => `${command}: -${flag} takes a number from 0 to ${max}.`;

export const notSimulatedNode = (command: string, node: string) => `${command}: ${node} is not a node of the simulated cluster.`;

export const nameTheNode = (command: string) => `${command}: name the node to change (-n).`;
