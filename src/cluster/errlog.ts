/**
 * The AIX error log of each node, as errpt reports it: entries with a label and identifier from the error template,
 * a type (PERM, TEMP, PEND, PERF, INFO, UNKN), a class (H hardware, S software, O operator, U undetermined), the
 * resource, the description, probable and user causes, recommended actions and detail data. errlogger writes
 * operator messages (OPMSG); the cluster and LVM domains log their own entries with logError.
 */
import {notifyError} from './errnotify.js';
import type {DeepReadonly} from './readonly.js';
import type {ClusterState} from './state.js';

export type ErrorType = 'PERM' | 'TEMP' | 'PEND' | 'PERF' | 'INFO' | 'UNKN';
export type ErrorClass = 'H' | 'S' | 'O' | 'U';

/** An error template (what errpt -t lists): the fixed part of an entry. */
export interface ErrorTemplate {
	label: string;
	identifier: string;
	type: ErrorType;
	class: ErrorClass;
	description: string;
	causes?: readonly string[];
	userCauses?: readonly string[];
	actions: readonly string[];
	/** The heading of the detail data. */
	detailTitle: string;
}

export interface ErrorLogEntry {
	sequence: number;
	/** When it was logged, ms on the simulated clock. */
	at: number;
	label: string;
	identifier: string;
	type: string;
	class: string;
	resource: string;
	description: string;
	causes?: string[];
	userCauses?: string[];
	actions?: string[];
	detailTitle?: string;
	detail?: string[];
}

/** errlogger's template. */
export const OPMSG: ErrorTemplate = {
	label: 'OPMSG',
	identifier: 'AA8AB241',
	type: 'TEMP',
	class: 'O',
	description: 'OPERATOR NOTIFICATION',
	userCauses: ['ERRLOGGER COMMAND'],
	actions: ['REVIEW DETAILED DATA'],
	detailTitle: 'MESSAGE FROM ERRLOGGER COMMAND',
};

/** LVM closed a volume group that lost its quorum of VGDAs (errids.h: ERRID_LVM_SA_QUORCLOSE). */
export const LVM_SA_QUORCLOSE: ErrorTemplate = {
	label: 'LVM_SA_QUORCLOSE',
	identifier: 'CAD234BE',
	type: 'UNKN',
	class: 'H',
	description: 'QUORUM LOST, VOLUME GROUP CLOSING',
	causes: ['PHYSICAL VOLUME UNAVAILABLE'],
	actions: ['PERFORM PROBLEM DETERMINATION PROCEDURES'],
	detailTitle: 'MAJOR/MINOR DEVICE NUMBER',
};

/** LVDD's entry for a volume group it closed: its device number (major, minor 0), then the VGDAs needed and still answering. */
export function logQuorumClosed(state: ClusterState, node: string, major: number, quorumCount: number, active: number): void {
	const device = `8000 ${major.toString(16).toUpperCase().padStart(4, '0')} 0000 0000`;
	logError(state, node, LVM_SA_QUORCLOSE, 'LVDD', [device, 'QUORUM COUNT', String(quorumCount), 'ACTIVE COUNT', String(active)]);
}

/** A disk that no longer answers, as the adapter reports it (errids.h: ERRID_DISK_ERR3). */
export const DISK_ERR3: ErrorTemplate = {
	label: 'DISK_ERR3',
	identifier: '35BFC499',
	type: 'PERM',
	class: 'H',
	description: 'DISK OPERATION ERROR',
	causes: ['DASD DEVICE', 'STORAGE DEVICE CABLE'],
	actions: ['PERFORM PROBLEM DETERMINATION PROCEDURES'],
	detailTitle: 'SENSE DATA',
};

/** The System Resource Controller saw a subsystem end abnormally (errids.h: ERRID_SRC). */
export const SRC: ErrorTemplate = {
	label: 'SRC',
	identifier: 'E18E984F',
	type: 'PERM',
	class: 'S',
	description: 'SOFTWARE PROGRAM ERROR',
	causes: ['APPLICATION PROGRAM'],
	actions: ['PERFORM PROBLEM RECOVERY PROCEDURES'],
	detailTitle: 'SYMPTOM CODE',
};

/** SRC's entry for a subsystem that ended abnormally (0513-017, error code -9017). */
export function logSubsystemDied(state: ClusterState, node: string, subsystem: string): void {
	logError(state, node, SRC, 'SRC', [
		'256',
		'SOFTWARE ERROR CODE',
		'-9017',
		'ERROR CODE',
		'9',
		'DETECTING MODULE',
		"'srchevn.c'@line:'217'",
		'FAILING MODULE',
		subsystem,
	]);
}

/** An operator message as errlogger writes it (what HACMP's scripts leave in the error log). */
export const logOperatorMessage = (state: ClusterState, node: string, text: string): void => logError(state, node, OPMSG, 'OPERATOR', [text]);

/** The error templates this error log knows (errpt -t's), by label. */
export const errorTemplate = (label: string): ErrorTemplate | undefined => [OPMSG, LVM_SA_QUORCLOSE, DISK_ERR3, SRC].find(t => t.label === label);

/** Log an entry on a node. */
export function logError(state: ClusterState, node: string, template: ErrorTemplate, resource: string, detail: readonly string[]): void {
	const log = ((state.errlog ??= {})[node] ??= []);
	const sequence = (log.at(-1)?.sequence ?? 0) + 1;
	const {label, identifier, type, description, causes, userCauses, actions, detailTitle} = template;
	log.push({
		sequence,
		at: state.clock,
		label,
		identifier,
		type,
		class: template.class,
		resource,
		description,
		...(causes && {causes: [...causes]}),
		...(userCauses && {userCauses: [...userCauses]}),
		actions: [...actions],
		detailTitle,
		detail: [...detail],
	});
	notifyError(state, node, log.at(-1)!);
}

export const errorLogOf = (state: DeepReadonly<ClusterState>, node: string): DeepReadonly<ErrorLogEntry[]> => state.errlog?.[node] ?? [];

/** errclear: remove the node's entries older than `days` days (0: all). */
export function clearErrors(state: ClusterState, node: string, days: number): void {
	const log = state.errlog?.[node];
	if (!log) return;
	const cutoff = state.clock - days * 86_400_000;
	state.errlog![node] = days === 0 ? [] : log.filter(entry => entry.at >= cutoff);
}
