/**
 * What every definition command (groups, application servers and monitors,
 * fallback timer policies) refuses the same way: a name HACMP does not take
 * or that is taken already, an object that is not defined; each refusal an
 * `ERROR:` line.
 */
import {refuse} from '../errors.js';
import {entryOf} from '../records.js';
import {alreadyExists, errorLines, invalidName, notDefined, reservedName} from './messages.js';

// HACMP object names: letters, digits and underscores, not starting with a digit, at most 32 characters.
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
const RESERVED = new Set([
	'all',
	'cascading',
	'cluster',
	'concurrent',
	'custom',
	'default',
	'group',
	'network',
	'node',
	'none',
	'resource',
	'rotating',
	'serial',
	'service',
	'stop',
	'sticky',
]);

/**
 * Refuse a name a new (or renamed) object cannot have: not a valid HACMP name (at most `longest` characters), or one
 * `taken` holds already.
 */
export function checkNewName(kind: string, name: string, taken: Readonly<Record<string, unknown>> | undefined, longest = 32): void {
	if (!NAME.test(name) || name.length > longest) refuse(errorLines(invalidName(kind, name, longest)));
	if (RESERVED.has(name.toLowerCase())) refuse(errorLines(reservedName(kind, name)));
	if (entryOf(taken, name)) refuse(errorLines(alreadyExists(kind, name)));
}

/** The object a command names, or a refusal: "<kind> <name> is not defined." */
export function defined<T>(objects: Readonly<Record<string, T>> | undefined, kind: string, name: string): T {
	return entryOf(objects, name) ?? refuse(errorLines(notDefined(kind, name)));
}
