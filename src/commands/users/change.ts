/**
 * Changing accounts. Each change is defined once and makes two commands:
 * the AIX one (mkuser) acting on the local node only, so nodes drift apart
 * when it is run by hand on each, and the C-SPOC one (cl_mkuser) acting on
 * every chosen node through clcomdES, with the ids agreed across them first
 * and the run recorded in the local /tmp/cspoc.log.
 */
import {CommandError, refuse, UsageError} from '../../cluster/errors.js';
import {defineCommand, type Flags, type Invocation} from '../../command/define.js';
import type {Command, CommandContext} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {changesOn, idsIn, localAccounts, nextFreeId, userOn} from '../../cluster/users/accounts.js';
import {
	addGroup,
	addUser,
	changeGroup,
	changeUser,
	checkName,
	parseAttributes,
	parseGroupAttributes,
	removeGroup,
	removeUser,
	setPassword,
	setPasswordFlags,
} from '../../cluster/users/ops.js';
import {
	cspocExists,
	cspocGroupMissing,
	cspocIdTaken,
	cspocNis,
	cspocUserMissing,
	noPasswordGiven,
	passwordMismatch,
	userMissing,
} from '../../cluster/users/messages.js';
import {commandLine, CSPOC_DIR, CSPOC_FLAG, cspocLog, cspocNodes} from '../cspoc.js';

interface Change {
	/** What the change needs, from the command line. */
	attrs: Map<string, string>;
	name: string;
	flag: boolean;
}

interface AccountVerb {
	readonly name: string;
	readonly summary: string;
	readonly synopsis: string;
	readonly flag?: {readonly letter: string; readonly help: string};
	readonly operand: {readonly name: string; readonly help: string};
	/** Whether attribute=value operands come before the name. */
	readonly attributes?: 'user' | 'group';
	/** The kind and whether the verb makes it (new on every node) or needs it (on every node). */
	readonly account: {kind: 'User' | 'Group'; makes: boolean};
	/** C-SPOC: what must agree on every node, fixed before any node changes (the new id). */
	agree?(state: ClusterState, nodes: readonly string[], change: Change, command: string): void;
	apply(state: ClusterState, node: string, change: Change, stdin: string): void;
}

function parseChange(verb: AccountVerb, args: readonly string[], flag: boolean): Change {
	const name = args.at(-1);
	if (name === undefined || (!verb.attributes && args.length > 1)) throw new UsageError('');
	const words = args.slice(0, -1);
	const attrs = verb.attributes === 'group' ? parseGroupAttributes(words) : parseAttributes(words);
	return {attrs, name, flag};
}

/** A free id on every node, or the one given if no node uses it. */
function agreeOnId(nodes: readonly string[], change: Change, command: string, label: string, ids: (node: string) => ReadonlySet<number>): void {
	const given = change.attrs.get('id');
	const used = nodes.map(n => [n, ids(n)] as const);
	if (given !== undefined) {
		const taken = used.filter(([, set]) => set.has(Number(given))).map(([n]) => n);
		if (taken.length > 0) refuse(cspocIdTaken(command, label, Number(given), taken.join(',')));
		return;
	}
	change.attrs.set('id', String(nextFreeId(used.map(([, set]) => set))));
}

const uids = (state: ClusterState) => (node: string) => idsIn(localAccounts(state, node).users);
const gids = (state: ClusterState) => (node: string) => idsIn(localAccounts(state, node).groups);

/** The two lines of a new password from standard input (prompted for, as passwd does). */
function newPassword(stdin: string): string {
	const [first, again] = stdin.split('\n');
	if (!first) refuse(noPasswordGiven());
	if (again !== undefined && again !== '' && again !== first) refuse(passwordMismatch());
	return first;
}

/**
 * The new password, as passwd prompts for it: twice on standard input (a script), or else asked twice on SMIT's
 * terminal, which does not echo it; only its hash is kept. Without a terminal nothing is asked and none was entered.
 */
function enteredPassword(ctx: CommandContext, name: string): string {
	ctx.print(`Changing password for "${name}"`);
	if (ctx.stdin !== '') {
		ctx.print(`${name}'s New password:`);
		ctx.print('Enter the new password again:');
		return newPassword(ctx.stdin);
	}
	const first = ctx.ask(`${name}'s New password:`, {echo: false});
	if (first === undefined) refuse(noPasswordGiven());
	return newPassword(`${first}\n${ctx.ask('Enter the new password again:', {echo: false}) ?? ''}`);
}

const VERBS: readonly AccountVerb[] = [
	{
		name: 'mkuser',
		summary: 'Creates a user account: defaults from /usr/lib/security/mkuser.default, the lowest free uid from 200, a home directory.',
		synopsis: '[-R load_module] [-a] [Attribute=Value ...] Name',
		flag: {letter: 'a', help: "creates an administrative user (mkuser.default's admin stanza)"},
		operand: {name: 'Name', help: 'the new user, at most 8 characters'},
		attributes: 'user',
		account: {kind: 'User', makes: true},
		agree: (state, nodes, change, command) => agreeOnId(nodes, change, command, 'User ID', uids(state)),
		apply: (state, node, c) => void addUser(state, node, c.name, c.attrs, c.flag),
	},
	{
		name: 'chuser',
		summary: "Changes a user's attributes.",
		synopsis: '[-R load_module] Attribute=Value ... Name',
		operand: {name: 'Name', help: 'the user to change'},
		attributes: 'user',
		account: {kind: 'User', makes: false},
		agree(state, nodes, change, command) {
			// The user's own id on a node is not taken from it.
			const others = (n: string) => new Set([...uids(state)(n)].filter(id => id !== userOn(state, n, change.name)?.user.id));
			if (change.attrs.has('id')) agreeOnId(nodes, change, command, 'User ID', others);
		},
		apply: (state, node, c) => changeUser(state, node, c.name, c.attrs),
	},
	{
		name: 'rmuser',
		summary: 'Removes a user account; its home directory stays, owned by the old uid.',
		synopsis: '[-R load_module] [-p] Name',
		flag: {letter: 'p', help: "also removes the user's password information from /etc/security/passwd"},
		operand: {name: 'Name', help: 'the user to remove'},
		account: {kind: 'User', makes: false},
		apply: (state, node, c) => removeUser(state, node, c.name, c.flag),
	},
	{
		name: 'mkgroup',
		summary: 'Creates a group: the lowest free gid from 200 unless id= is given.',
		synopsis: '[-R load_module] [-a] [-A] [Attribute=Value ...] Group',
		flag: {letter: 'a', help: 'creates an administrative group'},
		operand: {name: 'Group', help: 'the new group, at most 8 characters'},
		attributes: 'group',
		account: {kind: 'Group', makes: true},
		agree: (state, nodes, change, command) => agreeOnId(nodes, change, command, 'Group ID', gids(state)),
		apply: (state, node, c) => void addGroup(state, node, c.name, c.attrs, c.flag),
	},
	{
		name: 'chgroup',
		summary: "Changes a group's attributes (id, users, admin).",
		synopsis: '[-R load_module] Attribute=Value ... Group',
		operand: {name: 'Group', help: 'the group to change'},
		attributes: 'group',
		account: {kind: 'Group', makes: false},
		agree(state, nodes, change, command) {
			// The group's own id on a node is not taken from it.
			const others = (n: string) => new Set([...gids(state)(n)].filter(id => id !== localAccounts(state, n).groups.get(change.name)?.id));
			if (change.attrs.has('id')) agreeOnId(nodes, change, command, 'Group ID', others);
		},
		apply: (state, node, c) => changeGroup(state, node, c.name, c.attrs),
	},
	{
		name: 'rmgroup',
		summary: "Removes a group; refused while it is a user's primary group.",
		synopsis: '[-R load_module] [-p] Group',
		flag: {letter: 'p', help: "also removes the group's administrative information from /etc/security/group"},
		operand: {name: 'Group', help: 'the group to remove'},
		account: {kind: 'Group', makes: false},
		apply: (state, node, c) => removeGroup(state, node, c.name),
	},
];

/** The AIX form: the local node only. */
function aixCommand(verb: AccountVerb): Command[] {
	return defineCommand({
		name: verb.name,
		dirs: ['/usr/sbin'],
		summary: verb.summary,
		synopsis: verb.synopsis,
		flags: flagsOf(verb),
		operands: {
			count: [1, Infinity],
			list: [{name: verb.attributes ? `[Attribute=Value ...] ${verb.operand.name}` : verb.operand.name, help: verb.operand.help}],
		},
		run(ctx, inv) {
			const change = parseChange(verb, inv.args, flagGiven(verb, inv));
			verb.apply(ctx.state, ctx.node, change, ctx.stdin);
		},
	});
}

function flagsOf(verb: AccountVerb): Flags {
	const flags: Record<string, {help: string; arg?: string; notSimulated?: true}> = {
		R: {arg: 'load_module', help: 'the loadable I/O module of the registry to change', notSimulated: true},
	};
	if (verb.flag) flags[verb.flag.letter] = {help: verb.flag.help};
	if (verb.name === 'mkgroup') flags.A = {help: 'makes the invoking user the group administrator', notSimulated: true};
	return flags;
}

const flagGiven = (verb: AccountVerb, inv: Invocation<Flags>) =>
	verb.flag !== undefined && (inv.opts as Record<string, unknown>)[verb.flag.letter] === true;

/** Which chosen nodes lack (or, for a verb that makes it, already have) the account. */
function wrongNodes(state: ClusterState, nodes: readonly string[], verb: AccountVerb, name: string): string[] {
	const has = (node: string) =>
		verb.account.kind === 'User'
			? verb.account.makes
				? userOn(state, node, name)
				: localAccounts(state, node).users.get(name)
			: localAccounts(state, node).groups.get(name);
	return nodes.filter(node => (has(node) !== undefined) === verb.account.makes);
}

/** The C-SPOC form: every chosen node, or none. */
function cspocCommand(verb: AccountVerb): Command[] {
	return defineCommand({
		name: `cl_${verb.name}`,
		dirs: [CSPOC_DIR],
		summary: `${verb.summary} Through C-SPOC, the same on every chosen cluster node.`,
		synopsis: `[-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] ${verb.synopsis}`,
		flags: {...flagsOf(verb), ...CSPOC_FLAG},
		operands: {count: [1, Infinity], list: [{name: verb.operand.name, help: `${verb.operand.help}, on every chosen node`}]},
		run(ctx, inv) {
			const change = parseChange(verb, inv.args, flagGiven(verb, inv as unknown as Invocation<Flags>));
			const {nodes} = cspocNodes(ctx, inv.opts.cspoc as string | undefined);
			onEveryNode(ctx, verb, nodes, change);
		},
	});
}

function onEveryNode(ctx: CommandContext, verb: AccountVerb, nodes: readonly string[], change: Change): void {
	checkName(change.name);
	const nis = nodes.filter(n => changesOn(ctx.state, n).nisDomain !== undefined);
	if (nis.length > 0 && verb.account.kind === 'User') ctx.error(cspocNis(ctx.name, nis.join(',')));
	const wrong = wrongNodes(ctx.state, nodes, verb, change.name);
	if (wrong.length > 0) {
		const where = wrong.join(',');
		if (verb.account.makes) refuse(cspocExists(ctx.name, verb.account.kind, change.name, where));
		refuse(verb.account.kind === 'User' ? cspocUserMissing(ctx.name, change.name, where) : cspocGroupMissing(ctx.name, change.name, where));
	}
	verb.agree?.(ctx.state, nodes, change, ctx.name);
	for (const node of nodes) {
		try {
			verb.apply(ctx.state, node, change, ctx.stdin);
		} catch (e) {
			if (e instanceof CommandError) refuse(`${node}: ${e.message}`, e.code);
			throw e;
		}
	}
	cspocLog(ctx, [commandLine(ctx), ...nodes.map(n => `${n}: ${verb.name} ${change.name}: done`)]);
}

const passwd = defineCommand({
	name: 'passwd',
	dirs: ['/usr/bin'],
	summary: "Changes a user's password on this node (asked twice on SMIT's terminal, or twice on standard input); root is not asked for the old one.",
	synopsis: '[-R load_module] [-f | -s] [User]',
	flags: {
		R: {arg: 'load_module', help: 'the loadable I/O module of the registry', notSimulated: true},
		f: {help: "changes the user's gecos information", notSimulated: true},
		s: {help: "changes the user's login shell", notSimulated: true},
	},
	operands: {count: [0, 1], list: [{name: 'User', help: 'the user whose password to change; root when absent'}]},
	run(ctx, {args}) {
		const name = args[0] ?? 'root';
		setPassword(ctx.state, ctx.node, name, enteredPassword(ctx, name), name !== 'root');
	},
});

const pwdadm = defineCommand({
	name: 'pwdadm',
	dirs: ['/usr/bin'],
	summary: "Administers a user's password on this node: sets it (twice on standard input), sets its flags (-f) or shows them (-q).",
	synopsis: '[-R load_module] {-f Flags | -q | -c} User',
	flags: {
		R: {arg: 'load_module', help: 'the loadable I/O module of the registry', notSimulated: true},
		f: {arg: 'Flags', help: 'the password flags: ADMCHG, ADMIN, NOCHECK, separated by commas (empty clears them)'},
		q: {help: "shows the user's lastupdate and flags"},
		c: {help: 'clears the flags'},
	},
	operands: {count: 1, list: [{name: 'User', help: 'the user whose password to administer'}]},
	run(ctx, {opts, args}) {
		const name = args[0]!;
		const found = localAccounts(ctx.state, ctx.node).users.get(name);
		if (!found) refuse(userMissing(name));
		if (opts.q) {
			ctx.print(`${name}:`);
			if (found.lastupdate !== 0) ctx.print(`\tlastupdate = ${found.lastupdate}`);
			ctx.print(`\tflags = ${found.flags}`);
			return;
		}
		if (opts.f !== undefined || opts.c) {
			const flags = opts.c ? '' : opts.f!;
			if (flags.split(',').some(f => f !== '' && !['ADMCHG', 'ADMIN', 'NOCHECK'].includes(f))) throw new UsageError('');
			setPasswordFlags(ctx.state, ctx.node, name, flags);
			return;
		}
		ctx.print(`Changing password for "${name}"`);
		ctx.print(`${name}'s New password:`);
		ctx.print('Enter the new password again:');
		setPassword(ctx.state, ctx.node, name, newPassword(ctx.stdin), true);
	},
});

const clChpasswd = defineCommand({
	name: 'cl_chpasswd',
	dirs: [CSPOC_DIR],
	summary: "Changes a user's password on every chosen cluster node (the new password twice on standard input, or asked on SMIT's terminal).",
	synopsis: '[-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-f ADMCHG] User',
	flags: {...CSPOC_FLAG, f: {arg: 'Flags', help: 'ADMCHG: the user must change the password at the next login'}},
	operands: {count: 1, list: [{name: 'User', help: 'the user, defined on every chosen node'}]},
	run(ctx, {opts, args}) {
		if (opts.f !== undefined && opts.f !== 'ADMCHG') throw new UsageError('');
		const name = args[0]!;
		const {nodes} = cspocNodes(ctx, opts.cspoc);
		const missing = nodes.filter(n => !localAccounts(ctx.state, n).users.has(name));
		if (missing.length > 0) refuse(cspocUserMissing(ctx.name, name, missing.join(',')));
		const clear = enteredPassword(ctx, name);
		for (const node of nodes) setPassword(ctx.state, node, name, clear, opts.f === 'ADMCHG');
		cspocLog(ctx, [commandLine(ctx), ...nodes.map(n => `${n}: password of ${name} changed`)]);
	},
});

export const changeCommands: Command[] = [
	...VERBS.flatMap(verb => [...aixCommand(verb), ...cspocCommand(verb)]),
	...passwd,
	...pwdadm,
	...clChpasswd,
];
