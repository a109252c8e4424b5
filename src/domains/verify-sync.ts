/** Verification and synchronization: clverify, cldare (and DARE migration). */
import {verifySyncCommands} from '../commands/verify-sync.js';
import type {Domain} from './domain.js';

export const verifySyncDomain: Domain = {
	name: 'verify-sync',
	commands: verifySyncCommands,
};
