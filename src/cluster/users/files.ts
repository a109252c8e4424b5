/**
 * The account files a node shows (cat, grep), drawn from its accounts so
 * they are always what the node acts on: /etc/passwd, /etc/group,
 * /etc/security/user, /etc/security/passwd (hashes only) and, until edited,
 * /usr/lib/security/mkuser.default.
 */
import {listFiles} from '../file-list.js';
import {drawFile} from '../files.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {changesOn, homeAt, localAccounts} from './accounts.js';
import {SECURITY_DEFAULTS} from './attributes.js';

export const MKUSER_DEFAULT_PATH = '/usr/lib/security/mkuser.default';
export const MKUSER_DEFAULT = `user:
	pgrp = staff
	groups = staff
	shell = /usr/bin/ksh
	home = /home/$USER

admin:
	pgrp = system
	groups = system
	shell = /usr/bin/ksh
	home = /home/$USER
`;

type State = DeepReadonly<ClusterState>;

function passwd(state: State, node: string): string {
	const set = localAccounts(state, node);
	const lines = [...set.users].map(([name, u]) =>
		[name, u.password === '*' && u.lastupdate === 0 && !u.admin ? '*' : '!', u.id, set.groups.get(u.pgrp)?.id ?? '', u.gecos, u.home, u.shell].join(
			':',
		),
	);
	// An NIS client's passwd ends with the entry that lets NIS users in.
	if (changesOn(state, node).nisDomain !== undefined) lines.push('+::0:0:::');
	return lines.map(l => `${l}\n`).join('');
}

function group(state: State, node: string): string {
	const set = localAccounts(state, node);
	return [...set.groups].map(([name, g]) => `${name}:!:${g.id}:${g.users.join(',')}\n`).join('');
}

const stanza = (name: string, attrs: readonly (readonly [string, string])[]) => `${name}:\n${attrs.map(([k, v]) => `\t${k} = ${v}\n`).join('')}\n`;

function securityUser(state: State, node: string): string {
	const users = [...localAccounts(state, node).users].map(([name, u]) => stanza(name, [['admin', String(u.admin)], ...Object.entries(u.attrs)]));
	return [stanza('default', SECURITY_DEFAULTS), ...users].join('');
}

function securityPasswd(state: State, node: string): string {
	const left = Object.entries(changesOn(state, node).leftPasswords ?? {});
	return [...localAccounts(state, node).users, ...left]
		.map(([name, u]) =>
			stanza(
				name,
				u.lastupdate === 0
					? [['password', u.password]]
					: [
							['password', u.password],
							['lastupdate', String(u.lastupdate)],
							['flags', u.flags],
						],
			),
		)
		.join('');
}

// Every node has its account files: `ls` and file name patterns need not draw 5,000 users to know it.
const always = () => true;
drawFile('/etc/passwd', passwd, always);
drawFile('/etc/group', group, always);
drawFile('/etc/security/user', securityUser, always);
drawFile('/etc/security/passwd', securityPasswd, always);
drawFile(MKUSER_DEFAULT_PATH, (state, node) => state.nodes[node]?.files[MKUSER_DEFAULT_PATH] ?? MKUSER_DEFAULT);

/** Home directories: the users' own and those created or left behind, owned by number when the owner is gone. */
listFiles((state, node) => {
	const set = localAccounts(state, node);
	// By number, built once: a node of 5,000 users lists 5,000 homes.
	const byId = (accounts: Iterable<[string, {id: number}]>) => {
		const names = new Map<number, string>();
		for (const [name, {id}] of accounts) if (!names.has(id)) names.set(id, name);
		return (id: number) => names.get(id) ?? String(id);
	};
	const owner = byId(set.users);
	const groupOf = byId(set.groups);
	const paths = new Set([...[...set.users.values()].map(u => u.home), ...Object.keys(changesOn(state, node).homes)]);
	return [...paths].flatMap(path => {
		const home = homeAt(state, node, path);
		if (!home) return [];
		const mode = [...home.mode.padStart(3, '0')].map(d => ['---', '--x', '-w-', '-wx', 'r--', 'r-x', 'rw-', 'rwx'][Number(d)]).join('');
		return [[path, {type: 'd', mode, owner: owner(home.uid), group: groupOf(home.gid), size: 512}] as const];
	});
});
