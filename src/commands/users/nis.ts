/**
 * NIS client configuration: mkclient makes the node an NIS client of the
 * simulation's one NIS domain (its users then resolve on the node without
 * being in its local files), rmclient stops it.
 */
import {UsageError} from '../../cluster/errors.js';
import {defineCommand} from '../../command/define.js';
import type {Command} from '../../command/registry.js';
import {draftChanges, NIS_DOMAIN} from '../../cluster/users/accounts.js';

const WHEN = {
	I: {help: 'changes /etc/rc.nfs only: the change takes effect at the next restart'},
	N: {help: 'changes the node now, not /etc/rc.nfs'},
	B: {help: 'changes the node now and in /etc/rc.nfs (the default)'},
} as const;

const mkclient = defineCommand({
	name: 'mkclient',
	dirs: ['/usr/sbin'],
	summary: `Makes this node an NIS client (of the domain ${NIS_DOMAIN}): starts ypbind; NIS users then log in here without being in /etc/passwd.`,
	synopsis: '[-I | -B | -N] -S Server[,Server...]',
	flags: {...WHEN, S: {arg: 'Server', help: 'the NIS servers the client binds to'}},
	operands: {count: 0, list: []},
	run(ctx, {opts}) {
		if (opts.S === undefined) throw new UsageError('');
		draftChanges(ctx.state, ctx.node).nisDomain = NIS_DOMAIN;
		ctx.print(`0513-059 The ypbind Subsystem has been started. Subsystem PID is ${++ctx.state.lastPid}.`);
	},
});

const rmclient = defineCommand({
	name: 'rmclient',
	dirs: ['/usr/sbin'],
	summary: 'Stops this node being an NIS client: stops ypbind; NIS users no longer resolve here.',
	synopsis: '[-I | -B | -N]',
	flags: WHEN,
	operands: {count: 0, list: []},
	run(ctx) {
		delete draftChanges(ctx.state, ctx.node).nisDomain;
		ctx.print('0513-044 The ypbind Subsystem was requested to stop.');
	},
});

export const nisCommands: Command[] = [...mkclient, ...rmclient];
