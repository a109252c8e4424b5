/** Failure: what is broken (nodes, adapters, networks, partitions), the keep-alives that notice, and the events that follow. */
import {faultCommands} from '../commands/fault.js';
import {nimCommands} from '../commands/fault-nim.js';
import type {Domain} from './domain.js';

export const failureDomain: Domain = {
	name: 'failure',
	commands: [...faultCommands, ...nimCommands],
	state: ['faults'],
};
