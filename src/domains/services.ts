/** Cluster services: starting and stopping them, and the SRC subsystems behind them. */
import {clusterServiceCommands} from '../commands/cluster-services.js';
import {srcCommands} from '../commands/src.js';
import type {Domain} from './domain.js';

export const servicesDomain: Domain = {
	name: 'services',
	commands: [...srcCommands, ...clusterServiceCommands],
};
