/**
 * Activation modes of shared disk groups and the seed's compatibility matrix: a node may activate a group in a mode
 * only if every other node's mode allows it (off never conflicts).
 */
import {entryOf} from '../records.js';
import type {ActivationMode, DiskGroup} from './types.js';

type Active = Exclude<ActivationMode, 'off'>;

/** The seed's table "allowed and conflicting activation modes": row = one node's mode, column = another's. */
export const COMPATIBLE: Readonly<Record<Active, Readonly<Record<Active, boolean>>>> = {
	'exclusive-write': {'exclusive-write': false, 'read-only': false, 'shared-read': true, 'shared-write': false},
	'read-only': {'exclusive-write': false, 'read-only': true, 'shared-read': true, 'shared-write': false},
	'shared-read': {'exclusive-write': true, 'read-only': true, 'shared-read': true, 'shared-write': true},
	'shared-write': {'exclusive-write': false, 'read-only': false, 'shared-read': true, 'shared-write': true},
};

export const SHORT_MODES: Readonly<Record<string, ActivationMode>> = {
	ew: 'exclusive-write',
	ro: 'read-only',
	sr: 'shared-read',
	sw: 'shared-write',
	off: 'off',
};

export const shortMode = (mode: ActivationMode) => Object.keys(SHORT_MODES).find(key => SHORT_MODES[key] === mode)!;

/** A mode as typed: the long name or its abbreviation. */
export function parseMode(value: string): ActivationMode | undefined {
	return entryOf(SHORT_MODES, value) ?? Object.values(SHORT_MODES).find(mode => mode === value);
}

export function compatible(a: ActivationMode, b: ActivationMode): boolean {
	return a === 'off' || b === 'off' || COMPATIBLE[a][b];
}

/** The first other node whose mode conflicts with `mode` on `node`. */
export function conflictOf(
	group: Pick<DiskGroup, 'activation'>,
	node: string,
	mode: ActivationMode,
): {node: string; mode: ActivationMode} | undefined {
	for (const [other, theirs] of Object.entries(group.activation)) if (other !== node && !compatible(mode, theirs)) return {node: other, mode: theirs};
	return undefined;
}

export const canWrite = (mode: ActivationMode) => mode === 'exclusive-write' || mode === 'shared-write';
