/**
 * Event customization and problem determination: the predefined events' scripts on every node, administrators'
 * pre-, post-event, notify and recovery commands and custom events (run around every event by the cluster manager),
 * event failure and recovery (clruncmd), and each node's cron, which the seed's scheduled backup uses (§8.7.2).
 */
import '../cluster/event-scripts/catalog.js';
import '../cluster/event-scripts/customization.js';
import '../cluster/event-scripts/rsct-logs.js';
import '../cluster/event-scripts/cm-log.js';
import {customEventScripts} from '../cluster/event-scripts/checks.js';
import {dareLocks} from '../cluster/event-scripts/dare-lock.js';
import {cronCommands} from '../commands/cron.js';
import {mailCommands} from '../commands/mail.js';
import {smitSessionCommands} from '../commands/smit-session.js';
import {emulateCommands} from '../commands/emulate.js';
import {errorLogCommands} from '../commands/errpt.js';
import {errNotifyCommands} from '../commands/errnotify.js';
import {pdNotSimulatedCommands} from '../commands/pd-not-simulated.js';
import {testtoolCommands} from '../commands/testtool.js';
import {eventConfigCommands} from '../commands/event-config.js';
import {eventLogCommands} from '../commands/event-logs.js';
import {eventRecoveryCommands} from '../commands/event-recovery.js';
import type {Domain} from './domain.js';

export const eventsDomain: Domain = {
	name: 'events',
	commands: [
		...eventConfigCommands,
		...eventRecoveryCommands,
		...cronCommands,
		...mailCommands,
		...emulateCommands,
		...testtoolCommands,
		...eventLogCommands,
		...errorLogCommands,
		...errNotifyCommands,
		...pdNotSimulatedCommands,
		...smitSessionCommands,
	],
	state: ['errlog', 'errnotify'],
	checks: {topology: [dareLocks], resources: [customEventScripts]},
};
