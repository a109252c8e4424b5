/**
 * Changes to one node's accounts, as mkuser, chuser, rmuser, mkgroup,
 * chgroup, rmgroup and passwd make them: each checks everything first and
 * refuses with AIX's message, then writes the node's differences.
 */
import {refuse} from '../errors.js';
import type {ClusterState} from '../state.js';
import {readFile} from '../files.js';
import {
	draftChanges,
	hashPassword,
	idsIn,
	localAccounts,
	nextFreeId,
	userOn,
	type AccountSet,
	type GroupAccount,
	type PasswordStanza,
	type UserAccount,
} from './accounts.js';
import {USER_ATTRIBUTES, validValue} from './attributes.js';
import {
	badAttribute,
	badName,
	badValue,
	groupExists,
	groupMissing,
	groupNotEmpty,
	idInUse,
	NAME_INVALID,
	NAME_TOO_LONG,
	nisUser,
	notAttrValue,
	userBusy,
	userExists,
	userMissing,
} from './messages.js';
import {MKUSER_DEFAULT} from './files.js';
import {dcdOf} from '../config.js';

/** AIX 5.2's longest user or group name. */
const MAX_NAME = 8;
const GROUP_ATTRIBUTES = new Set(['id', 'users', 'adms', 'admin']);

/** AIX's naming rules: at most 8 characters, no leading - + @ ~, no : , = or blanks, not ALL or default. */
export function checkName(name: string): void {
	if (name.length > MAX_NAME) refuse(badName(name, NAME_TOO_LONG));
	if (name === '' || /^[-+@~]/.test(name) || /[:,=\s]/.test(name) || name === 'ALL' || name === 'default') refuse(badName(name, NAME_INVALID));
}

/** `attr=value` words, each a known attribute with a valid value. */
export function parseAttributes(words: readonly string[], known: ReadonlySet<string> = USER_ATTRIBUTES): Map<string, string> {
	const attrs = new Map<string, string>();
	for (const word of words) {
		const eq = word.indexOf('=');
		if (eq <= 0) refuse(notAttrValue(word));
		const [attr, value] = [word.slice(0, eq), word.slice(eq + 1)];
		if (!known.has(attr)) refuse(badAttribute(attr));
		if (!validValue(attr, value)) refuse(badValue(attr, value));
		attrs.set(attr, value);
	}
	return attrs;
}
export const parseGroupAttributes = (words: readonly string[]) => parseAttributes(words, GROUP_ATTRIBUTES);

/** The stanza of /usr/lib/security/mkuser.default for a new user or administrator. */
function mkuserDefaults(state: ClusterState, node: string, admin: boolean): Map<string, string> {
	const text = readFile(state, node, '/usr/lib/security/mkuser.default') ?? MKUSER_DEFAULT;
	const stanza = admin ? 'admin' : 'user';
	const values = new Map<string, string>();
	let inside = false;
	for (const line of text.split('\n')) {
		const header = /^(\S+):\s*$/.exec(line);
		if (header) inside = header[1] === stanza;
		const attr = /^\s+(\w+)\s*=\s*(.*?)\s*$/.exec(line);
		if (inside && attr) values.set(attr[1]!, attr[2]!);
	}
	return values;
}

function groupsMustExist(set: AccountSet, names: readonly string[]): void {
	for (const g of names) if (!set.groups.has(g)) refuse(groupMissing(g));
}

/** Apply `groups=` and `pgrp=`: the user is listed in the member list of each of its groups but its primary one, and no other. */
function setMembership(state: ClusterState, node: string, set: AccountSet, name: string, groups: readonly string[], pgrp = ''): void {
	const changes = draftChanges(state, node);
	for (const [g, group] of set.groups) {
		const member = group.users.includes(name);
		const wanted = g !== pgrp && groups.includes(g);
		if (member === wanted) continue;
		const users = wanted ? [...group.users, name] : group.users.filter(u => u !== name);
		changes.groups[g] = {...(group as GroupAccount), users};
	}
}

const uidsOf = (set: AccountSet) => idsIn(set.users);
const gidsOf = (set: AccountSet) => idsIn(set.groups);

/** The ids a new user (or group) would get on a node: the lowest free from 200. */
export const freeUid = (state: ClusterState, node: string) => nextFreeId([uidsOf(localAccounts(state, node))]);
export const freeGid = (state: ClusterState, node: string) => nextFreeId([gidsOf(localAccounts(state, node))]);
export const uidTaken = (state: ClusterState, node: string, id: number) => uidsOf(localAccounts(state, node)).has(id);
export const gidTaken = (state: ClusterState, node: string, id: number) => gidsOf(localAccounts(state, node)).has(id);

/** mkuser: a new user from mkuser.default and the attributes given, with its home directory (owner and group the user's, 750). */
export function addUser(state: ClusterState, node: string, name: string, attrs: ReadonlyMap<string, string>, admin: boolean): UserAccount {
	checkName(name);
	const set = localAccounts(state, node);
	if (set.users.has(name) || userOn(state, node, name)) refuse(userExists(name));
	const defaults = mkuserDefaults(state, node, admin);
	const get = (attr: string, fallback: string) => attrs.get(attr) ?? defaults.get(attr) ?? fallback;
	const id = attrs.has('id') ? Number(attrs.get('id')) : freeUid(state, node);
	if (uidsOf(set).has(id)) refuse(idInUse('id', id));
	const pgrp = get('pgrp', 'staff');
	const groups = get('groups', pgrp).split(',').filter(Boolean);
	groupsMustExist(set, [pgrp, ...groups]);
	const user: UserAccount = {
		id,
		pgrp,
		home: get('home', '/home/$USER').replace(/\$USER/g, name),
		shell: get('shell', '/usr/bin/ksh'),
		gecos: get('gecos', ''),
		admin: attrs.get('admin') === 'true' || admin,
		password: '*',
		lastupdate: 0,
		flags: '',
		attrs: securityAttributes(attrs),
	};
	const changes = draftChanges(state, node);
	changes.users[name] = user;
	// A new account gets a new stanza in place of one an earlier rmuser left.
	delete changes.leftPasswords?.[name];
	setMembership(state, node, set, name, groups, pgrp);
	changes.homes[user.home] = {uid: id, gid: set.groups.get(pgrp)!.id, mode: '750'};
	return user;
}

function securityAttributes(attrs: ReadonlyMap<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of attrs) if (!['id', 'pgrp', 'groups', 'home', 'shell', 'gecos', 'admin', 'registry'].includes(k)) out[k] = v;
	return out;
}

/** The user as stored in the node's local files; an NIS user cannot be changed there. */
function localUser(state: ClusterState, node: string, name: string): UserAccount {
	const found = userOn(state, node, name);
	if (!found) refuse(userMissing(name));
	if (found.nis) refuse(nisUser(name));
	return found.user as UserAccount;
}

/** chuser: change the attributes given. */
export function changeUser(state: ClusterState, node: string, name: string, attrs: ReadonlyMap<string, string>): void {
	const set = localAccounts(state, node);
	const user = localUser(state, node, name);
	if (attrs.has('id')) {
		const id = Number(attrs.get('id'));
		if (id !== user.id && uidsOf(set).has(id)) refuse(idInUse('id', id));
	}
	const pgrp = attrs.get('pgrp') ?? user.pgrp;
	const groups = attrs.has('groups') ? attrs.get('groups')!.split(',').filter(Boolean) : undefined;
	groupsMustExist(set, [pgrp, ...(groups ?? [])]);
	const changed: UserAccount = {
		...user,
		id: attrs.has('id') ? Number(attrs.get('id')) : user.id,
		pgrp,
		home: attrs.get('home') ?? user.home,
		shell: attrs.get('shell') ?? user.shell,
		gecos: attrs.get('gecos') ?? user.gecos,
		admin: attrs.has('admin') ? attrs.get('admin') === 'true' : user.admin,
		attrs: {...user.attrs, ...securityAttributes(attrs)},
	};
	draftChanges(state, node).users[name] = changed;
	if (groups) setMembership(state, node, set, name, groups, pgrp);
}

/** Application servers running on the node whose monitor runs as this user. */
function runningAs(state: ClusterState, node: string, name: string): string[] {
	const config = dcdOf(state, node);
	const apps = Object.keys(state.nodes[node]?.apps ?? {});
	return apps.filter(app => Object.values(config.appMonitors).some(m => m.server === app && m.owner === name));
}

/**
 * rmuser: the account goes; its home directory stays, owned by the old uid. Its /etc/security/passwd
 * stanza stays too unless `password` (rmuser -p), as on AIX.
 */
export function removeUser(state: ClusterState, node: string, name: string, password: boolean): void {
	const set = localAccounts(state, node);
	const user = localUser(state, node, name);
	const busy = runningAs(state, node, name);
	if (busy.length > 0) refuse(userBusy(name, busy.join(', ')));
	const changes = draftChanges(state, node);
	if (user.home.startsWith('/home/')) changes.homes[user.home] ??= {uid: user.id, gid: set.groups.get(user.pgrp)?.id ?? 1, mode: '750'};
	changes.users[name] = null;
	if (password) delete changes.leftPasswords?.[name];
	else {
		changes.leftPasswords ??= Object.create(null) as Record<string, PasswordStanza>;
		changes.leftPasswords[name] = {password: user.password, lastupdate: user.lastupdate, flags: user.flags};
	}
	setMembership(state, node, set, name, []);
}

/** passwd / pwdadm / chpasswd: a new hash (never the clear text); an administrator's change asks for a new one at next login. */
export function setPassword(state: ClusterState, node: string, name: string, clear: string, byAdmin: boolean): void {
	const user = localUser(state, node, name);
	const lastupdate = Math.floor(state.clock / 1000);
	draftChanges(state, node).users[name] = {
		...user,
		password: hashPassword(`${name}${lastupdate}`, clear),
		lastupdate,
		flags: byAdmin ? 'ADMCHG' : '',
	};
}

/** pwdadm -f: set a user's password flags. */
export function setPasswordFlags(state: ClusterState, node: string, name: string, flags: string): void {
	const user = localUser(state, node, name);
	draftChanges(state, node).users[name] = {...user, flags};
}

/** mkgroup */
export function addGroup(state: ClusterState, node: string, name: string, attrs: ReadonlyMap<string, string>, admin: boolean): GroupAccount {
	checkName(name);
	const set = localAccounts(state, node);
	if (set.groups.has(name)) refuse(groupExists(name));
	const id = attrs.has('id') ? Number(attrs.get('id')) : freeGid(state, node);
	if (gidsOf(set).has(id)) refuse(idInUse('id', id));
	const users = (attrs.get('users') ?? '').split(',').filter(Boolean);
	for (const u of users) if (!set.users.has(u)) refuse(userMissing(u));
	const group: GroupAccount = {id, users, admin: attrs.get('admin') === 'true' || admin};
	draftChanges(state, node).groups[name] = group;
	return group;
}

/** chgroup */
export function changeGroup(state: ClusterState, node: string, name: string, attrs: ReadonlyMap<string, string>): void {
	const set = localAccounts(state, node);
	const group = set.groups.get(name);
	if (!group) refuse(groupMissing(name));
	const id = attrs.has('id') ? Number(attrs.get('id')) : group.id;
	if (id !== group.id && gidsOf(set).has(id)) refuse(idInUse('id', id));
	const users = attrs.has('users') ? attrs.get('users')!.split(',').filter(Boolean) : [...group.users];
	for (const u of users) if (!set.users.has(u)) refuse(userMissing(u));
	draftChanges(state, node).groups[name] = {id, users, admin: attrs.has('admin') ? attrs.get('admin') === 'true' : group.admin};
}

/** rmgroup: refused while it is a user's primary group. */
export function removeGroup(state: ClusterState, node: string, name: string): void {
	const set = localAccounts(state, node);
	if (!set.groups.has(name)) refuse(groupMissing(name));
	for (const [u, user] of set.users) if (user.pgrp === name) refuse(groupNotEmpty(name, u));
	draftChanges(state, node).groups[name] = null;
}
