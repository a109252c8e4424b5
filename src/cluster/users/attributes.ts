/**
 * A user's attributes as lsuser shows them and mkuser / chuser take them:
 * where each lives (/etc/passwd, /etc/group, /etc/security/user), its
 * default from the `default` stanza, and the rules a value must follow.
 */
import type {DeepReadonly} from '../readonly.js';
import {groupsOf, type AccountSet, type UserAccount} from './accounts.js';

/** The default stanza of /etc/security/user, in file order. */
export const SECURITY_DEFAULTS: readonly (readonly [string, string])[] = [
	['admin', 'false'],
	['login', 'true'],
	['su', 'true'],
	['daemon', 'true'],
	['rlogin', 'true'],
	['sugroups', 'ALL'],
	['admgroups', ''],
	['ttys', 'ALL'],
	['auth1', 'SYSTEM'],
	['auth2', 'NONE'],
	['tpath', 'nosak'],
	['umask', '022'],
	['expires', '0'],
	['SYSTEM', '"compat"'],
	['logintimes', ''],
	['pwdwarntime', '0'],
	['account_locked', 'false'],
	['loginretries', '0'],
	['histexpire', '0'],
	['histsize', '0'],
	['minage', '0'],
	['maxage', '0'],
	['maxexpired', '-1'],
	['minalpha', '0'],
	['minother', '0'],
	['minlen', '0'],
	['mindiff', '0'],
	['maxrepeats', '8'],
	['dictionlist', ''],
	['pwdchecks', ''],
];
const SECURITY = new Map(SECURITY_DEFAULTS.map(([k, v]) => [k, v]));

/** /etc/security/limits' default stanza, shown by lsuser. */
const LIMITS: readonly (readonly [string, string])[] = [
	['fsize', '2097151'],
	['cpu', '-1'],
	['data', '262144'],
	['stack', '65536'],
	['core', '2097151'],
	['rss', '65536'],
	['nofiles', '2000'],
];

/** Attributes kept in /etc/passwd or /etc/group rather than /etc/security/user. */
export const ACCOUNT_ATTRIBUTES = ['id', 'pgrp', 'groups', 'home', 'shell', 'gecos'] as const;
const BOOLEAN = new Set(['admin', 'login', 'su', 'daemon', 'rlogin', 'account_locked']);
const NUMERIC = new Set([
	'id',
	'expires',
	'pwdwarntime',
	'loginretries',
	'histexpire',
	'histsize',
	'minage',
	'maxage',
	'maxexpired',
	'minalpha',
	'minother',
	'minlen',
	'mindiff',
	'maxrepeats',
]);

/** Every attribute mkuser and chuser accept. */
export const USER_ATTRIBUTES: ReadonlySet<string> = new Set([...ACCOUNT_ATTRIBUTES, ...SECURITY.keys(), 'registry']);

/** Whether a value suits the attribute (booleans true/false, numbers as numbers, no ':' in a passwd field). */
export function validValue(attr: string, value: string): boolean {
	if (BOOLEAN.has(attr)) return value === 'true' || value === 'false';
	if (NUMERIC.has(attr)) return /^-?\d+$/.test(value) && (attr !== 'id' || Number(value) >= 0);
	if (attr === 'home' || attr === 'shell') return value === '' || (value.startsWith('/') && !value.includes(':'));
	if (attr === 'gecos') return !value.includes(':');
	return true;
}

/** Every attribute of a user, in lsuser's order. */
export function userAttributes(set: AccountSet, name: string, user: DeepReadonly<UserAccount>, nis: boolean): [string, string][] {
	const security = (attr: string) => user.attrs[attr] ?? (attr === 'admin' ? String(user.admin) : SECURITY.get(attr)!);
	const head: [string, string][] = [
		['id', String(user.id)],
		['pgrp', user.pgrp],
		['groups', groupsOf(set, name, user).join(',')],
		['home', user.home],
		['shell', user.shell],
		...(user.gecos ? [['gecos', user.gecos] as [string, string]] : []),
	];
	const rest: [string, string][] = SECURITY_DEFAULTS.filter(([k]) => k !== 'SYSTEM').map(([k]) => [k, security(k)]);
	return [
		...head,
		...rest.slice(0, 12),
		['registry', nis ? 'NIS' : 'files'],
		['SYSTEM', security('SYSTEM').replace(/"/g, '')],
		...rest.slice(12),
		...LIMITS.map(([k, v]): [string, string] => [k, v]),
		['roles', ''],
	];
}
