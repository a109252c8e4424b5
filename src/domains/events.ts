/**
 * Event customization and problem determination: the predefined events' scripts on every node, administrators'
 * pre-, post-event, notify and recovery commands and custom events (run around every event by the cluster manager),
 * event failure and recovery (clruncmd).
 */
import '../cluster/event-scripts/catalog.js';
import '../cluster/event-scripts/customization.js';
import {eventConfigCommands} from '../commands/event-config.js';
import {eventRecoveryCommands} from '../commands/event-recovery.js';
import type {Domain} from './domain.js';

export const eventsDomain: Domain = {
	name: 'events',
	commands: [...eventConfigCommands, ...eventRecoveryCommands],
};
