/**
 * clverify: users and groups must have the same id on every cluster node,
 * or files on shared storage change owner when a group moves. Only names a
 * node changed are compared: nodes that never changed their accounts share
 * the same generated base.
 */
import {warning, type Check, type Finding} from '../verify/check.js';
import {changesOn, localAccounts} from './accounts.js';

/** Each account a node changed, compared by id across the nodes that have it. */
function differing(ctx: Parameters<Check['run']>[0], kind: 'users' | 'groups', label: string): Finding[] {
	const names = new Set(ctx.nodes.flatMap(n => Object.keys(changesOn(ctx.state, n)[kind])));
	// No node changed any: nothing to compare, and the generated accounts (5,000 on big) need not be built.
	if (names.size === 0) return [];
	const sets = new Map(ctx.nodes.map(n => [n, localAccounts(ctx.state, n)[kind]] as const));
	const findings: Finding[] = [];
	for (const name of [...names].sort()) {
		const ids = ctx.nodes.map(n => [n, sets.get(n)!.get(name)?.id] as const);
		const present = ids.filter(([, id]) => id !== undefined);
		if (present.length < 2 || new Set(present.map(([, id]) => id)).size === 1) continue;
		const where = present.map(([n, id]) => `${n} ${id}`).join(', ');
		findings.push(
			warning(
				`${label} ${name} has a different ${label === 'User' ? 'user' : 'group'} id on the cluster nodes: ${where}. ` +
					`Files it owns on shared storage would belong to someone else after a fallover; give it one id on every node ` +
					`(C-SPOC: ${label === 'User' ? 'cl_chuser' : 'cl_chgroup'}).`,
			),
		);
	}
	return findings;
}

export const sameAccountIds: Check = {
	title: 'Users and groups have the same ids on every node',
	part: 'topology',
	run: ctx => [...differing(ctx, 'users', 'User'), ...differing(ctx, 'groups', 'Group')],
};
