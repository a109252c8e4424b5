/** What the command layer itself says when a declared command's arguments are wrong. */

/** `a`, `a or b`, `a, b or c`. */
const either = (values: readonly string[]) => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`);

/** A flag given a value it does not take: `clverify: -V takes normal or verbose.` */
export const flagTakes = (command: string, flag: string, values: string | readonly string[]) =>
	`${command}: -${flag} takes ${typeof values === 'string' ? values : either(values)}.`;

/** A real flag the simulation does not act on. */
export const flagNotSimulated = (command: string, flag: string, help: string) => `${command}: -${flag} (${help}) is not simulated by hasmit.`;
