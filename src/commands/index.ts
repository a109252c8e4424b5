/** Every command the simulated system has, one module per command family. */
import {Registry} from '../command/registry.js';
import {clusterInfoCommands} from './cluster-info.js';
import {clusterServiceCommands} from './cluster-services.js';
import {cspocHelpers} from './cspoc.js';
import {lvmCommands} from './lvm/index.js';
import {srcCommands} from './src.js';
import {textUtilities} from './text-utils.js';

export function createRegistry(): Registry {
	return new Registry([...textUtilities, ...srcCommands, ...cspocHelpers, ...clusterServiceCommands, ...clusterInfoCommands, ...lvmCommands]);
}
