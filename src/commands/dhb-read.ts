/**
 * dhb_read: RSCT's test of a disk heartbeat link. One node receives (-r), the
 * other transmits (-t) on the same disk; the simulation answers for the
 * other end, which must see the same disk (by PVID) and the disk must answer.
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';

const dhbRead = defineCommand({
	name: 'dhb_read',
	dirs: ['/usr/sbin/rsct/bin'],
	summary: 'Tests a disk heartbeat link: receive (-r) on one node while the other transmits (-t) on the same disk.',
	synopsis: '-p Device -r | -t',
	flags: {
		p: {arg: 'Device', help: 'the disk: hdiskN or /dev/hdiskN'},
		r: {help: 'receive mode: wait for the other node to transmit'},
		t: {help: 'transmit mode: send to the other node'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (!opts.p || opts.r === opts.t) throw new UsageError(`${ctx.name}: give -p Device and one of -r or -t.`);
		const hdisk = opts.p.replace(/^\/dev\//, '');
		const disk = Object.values(ctx.state.disks).find(d => d.paths[ctx.node] === hdisk);
		if (!disk) {
			ctx.error(`dhb_read: Unable to open device /dev/${hdisk}.`);
			return 1;
		}
		ctx.print('DHB CLASSIC MODE');
		ctx.print(' First node byte offset: 61440');
		ctx.print('Second node byte offset: 62976');
		ctx.print('Handshaking byte offset: 65024');
		ctx.print('       Test byte offset: 64512');
		ctx.print('');
		ctx.print(opts.r ? 'Receive Mode:' : 'Transmit Mode:');
		ctx.print(opts.r ? 'Waiting for response . . .' : 'Detected remote utility in receive mode.  Waiting for response . . .');
		const peers = Object.keys(disk.paths).filter(n => n !== ctx.node);
		if (disk.failed || peers.length === 0) {
			ctx.print('Link is not operating: no response from the other node.');
			return 1;
		}
		ctx.print('Magic number = 0x87654321');
		ctx.print('Magic number = 0x87654321');
		ctx.print('Link operating normally');
	},
});

export const dhbReadCommands = [...dhbRead];
