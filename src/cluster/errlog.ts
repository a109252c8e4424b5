/**
 * The AIX error log of each node, as errpt reports it: entries with a label and identifier from the error template,
 * a type (PERM, TEMP, PEND, PERF, INFO, UNKN), a class (H hardware, S software, O operator, U undetermined), the
 * resource, the description, probable and user causes, recommended actions and detail data. errlogger writes
 * operator messages (OPMSG); the cluster and LVM domains log their own entries with logError.
 */
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
}

export const errorLogOf = (state: DeepReadonly<ClusterState>, node: string): DeepReadonly<ErrorLogEntry[]> => state.errlog?.[node] ?? [];

/** errclear: remove the node's entries older than `days` days (0: all). */
export function clearErrors(state: ClusterState, node: string, days: number): void {
	const log = state.errlog?.[node];
	if (!log) return;
	const cutoff = state.clock - days * 86_400_000;
	state.errlog![node] = days === 0 ? [] : log.filter(entry => entry.at >= cutoff);
}
