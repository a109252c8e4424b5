/**
 * Maps keyed by names users choose (groups, servers, VGs, file paths, ...)
 * must treat `__proto__`, `constructor` or `toString` as names like any other.
 * On a plain object they are not: reading finds Object.prototype's members,
 * and assigning `__proto__` changes the prototype instead of adding a key (an
 * immer draft refuses it outright). So such maps have no prototype: reads
 * find own keys only and writes make own keys, through the draft too (immer
 * copies a null-prototype object as one). JSON.parse and structuredClone keep
 * an own `__proto__` key as a key, so the state round-trips; the objects they
 * make get their prototype removed here, or, in a cluster state, the maps'
 * only: its shape tells them from its records, which are read by the names in
 * the code (state-shape.ts removeMapPrototypes, for a loaded state and each
 * state a command makes).
 */

type Tree = Record<string, unknown> | unknown[];

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/**
 * Remove the prototype of every object of `value` that `before` does not share
 * (all of them without `before`), in place. Shared parts were done already, so
 * after a command only what it changed is walked.
 */
export function withoutPrototypes<T>(value: T, before?: unknown): T {
	if (!isTree(value) || value === before) return value;
	const previous = isTree(before) ? (before as Record<string, unknown>) : undefined;
	// The children are tested inline, not through isTree: a loaded big state has some 55,000 values, four in five of them
	// strings and numbers, and a start runs this walk cold, where each call counts.
	if (Array.isArray(value)) {
		// By index: for...in would make each index a string key and look it up by name (a third of a loaded big state's walk).
		for (let i = 0; i < value.length; i++) {
			const child: unknown = value[i];
			if (typeof child === 'object' && child !== null) withoutPrototypes(child, previous && Object.hasOwn(previous, i) ? previous[i] : undefined);
		}
		return value;
	}
	if (Object.getPrototypeOf(value) !== null) Object.setPrototypeOf(value, null);
	// for...in makes no array of keys per object (half the time of a loaded big state); the object has no prototype by now.
	for (const key in value) {
		const child = (value as Record<string, unknown>)[key];
		if (typeof child === 'object' && child !== null) withoutPrototypes(child, previous && Object.hasOwn(previous, key) ? previous[key] : undefined);
	}
	return value;
}

/** A deep copy whose objects have no prototype (a configuration copy to edit). */
export function copyWithoutPrototypes<T>(value: T): T {
	if (!isTree(value)) return value;
	if (Array.isArray(value)) return value.map(copyWithoutPrototypes) as T;
	const copy = Object.create(null) as Record<string, unknown>;
	for (const key of Object.keys(value)) copy[key] = copyWithoutPrototypes((value as Record<string, unknown>)[key]);
	return copy as T;
}

/** The entry a name has in a map, or undefined: own keys only, whatever the map's prototype. */
export function entryOf<T>(map: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
	return map !== undefined && Object.hasOwn(map, name) ? map[name] : undefined;
}
