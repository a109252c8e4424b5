/** Every command the simulated system has, one module per command family. */
import {Registry} from '../command/registry.js';
import {textUtilities} from './text-utils.js';

export function createRegistry(): Registry {
	return new Registry([...textUtilities]);
}
