/**
 * Listing accounts: lsuser and lsgroup (default, -c colon and -f stanza
 * forms, -a chosen attributes, ALL or names), id, and their C-SPOC forms
 * cl_lsuser and cl_lsgroup, which run the listing on every chosen node and
 * show only what the node's local files hold (NIS users are not listed).
 */
import {defineCommand, type Invocation} from '../../command/define.js';
import type {Command, CommandContext} from '../../command/registry.js';
import type {DeepReadonly} from '../../cluster/readonly.js';
import type {ClusterState} from '../../cluster/state.js';
import {currentView} from '../../cluster/view.js';
import {allUsersOn, baseAccounts, changesOn, groupsOf, localAccounts} from '../../cluster/users/accounts.js';
import {userAttributes} from '../../cluster/users/attributes.js';
import {groupMissing, userMissing, idUnknown} from '../../cluster/users/messages.js';
import {CSPOC_DIR, CSPOC_FLAG, cspocNodes} from '../cspoc.js';

const LIST_FLAGS = {
	c: {help: 'colon-separated output, a header line (starting #) naming the attributes'},
	f: {help: 'stanza output: the name, then each attribute=value on its own line'},
	a: {help: 'lists only the attributes named before the last operand'},
	R: {arg: 'load_module', help: 'the loadable I/O module of the registry to list from', notSimulated: true},
} as const;
type ListFlags = typeof LIST_FLAGS;

/** One account's name and attributes, in the form asked. */
type Row = readonly [string, readonly (readonly [string, string])[]];

/** Rows as lsuser and lsgroup print them, a line each. */
function rowLines(rows: readonly Row[], opts: Invocation<ListFlags>['opts']): string[] {
	const lines: string[] = [];
	const print = (line: string) => lines.push(line);
	let header = '';
	for (const [name, attrs] of rows) {
		if (opts.f) {
			print(`${name}:`);
			for (const [k, v] of attrs) print(`\t${k}=${v}`);
			print('');
		} else if (opts.c) {
			const names = `#name:${attrs.map(([k]) => k).join(':')}`;
			if (names !== header) print((header = names));
			print([name, ...attrs.map(([, v]) => v)].join(':'));
		} else print([name, ...attrs.map(([k, v]) => `${k}=${v}`)].join(' '));
	}
	return lines;
}

interface Listing {
	/** Every account the node lists, in file order, with its attributes. */
	all(state: DeepReadonly<ClusterState>, node: string, cspoc: boolean): Map<string, readonly (readonly [string, string])[]>;
	missing: (name: string) => string;
}

const USERS: Listing = {
	all(state, node, cspoc) {
		const set = localAccounts(state, node);
		const users = allUsersOn(state, node).filter(([, , nis]) => !(cspoc && nis));
		return new Map(users.map(([name, user, nis]) => [name, userAttributes(set, name, user, nis)]));
	},
	missing: userMissing,
};

const GROUPS: Listing = {
	all(state, node) {
		return new Map(
			[...localAccounts(state, node).groups].map(([name, g]) => [
				name,
				[
					['id', String(g.id)],
					['admin', String(g.admin)],
					['users', g.users.join(',')],
					['registry', 'files'],
				],
			]),
		);
	},
	missing: groupMissing,
};

/**
 * Listings of nodes that never changed their accounts, by the generated base they show and the
 * command's arguments: C-SPOC on `big` lists the same 5,000 users for each of 32 nodes, computed once.
 */
const unchangedListings = new WeakMap<object, Map<string, {lines: string[]; missing: string[]}>>();

/** A node's listing: its lines and the names it did not find. */
function listingOn(ctx: CommandContext, node: string, listing: Listing, inv: Invocation<ListFlags>, cspoc: boolean) {
	const view = currentView(ctx.state);
	const changes = changesOn(view, node);
	const unchanged = Object.keys(changes.users).length + Object.keys(changes.groups).length === 0 && changes.nisDomain === undefined;
	const base = baseAccounts(view.scenario);
	const key = JSON.stringify([listing.missing(''), inv.opts.a, inv.opts.c, inv.opts.f, inv.args]);
	const cached = unchanged ? unchangedListings.get(base)?.get(key) : undefined;
	if (cached) return cached;
	const attrNames = inv.opts.a ? inv.args.slice(0, -1) : undefined;
	const names = (inv.args.at(-1) ?? 'ALL').split(',').filter(Boolean);
	const all = listing.all(view, node, cspoc);
	const chosen = names.includes('ALL') ? [...all.keys()] : names;
	const rows: Row[] = [];
	const missing: string[] = [];
	for (const name of chosen) {
		const attrs = all.get(name);
		if (!attrs) missing.push(name);
		else rows.push([name, attrNames ? attrNames.map(a => [a, attrs.find(([k]) => k === a)?.[1] ?? '']) : attrs]);
	}
	const result = {lines: rowLines(rows, inv.opts), missing};
	if (unchanged) {
		if (!unchangedListings.has(base)) unchangedListings.set(base, new Map());
		unchangedListings.get(base)!.set(key, result);
	}
	return result;
}

/** Lines each prefixed, as one text built by concatenation: V8 keeps it a rope until the shell joins its output, copied once. */
function prefixed(lines: readonly string[], prefix: string): string {
	const eol = `\n${prefix}`;
	let text = prefix + lines[0]!;
	for (let i = 1; i < lines.length; i++) text = text + eol + lines[i]!;
	return text;
}

/**
 * Run a listing on one node, its lines printed at once (big's 5,000 users on 32 nodes are 160,000 lines),
 * prefixed with the node's name under C-SPOC; false when a name was not found.
 */
function list(ctx: CommandContext, node: string, listing: Listing, inv: Invocation<ListFlags>, cspoc: boolean): boolean {
	const {lines, missing} = listingOn(ctx, node, listing, inv, cspoc);
	for (const name of missing) ctx.error(cspoc ? `${node}: ${listing.missing(name)}` : listing.missing(name));
	if (lines.length > 0) ctx.print(cspoc ? prefixed(lines, `${node}: `) : lines.join('\n'));
	return missing.length === 0;
}

function listCommands(name: string, what: string, listing: Listing): Command[] {
	const synopsis = '[-R load_module] [-c | -f] [-a List] {ALL | Name[,Name]...}';
	const operands = {list: [{name: '{ALL | Name[,Name]...}', help: `the ${what}s to list (ALL for every one), after -a's attribute names`}]};
	return [
		...defineCommand({
			name,
			dirs: ['/usr/sbin'],
			summary: `Displays ${what} attributes, from this node's files.`,
			synopsis,
			readOnly: true,
			flags: LIST_FLAGS,
			operands,
			run: (ctx, inv) => (list(ctx, ctx.node, listing, inv, false) ? 0 : 1),
		}),
		...defineCommand({
			name: `cl_${name}`,
			dirs: [CSPOC_DIR],
			summary: `Displays ${what} attributes on every chosen cluster node, each line prefixed with its node (NIS accounts are not shown).`,
			synopsis: `[-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] ${synopsis}`,
			readOnly: true,
			flags: {...LIST_FLAGS, ...CSPOC_FLAG},
			operands,
			run(ctx, inv) {
				let ok = true;
				for (const node of cspocNodes(ctx, inv.opts.cspoc).nodes) {
					ok = list(ctx, node, listing, inv as unknown as Invocation<ListFlags>, true) && ok;
				}
				return ok ? 0 : 1;
			},
		}),
	];
}

const id = defineCommand({
	name: 'id',
	dirs: ['/usr/bin'],
	summary: "Displays a user's numeric ids and names: user, primary group and other groups (root when no user is named).",
	synopsis: '[User]',
	readOnly: true,
	operands: {count: [0, 1], list: [{name: 'User', help: 'the user to show; the invoking user (root) when absent'}]},
	run(ctx, {args}) {
		const view = currentView(ctx.state);
		const name = args[0] ?? 'root';
		const set = localAccounts(view, ctx.node);
		const found = allUsersOn(view, ctx.node).find(([n]) => n === name);
		if (!found) {
			ctx.error(idUnknown());
			return 2;
		}
		const user = found[1];
		const gid = (g: string) => `${set.groups.get(g)?.id ?? ''}(${g})`;
		const [primary, ...others] = groupsOf(set, name, user);
		ctx.print(`uid=${user.id}(${name}) gid=${gid(primary!)}${others.length ? ` groups=${others.map(gid).join(',')}` : ''}`);
		return 0;
	},
});

export const listingCommands: Command[] = [...listCommands('lsuser', 'user', USERS), ...listCommands('lsgroup', 'group', GROUPS), ...id];
