/** What the command layer itself says when a declared command's arguments are wrong. */

/** `a`, `a or b`, `a, b or c` (or with `and`). */
const list = (values: readonly string[], word: 'or' | 'and') =>
	values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} ${word} ${values.at(-1)}`;
const either = (values: readonly string[]) => list(values, 'or');

/** Required flags not given: `cl_smit: -n Node is required.`, `clemulate: -e Event and -n Node are required.` */
export const flagsRequired = (command: string, flags: readonly string[]) =>
	`${command}: ${list(flags, 'and')} ${flags.length > 1 ? 'are' : 'is'} required.`;

/** A flag given a value it does not take: `clverify: -V takes normal or verbose.` */
export const flagTakes = (command: string, flag: string, values: string | readonly string[]) =>
	`${command}: -${flag} takes ${typeof values === 'string' ? values : either(values)}.`;

/** A value a flag does not take, named by what it is: `claddgrp: OHX is not a startup policy; use one of OHN, OFAN, OAAN, OUDP.` */
export const notOneOf = (command: string, value: string, what: string, allowed: readonly string[]) =>
	`${command}: ${value} is not a ${what}; use one of ${allowed.join(', ')}.`;

/** A real flag the simulation does not act on. */
export const flagNotSimulated = (command: string, flag: string, help: string) => `${command}: -${flag} (${help}) is not simulated by hasmit.`;
