/**
 * Reading the cluster inside a command's transaction without going through
 * its change-tracking proxy. Why this exists, and its three promises:
 *
 * - Speed on big states. Every read through immer's proxy makes a draft of
 *   what it reads; looking through every node and VG of the `big` cluster
 *   that way costs more than the change itself (and ten times more than a
 *   listing). A view reads plain objects.
 * - Never stale during a transaction. Reading the committed state (immer's
 *   `original`) would miss what the transaction already did; a view copies
 *   what the transaction changed, so it shows the state as it is now.
 * - Read only. A view shares the committed objects, as `configById` and the
 *   other fast read paths of `config.ts` do: a write through one would change
 *   committed state behind the transaction and outlive a failed command. So
 *   they return `DeepReadonly` types the compiler refuses to write through,
 *   and tests freeze every committed state (HASMIT_FREEZE) so that a write
 *   cast past the types throws. Changes go through the draft (`editDcd` for
 *   a configuration).
 */
import {isDraft, isModified, original} from 'immer';
import type {DeepReadonly} from './readonly.js';

/**
 * The state as it is now, to read outside the transaction's change-tracking
 * proxy.
 *
 * What nothing in the transaction has changed is the committed object
 * itself; what has changed is copied down to the change, so the view is
 * never stale, however much ran before in the same transaction: the
 * shell's clock catch-up and the timers it fires, a command run through
 * `ctx.exec` after another change, the command's own earlier changes.
 *
 * The view is for reading (its type says so). Write through `state`, and take a new
 * view to read what a write changed (the view is the state at the moment
 * it is taken). Outside a transaction the state itself is returned. It
 * takes any part of the state too (`currentView(lvm.volumeGroups)`),
 * copying no more than that part's changes: what is called again and again
 * in one transaction (varyonvg for each VG an event acquires, while the
 * event changes every node) should view the narrow part it reads.
 */
export function currentView<T>(state: T): DeepReadonly<T> {
	return (isDraft(state) ? snapshot(state, undefined) : state) as DeepReadonly<T>;
}

/**
 * A member of a part of the state as the transaction holds it now, read without drafting it: the committed value, or
 * its draft when one was made already. Reading a member through the transaction's proxy drafts it (a copy of its
 * parent and a proxy of its own), which is the cost of a loop over 32 nodes that each reads one field. Read only, as a
 * view is: the value is committed state or a draft, as the parent holds it (a draft's own members are peeked the same way).
 */
export function peek<T extends object, K extends keyof T>(parent: T, key: K): DeepReadonly<T[K]> {
	// A draft's own property descriptor holds the member as the draft has it (immer's trap makes no draft for it).
	return (isDraft(parent) ? Object.getOwnPropertyDescriptor(parent, key)?.value : parent[key]) as DeepReadonly<T[K]>;
}

/**
 * One value of a draft as it is now. `base` is what the value's parent
 * held before the transaction: a value still identical to it holds no
 * draft (committed objects never do) and is shared as it is.
 */
function snapshot(value: unknown, base: unknown): unknown {
	if (isDraft(value)) return isModified(value) ? copyOf(value as object, original(value), true) : original(value);
	if (value === base || value === null || typeof value !== 'object') return value;
	// An object put into the draft during the transaction: it may hold drafts.
	return copyOf(value, undefined, false);
}

function copyOf(value: object, base: unknown, draft: boolean): unknown {
	const before = base as Record<string, unknown> | undefined;
	// A draft's own property descriptor holds the child as the draft has it (the committed
	// object, or its draft if one was made), where reading the property would make a draft.
	const child = draft
		? (key: string) => Object.getOwnPropertyDescriptor(value, key)!.value as unknown
		: (key: string) => (value as Record<string, unknown>)[key];
	const keys = Object.keys(value);
	if (Array.isArray(value)) return keys.map(key => snapshot(child(key), before?.[key]));
	const copy: Record<string, unknown> = Object.create(null);
	for (const key of keys) copy[key] = snapshot(child(key), before?.[key]);
	return copy;
}
