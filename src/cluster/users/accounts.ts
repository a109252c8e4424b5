/**
 * User and group accounts, per node. A node's accounts are a generated base
 * (AIX's own accounts plus the scenario's users, built once per process and
 * shared by every node) overlaid with what was changed on that node since:
 * only the differences are stored, so `big`'s 5,000 users cost nothing in
 * the state file. An NIS client also sees its domain's users, which are not
 * in its local files.
 */
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';

export interface UserAccount {
	id: number;
	/** Primary group name. */
	pgrp: string;
	home: string;
	shell: string;
	gecos: string;
	admin: boolean;
	/** Crypt-style hash in /etc/security/passwd; '*' when the account has no password. */
	password: string;
	/** Seconds since the epoch of the last password change, 0 when never. */
	lastupdate: number;
	/** /etc/security/passwd flags (ADMCHG after an administrator sets it). */
	flags: string;
	/** Attributes of /etc/security/user other than admin (login, rlogin, su, umask, ...), when not the default. */
	attrs: Record<string, string>;
}

export interface GroupAccount {
	id: number;
	/** Members for whom this is not the primary group, as /etc/group lists them. */
	users: string[];
	admin: boolean;
}

export interface HomeDirectory {
	/** Numeric owner and group: a removed user's directory still belongs to its old uid. */
	uid: number;
	gid: number;
	mode: string;
}

/** What a node changed from its base: a record, or null where a base account was removed. */
export interface NodeAccounts {
	users: Record<string, UserAccount | null>;
	groups: Record<string, GroupAccount | null>;
	/** Home directories created or left behind, by path. */
	homes: Record<string, HomeDirectory>;
	/** The NIS domain the node is a client of. */
	nisDomain?: string;
	/** /etc/security/passwd stanzas a plain rmuser left behind (only `rmuser -p` removes them), by user name. */
	leftPasswords?: Record<string, PasswordStanza>;
}

/** A user's /etc/security/passwd stanza. */
export type PasswordStanza = Pick<UserAccount, 'password' | 'lastupdate' | 'flags'>;

export interface AccountSet {
	users: ReadonlyMap<string, DeepReadonly<UserAccount>>;
	groups: ReadonlyMap<string, DeepReadonly<GroupAccount>>;
}

const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A 13-character crypt-style hash (salt, then 11 characters): never the clear text, different for equal passwords. */
export function hashPassword(salt: string, clear: string): string {
	let h = 2166136261;
	const out: string[] = [];
	const text = `${salt}\u0000${clear}`;
	for (let round = 0; round < 13; round++) {
		for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
		h = Math.imul(h ^ round, 16777619) >>> 0;
		out.push(CRYPT[h % 64]!);
	}
	return out.join('');
}

const sys = (id: number, pgrp: string, home: string, extra: Partial<UserAccount> = {}): UserAccount => ({
	id,
	pgrp,
	home,
	shell: '',
	gecos: '',
	admin: true,
	password: '*',
	lastupdate: 0,
	flags: '',
	attrs: {login: 'false', rlogin: 'false'},
	...extra,
});

/** AIX 5.2's own accounts, as a fresh install has them. */
function aixAccounts(): {users: [string, UserAccount][]; groups: [string, GroupAccount][]} {
	const group = (id: number, users: string[], admin = true): GroupAccount => ({id, users, admin});
	return {
		users: [
			['root', sys(0, 'system', '/', {shell: '/usr/bin/ksh', password: 'sT8sVyVd2Xs6Q', lastupdate: 1104537600, attrs: {}})],
			['daemon', sys(1, 'staff', '/etc')],
			['bin', sys(2, 'bin', '/bin')],
			['sys', sys(3, 'sys', '/usr/sys')],
			['adm', sys(4, 'adm', '/var/adm')],
			['uucp', sys(5, 'uucp', '/usr/lib/uucp')],
			['guest', sys(100, 'usr', '/home/guest', {admin: false, attrs: {}})],
			['nobody', sys(4294967294, 'nobody', '/')],
			['lpd', sys(9, 'nobody', '/')],
			['lp', sys(11, 'lp', '/var/spool/lp', {shell: '/bin/false'})],
			['invscout', sys(6, 'invscout', '/var/adm/invscout', {shell: '/usr/bin/ksh'})],
			['nuucp', sys(7, 'uucp', '/var/spool/uucppublic', {shell: '/var/spool/uucppublic'})],
		],
		groups: [
			['system', group(0, ['root'])],
			['staff', group(1, ['daemon'], false)],
			['bin', group(2, ['root', 'bin'])],
			['sys', group(3, ['root', 'bin', 'sys'])],
			['adm', group(4, ['bin', 'adm'])],
			['uucp', group(5, ['nuucp'])],
			['mail', group(6, [])],
			['security', group(7, ['root'])],
			['cron', group(8, ['root'])],
			['printq', group(9, ['lp'])],
			['audit', group(10, ['root'])],
			['ecs', group(28, [])],
			['nobody', group(4294967294, ['nobody', 'lpd'])],
			['usr', group(100, ['guest'], false)],
			['perf', group(20, [])],
			['shutdown', group(21, [])],
			['lp', group(11, ['root', 'lp', 'printq'])],
			['invscout', group(12, ['invscout'])],
		],
	};
}

// The hash is made only for a user who has a password (big's 5,000 have none: making theirs was most of verification).
const person = (id: number, pgrp: string, name: string, gecos: string, password = hashPassword(name, `${name}.init`)): UserAccount => ({
	id,
	pgrp,
	home: `/home/${name}`,
	shell: '/usr/bin/ksh',
	gecos,
	admin: false,
	password,
	lastupdate: 1104537600,
	flags: '',
	attrs: {},
});

/** A cluster's application owners and operators, the same on every node as a careful administrator left them. */
function sampleAccounts(): {users: [string, UserAccount][]; groups: [string, GroupAccount][]} {
	return {
		users: [
			['oracle', person(201, 'dba', 'oracle', 'Oracle software owner')],
			['appadm', person(202, 'staff', 'appadm', 'Application administrator')],
			['operator', person(203, 'staff', 'operator', 'Operations')],
		],
		groups: [
			['dba', {id: 200, users: ['oracle'], admin: false}],
			['hagroup', {id: 201, users: ['appadm', 'operator'], admin: false}],
		],
	};
}

/** `big`: 5,000 users in 50 departments, uids from 1001. */
function bigAccounts(): {users: [string, UserAccount][]; groups: [string, GroupAccount][]} {
	const groups: [string, GroupAccount][] = Array.from({length: 50}, (_, d) => [
		`dept${String(d + 1).padStart(2, '0')}`,
		{id: 1001 + d, users: [], admin: false},
	]);
	const users: [string, UserAccount][] = Array.from({length: 5000}, (_, i) => {
		const name = `u${String(i + 1).padStart(5, '0')}`;
		return [name, person(1001 + i, groups[i % 50]![0], name, `User ${i + 1}`, '*')];
	});
	return {users, groups};
}

/** The NIS domain an NIS client of the simulation binds to. */
export const NIS_DOMAIN = 'hanis';

/** Users the NIS domain serves (the same for every scenario). */
export const NIS_USERS: ReadonlyMap<string, DeepReadonly<UserAccount>> = new Map(
	['nisusr1', 'nisusr2', 'nisusr3'].map((name, i) => [name, person(3001 + i, 'staff', name, 'NIS user', '*')]),
);

const bases = new Map<string, AccountSet>();

/** The generated accounts every node of a scenario starts with; built once per process. */
export function baseAccounts(scenario: string): AccountSet {
	const key = scenario === 'big' ? 'big' : 'sample';
	let base = bases.get(key);
	if (!base) {
		const aix = aixAccounts();
		const extra = key === 'big' ? bigAccounts() : sampleAccounts();
		base = {users: new Map([...aix.users, ...extra.users]), groups: new Map([...aix.groups, ...extra.groups])};
		bases.set(key, base);
	}
	return base;
}

const NO_CHANGES: DeepReadonly<NodeAccounts> = {users: {}, groups: {}, homes: {}};

/** What a node changed (nothing when it never changed anything). */
export function changesOn(state: DeepReadonly<ClusterState>, node: string): DeepReadonly<NodeAccounts> {
	return state.accounts?.[node] ?? NO_CHANGES;
}

/** The draft's record of a node's changes, made on first change. */
export function draftChanges(state: ClusterState, node: string): NodeAccounts {
	// Names are the user's to choose (`__proto__` too): maps without a prototype from the start.
	state.accounts ??= Object.create(null) as Record<string, NodeAccounts>;
	state.accounts[node] ??= {users: Object.create(null), groups: Object.create(null), homes: Object.create(null)};
	return state.accounts[node];
}

function overlay<T>(base: ReadonlyMap<string, T>, changes: Readonly<Record<string, T | null>>): Map<string, T> {
	const merged = new Map(base);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) merged.delete(name);
		else merged.set(name, value);
	}
	return merged;
}

/** The accounts in a node's local files (/etc/passwd, /etc/group), in file order. */
export function localAccounts(state: DeepReadonly<ClusterState>, node: string): AccountSet {
	const base = baseAccounts(state.scenario);
	const changes = changesOn(state, node);
	const noUsers = Object.keys(changes.users).length === 0;
	const noGroups = Object.keys(changes.groups).length === 0;
	return {
		users: noUsers ? base.users : overlay(base.users, changes.users),
		groups: noGroups ? base.groups : overlay(base.groups, changes.groups),
	};
}

/** A user as the node resolves it: its local files first, then NIS when the node is a client. */
export function userOn(state: DeepReadonly<ClusterState>, node: string, name: string): {user: DeepReadonly<UserAccount>; nis: boolean} | undefined {
	const local = localAccounts(state, node).users.get(name);
	if (local) return {user: local, nis: false};
	const nis = changesOn(state, node).nisDomain !== undefined ? NIS_USERS.get(name) : undefined;
	return nis ? {user: nis, nis: true} : undefined;
}

/** Every user the node knows: local ones, then its NIS domain's. */
export function allUsersOn(state: DeepReadonly<ClusterState>, node: string): [string, DeepReadonly<UserAccount>, boolean][] {
	const local = [...localAccounts(state, node).users].map(([n, u]): [string, DeepReadonly<UserAccount>, boolean] => [n, u, false]);
	if (changesOn(state, node).nisDomain === undefined) return local;
	const names = new Set(local.map(([n]) => n));
	return [...local, ...[...NIS_USERS].filter(([n]) => !names.has(n)).map(([n, u]): [string, DeepReadonly<UserAccount>, boolean] => [n, u, true])];
}

/** Groups a user belongs to: its primary group first, then those listing it. */
export function groupsOf(set: AccountSet, name: string, user: DeepReadonly<UserAccount>): string[] {
	return [user.pgrp, ...[...set.groups].filter(([g, group]) => g !== user.pgrp && group.users.includes(name)).map(([g]) => g)];
}

/** The home directory at a path: one created or left behind on this node, else a base user's own. */
export function homeAt(state: DeepReadonly<ClusterState>, node: string, path: string): DeepReadonly<HomeDirectory> | undefined {
	const changed = changesOn(state, node).homes[path];
	if (changed) return changed;
	return path.startsWith('/home/') ? baseHomes(baseAccounts(state.scenario)).get(path) : undefined;
}

const homesOfBase = new WeakMap<AccountSet, ReadonlyMap<string, HomeDirectory>>();

/** The generated users' home directories by path (the first user of each), built once per base: big has 5,000. */
function baseHomes(base: AccountSet): ReadonlyMap<string, HomeDirectory> {
	let homes = homesOfBase.get(base);
	if (!homes) {
		const built = new Map<string, HomeDirectory>();
		for (const user of base.users.values())
			if (!built.has(user.home)) built.set(user.home, {uid: user.id, gid: base.groups.get(user.pgrp)?.id ?? 1, mode: '755'});
		homesOfBase.set(base, (homes = built));
	}
	return homes;
}

/** The next free id from `from` up (AIX starts users at 200 and groups at 200), free of every id in `taken`. */
export function nextFreeId(taken: readonly ReadonlySet<number>[], from = 200): number {
	let id = from;
	while (taken.some(ids => ids.has(id))) id++;
	return id;
}

const idSets = new WeakMap<object, ReadonlySet<number>>();

/** The ids a set of users or groups uses; computed once per generated base, which every unchanged node shares. */
export function idsIn(accounts: ReadonlyMap<string, {readonly id: number}>): ReadonlySet<number> {
	let ids = idSets.get(accounts);
	if (!ids) {
		ids = new Set([...accounts.values()].map(a => a.id));
		idSets.set(accounts, ids);
	}
	return ids;
}
