/**
 * What a read of committed state hands out. The fast read paths (`configById`,
 * `dcdOf`, `runningConfig`, `currentView`) return objects that are not the
 * transaction's draft: a write through them would outlive a failed command.
 * This type makes the compiler refuse such a write; change through the draft
 * (`editDcd` for a configuration) instead. TypeScript still lets an object
 * with read-only properties be passed where a mutable one of the same shape
 * is taken (read-only arrays excepted), so a function that only reads says
 * DeepReadonly in its parameters; tests freeze committed states to catch what
 * the types let through.
 */
import {copyWithoutPrototypes} from './records.js';

export type DeepReadonly<T> = T extends (...args: never[]) => unknown ? T : T extends object ? {readonly [K in keyof T]: DeepReadonly<T[K]>} : T;

/** A deep copy of what was read, its objects without prototypes as every object of the state: the caller's own, free to change. */
export const mutableCopy = <T>(value: DeepReadonly<T>): T => copyWithoutPrototypes(value) as T;
