/**
 * hasmit_disk: not an AIX command. The simulator's own way to break and
 * mend shared disks so that quorum, stale partitions, forced varyon and
 * lazy update's caveats can be seen happening. It lives under
 * /usr/lpp/hasmit/bin so that nobody takes it for part of AIX or HACMP.
 */
import {UsageError} from '../../cluster/errors.js';
import {defineCommand} from '../../command/define.js';
import type {Command} from '../../command/registry.js';
import {hasQuorum, lvOfDevice, placesOf} from '../../cluster/lvm.js';
import {markMissingStale} from '../../cluster/lvm-ops.js';
import {resolveDisk} from './site.js';
import {disksChanged} from '../../cluster/failure/quorum.js';
import {DISK_ERR3, logError, logQuorumClosed} from '../../cluster/errlog.js';

const hasmitDisk = defineCommand({
	name: 'hasmit_disk',
	dirs: ['/usr/lpp/hasmit/bin'],
	summary: 'Simulation only: fails or repairs shared disks, or makes them the LUNs of one multi-LUN RAID device.',
	synopsis: `fail hdiskN...
       hasmit_disk repair hdiskN...
       hasmit_disk raid ArrayName hdiskN...
       hasmit_disk list
  Simulation only, not an AIX command: fail or repair shared disks, or mark disks
  as the LUNs of one multi-LUN SCSI RAID device. Disk names are this node's.`,
	operands: {
		list: [
			{name: 'Action', help: 'fail (the disk answers no I/O), repair, raid (mark disks as LUNs of one array) or list'},
			{name: '[ArrayName] hdiskN...', help: "the RAID array's name (raid only), then disks by this node's names"},
		],
	},
	run(ctx, {args: [action, ...rest]}) {
		const state = ctx.state;
		if (action === 'list' && rest.length === 0) {
			ctx.print(`${'Disk'.padEnd(10)}${'PVID'.padEnd(18)}${'Size MB'.padEnd(9)}${'State'.padEnd(8)}${'VGID'.padEnd(18)}RAID`);
			for (const disk of Object.values(state.disks)) {
				const name = disk.paths[ctx.node];
				if (!name) continue;
				ctx.print(
					`${name.padEnd(10)}${disk.pvid.padEnd(18)}${String(disk.sizeMb).padEnd(9)}${(disk.failed ? 'failed' : 'ok').padEnd(8)}` +
						`${(disk.vgid ?? '-').padEnd(18)}${disk.raidArray ?? '-'}`,
				);
			}
			return;
		}
		if (action === 'raid' && rest.length >= 2) {
			const [array, ...disks] = rest;
			for (const pvid of disks.map(d => resolveDisk(state, ctx.node, d, ctx.name, false))) state.disks[pvid]!.raidArray = array;
			ctx.print(`${disks.join(', ')}: now LUNs of the multi-LUN RAID device ${array}.`);
			return;
		}
		if ((action !== 'fail' && action !== 'repair') || rest.length === 0) throw new UsageError('');
		for (const word of rest) {
			const pvid = resolveDisk(state, ctx.node, word, ctx.name, false);
			const disk = state.disks[pvid]!;
			if (action === 'repair') {
				delete disk.failed;
				ctx.print(`${word} answers again. Its stale partitions stay stale until varyonvg or syncvg runs where its volume group is varied on.`);
				continue;
			}
			disk.failed = true;
			ctx.print(`${word} has failed: it answers no I/O.`);
			const vg = disk.vgid ? state.vgda[disk.vgid] : undefined;
			if (!vg) continue;
			const active = placesOf(state, vg.vgid).filter(place => place.mode);
			// Where the VG is varied on, writes now miss the disk's copies.
			if (active.length > 0) markMissingStale(state, vg);
			// Each node doing I/O to it finds the disk gone.
			for (const {node} of active) logError(state, node, DISK_ERR3, disk.paths[node] ?? word, [pvid]);
			for (const {node, name} of active) {
				// With quorum on, losing half the VGDAs closes the VG.
				const {good, total, quorum} = hasQuorum(vg, state.disks, node);
				if (!vg.quorum || quorum) continue;
				const target = state.nodes[node]!;
				for (const [mountPoint, mount] of Object.entries(target.lvm.mounts))
					if (target.lvm.volumeGroups[name]!.lvs.includes(lvOfDevice(mount.dev))) delete target.lvm.mounts[mountPoint];
				delete target.lvm.varyon[name];
				logQuorumClosed(state, node, target.lvm.volumeGroups[name]!.major, Math.floor(total / 2) + 1, good);
				ctx.print(`${node}: LVM_SA_QUORCLOSE: ${name} lost its quorum of VGDAs and was closed; its file systems are no longer mounted.`);
			}
		}
		// The cluster reacts: selective fallover of the groups whose volume groups closed; disk heartbeat networks notice.
		disksChanged(state, action === 'fail');
	},
});

export const simulationCommands: Command[] = [...hasmitDisk];
