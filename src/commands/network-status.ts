/**
 * What AIX shows of a node's network interfaces: `netstat -in` and
 * `ifconfig -a`, from the addresses up on each interface now (boot addresses,
 * service aliases or replacements, persistent and heartbeat aliases).
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {dcdOf, runningConfig} from '../cluster/config.js';
import {hostsTable} from '../cluster/verify/check.js';
import {setInterface} from '../cluster/failure/inject.js';
import {profileOf} from '../cluster/release/index.js';

interface InterfaceAddress {
	address: string;
	netmask: string;
}

/** Each interface of the node with its addresses: labels resolved through the configuration, else /etc/hosts. */
function interfacesOf(ctx: CommandContext): Array<{name: string; up: boolean; mac?: string; addresses: InterfaceAddress[]}> {
	const config = (ctx.state.nodes[ctx.node]!.acd && runningConfig(ctx.state)) || dcdOf(ctx.state, ctx.node);
	const hosts = hostsTable(ctx.state.nodes[ctx.node]!.files['/etc/hosts'] ?? '');
	return Object.entries(ctx.state.nodes[ctx.node]!.interfaces).map(([name, itf]) => ({
		name,
		up: itf.up,
		...(itf.mac && {mac: itf.mac}),
		addresses: itf.addresses.map(label => {
			const known = config.ipLabels[label];
			const netmask = (known && config.networks[known.network]?.netmask) || '255.255.255.0';
			return {address: known?.address ?? hosts.get(label) ?? label, netmask};
		}),
	}));
}

const octets = (ip: string) => ip.split('.').map(Number);
const masked = (ip: string, mask: string) => octets(ip).map((o, i) => o & octets(mask)[i]!);
/** netstat's Network column: the subnet without its trailing zero octets. */
const networkOf = (a: InterfaceAddress) =>
	masked(a.address, a.netmask)
		.slice(0, Math.max(1, octets(a.netmask).filter(o => o === 255).length))
		.join('.');
const hexMask = (mask: string) =>
	`0x${octets(mask)
		.map(o => o.toString(16).padStart(2, '0'))
		.join('')}`;
const broadcast = (a: InterfaceAddress) =>
	masked(a.address, a.netmask)
		.map((o, i) => o | (~octets(a.netmask)[i]! & 255))
		.join('.');
/** A made-up but stable hardware address per node and interface (AIX prints its six bytes without leading zeros). */
function macOf(node: string, iface: string, taken?: string): string {
	if (taken) return (taken.match(/../g) ?? []).map(b => Number.parseInt(b, 16).toString(16)).join('.');
	const hash = [...`${node}/${iface}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) & 0xffffff;
	return [0x00, 0x02, 0x55, hash >>> 16, (hash >>> 8) & 255, hash & 255].map(b => b.toString(16)).join('.');
}

const netstat = defineCommand({
	name: 'netstat',
	dirs: ['/usr/bin'],
	summary: 'Shows network status: with -in, every interface and each address on it, numerically.',
	synopsis: '-in',
	flags: {i: {help: 'the state of the configured interfaces'}, n: {help: 'addresses as numbers, not names'}},
	operands: {count: 0},
	readOnly: true,
	run(ctx, {opts}) {
		if (!opts.i) throw new UsageError('netstat: only -i (with -n) is simulated.');
		const row = (name: string, mtu: string, network: string, address: string) =>
			// The packet counters are not simulated: zero.
			`${name.padEnd(6)}${mtu.padEnd(6)}${network.padEnd(12)}${address.padEnd(19)}    0     0        0     0     0`;
		ctx.print('Name  Mtu   Network     Address            Ipkts Ierrs    Opkts Oerrs  Coll');
		for (const [index, itf] of interfacesOf(ctx).entries()) {
			const name = itf.up ? itf.name : `${itf.name}*`;
			ctx.print(row(name, '1500', `link#${index + 2}`, macOf(ctx.node, itf.name, itf.mac)));
			for (const a of itf.addresses) ctx.print(row(name, '1500', networkOf(a), a.address));
		}
		ctx.print(row('lo0', '16896', 'link#1', ''));
		ctx.print(row('lo0', '16896', '127', '127.0.0.1'));
		ctx.print(row('lo0', '16896', '::1', ''));
	},
});

const ifconfig = defineCommand({
	name: 'ifconfig',
	dirs: ['/usr/sbin', '/etc'],
	summary: 'Shows every network interface with its flags and the addresses configured on it (-a); marks one up or down.',
	synopsis: '-a\n       ifconfig Interface up | down',
	flags: {a: {help: 'every interface'}},
	operands: {
		count: [0, 2],
		list: [
			{name: 'Interface', help: 'the interface to mark (en0, en1, ...)'},
			{name: 'up | down', help: 'down stops it passing traffic (a failed adapter, to the cluster); up starts it again'},
		],
	},
	run(ctx, {opts, args}) {
		if (!opts.a && args.length === 2 && (args[1] === 'up' || args[1] === 'down')) {
			setInterface(ctx.state, ctx.name, ctx.node, args[0]!, args[1] === 'up');
			return;
		}
		if (!opts.a || args.length > 0) throw new UsageError('ifconfig: only -a, and marking an interface up or down, are simulated.');
		const flags = profileOf(ctx.state).ifconfigFlags;
		for (const itf of interfacesOf(ctx)) {
			ctx.print(`${itf.name}: flags=${itf.up ? flags.up : flags.down}`);
			for (const a of itf.addresses) ctx.print(`        inet ${a.address} netmask ${hexMask(a.netmask)} broadcast ${broadcast(a)}`);
			ctx.print('         tcp_sendspace 131072 tcp_recvspace 65536 rfc1323 0');
		}
		ctx.print('lo0: flags=e08084b<UP,BROADCAST,LOOPBACK,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT>');
		ctx.print('        inet 127.0.0.1 netmask 0xff000000 broadcast 127.255.255.255');
		ctx.print('        inet6 ::1/0');
		ctx.print('         tcp_sendspace 131072 tcp_recvspace 131072 rfc1323 1');
	},
});

export const networkStatusCommands = [...netstat, ...ifconfig];
