/**
 * hostent: the hosts table (/etc/hosts) of this node, as SMIT's TCP/IP
 * screens change it: add, change or remove an entry, or show them all.
 * HACMP resolves every IP label through this file on each node, so an
 * administrator keeps it the same everywhere.
 */
import {UsageError, refuse} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import {hostAddressNeeded, hostAlreadyInTable, hostNotInTable, notAHostName, notAnAddress} from './aix-messages.js';

const HOSTS = '/etc/hosts';

/** The entries of a hosts table: address and names of every line that is not a comment. */
export function hostEntries(text: string): Array<{address: string; names: string}> {
	return text
		.split('\n')
		.map(line => line.replace(/#.*/, '').trim())
		.filter(Boolean)
		.map(line => {
			const [address, ...names] = line.split(/\s+/);
			return {address: address!, names: names.join(' ')};
		});
}

const isAddress = (text: string) => /^(\d{1,3})(\.\d{1,3}){3}$/.test(text) && text.split('.').every(o => Number(o) <= 255);
const addressOf = (line: string) => line.replace(/#.*/, '').trim().split(/\s+/)[0];

const hostent = defineCommand({
	name: 'hostent',
	dirs: ['/usr/sbin'],
	summary: "Changes this node's hosts table (/etc/hosts): adds, changes or removes an address and its names, or shows every entry.",
	synopsis:
		'-a Address -h "HostName ..."\n       hostent -c Address [-i NewAddress] [-h "HostName ..."]\n       hostent -d Address\n' +
		'       hostent -s {Address | HostName}\n       hostent -S',
	flags: {
		a: {arg: 'Address', help: 'adds an entry for this address'},
		c: {arg: 'Address', help: 'changes the entry of this address'},
		d: {arg: 'Address', help: 'removes the entry of this address'},
		h: {arg: 'HostName ...', help: 'the host name and its aliases, separated by blanks (quoted as one value)'},
		i: {arg: 'NewAddress', help: 'with -c: the new address'},
		s: {arg: 'Address | HostName', help: 'shows the entry with this address or name (exit 1 when there is none)'},
		S: {help: 'shows every entry'},
		X: {help: 'removes every entry', notSimulated: true},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const node = ctx.state.nodes[ctx.node]!;
		const text = node.files[HOSTS] ?? '';
		if (opts.S || opts.s !== undefined) {
			const shown = hostEntries(text).filter(e => opts.s === undefined || e.address === opts.s || e.names.split(' ').includes(opts.s));
			for (const {address, names} of shown) ctx.print(`${address} ${names}`);
			return shown.length > 0 ? 0 : 1;
		}
		const address = opts.a ?? opts.c ?? opts.d ?? refuse(hostAddressNeeded());
		if ([opts.a, opts.c, opts.d].filter(v => v !== undefined).length > 1) throw new UsageError('');
		for (const value of [address, opts.i].filter(v => v !== undefined)) if (!isAddress(value)) refuse(notAnAddress(value));
		const lines = text.replace(/\n$/, '').split('\n');
		const at = lines.findIndex(line => addressOf(line) === address);
		const names = (opts.h ?? '').trim().split(/\s+/).filter(Boolean).join(' ');
		for (const name of names.split(' ').filter(Boolean)) if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) refuse(notAHostName(name));
		if (opts.a !== undefined) {
			if (at >= 0) refuse(hostAlreadyInTable(address));
			if (!names) throw new UsageError('');
			lines.push(`${address}\t${names}`);
		} else {
			if (at < 0) refuse(hostNotInTable(address));
			if (opts.d !== undefined) lines.splice(at, 1);
			else {
				const kept = hostEntries(lines[at]!)[0]!.names;
				lines[at] = `${opts.i ?? address}\t${names || kept}`;
			}
		}
		node.files[HOSTS] = `${lines.join('\n')}\n`;
	},
});

export const tcpipCommands = [...hostent];
