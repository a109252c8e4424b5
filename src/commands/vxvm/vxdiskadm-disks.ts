/**
 * vxdiskadm's operations on a disk of a disk group (2 to 7, 10 to 16): each asks for the disk, confirms, runs the
 * vx* command the real vxdiskadm runs (vxdg rmdisk, vxdg -k adddisk, vxassist mirror, vxevac, vxdisk online|offline,
 * vxedit set spare|nohotuse, vxunreloc) and asks whether to do another.
 */
import {sees} from '../../cluster/vxvm/cvm.js';
import {volumesOnDisk} from '../../cluster/vxvm/disks.js';
import {groupsOn} from '../../cluster/vxvm/groups.js';
import {diskTable} from '../../cluster/vxvm/report.js';
import type {DiskGroup} from '../../cluster/vxvm/types.js';
import {printAll} from './common.js';
import {choose, runs, type Session, yes} from './vxdiskadm-session.js';
import * as text from './vxdiskadm-text.js';

interface Disk {
	group: DiskGroup;
	media: string;
}

const listDisks = (s: Session) => printAll(s.ctx, ['', ...diskTable(s.vx, s.ctx.node), '']);

/** "Enter disk name": a disk media name in a disk group this node has imported (removed ones when `removed`). */
function askDisk(s: Session, prompt: string, removed = false): Disk {
	for (;;) {
		const answer = choose(s, `${prompt} [<disk>,list,q,?]`, removed ? text.PROMPT_HELP.removedDisk : text.PROMPT_HELP.disk);
		if (answer === 'list') {
			listDisks(s);
			continue;
		}
		const group = groupsOn(s.vx, s.ctx.node).find(g => (removed ? (g.removed ?? []).includes(answer) : g.disks[answer] !== undefined));
		if (group) return {group, media: answer};
		s.ctx.print(`\n  There is no ${removed ? 'removed or failed ' : ''}disk named ${answer} in any imported disk group.\n`);
	}
}

/** "Select a disk device": a device this node sees. */
function askDevice(s: Session, prompt: string): string {
	for (;;) {
		const answer = choose(s, `${prompt} [<address>,list,q,?]`, text.PROMPT_HELP.device);
		if (answer === 'list') listDisks(s);
		else if (sees(s.vx, s.ctx.node, answer)) return answer;
		else s.ctx.print(`\n  Input not a valid disk device address: ${answer}\n`);
	}
}

/** An operation done again while the user answers y to `again`. */
const repeated = (intro: readonly string[], again: string, once: (s: Session) => void) => (s: Session) => {
	printAll(s.ctx, intro);
	do once(s);
	while (yes(s, again, 'n'));
};

const volumeList = (volumes: readonly string[]) => ['', `    ${volumes.join(' ')}`, ''];

function removeOnce(s: Session): void {
	const {group, media} = askDisk(s, 'Enter disk name');
	const used = volumesOnDisk(group, media);
	if (used.length > 0) {
		printAll(s.ctx, [`\n  The following volumes currently use part of disk ${media}:`, ...volumeList(used)]);
		s.ctx.print(`  Volumes must be moved from ${media} before it can be removed.\n`);
		if (!yes(s, 'Move volumes to other disks?', 'n') || !evacuate(s, group, media)) return;
	}
	s.ctx.print(`\n  Requested operation is to remove disk ${media} from group ${group.name}.\n`);
	if (yes(s, 'Continue with operation?', 'y') && runs(s, ['vxdg', '-g', group.name, 'rmdisk', media]))
		s.ctx.print(`\n  Removal of disk ${media} is complete.\n`);
}

/** vxevac, each volume named as it moves. */
function evacuate(s: Session, group: DiskGroup, media: string, targets: readonly string[] = []): boolean {
	for (const volume of volumesOnDisk(group, media)) s.ctx.print(`  Move volume ${volume} ...`);
	return runs(s, ['vxevac', '-g', group.name, media, ...targets]);
}

function removeForReplaceOnce(s: Session): void {
	const {group, media} = askDisk(s, 'Enter disk name');
	const used = volumesOnDisk(group, media);
	// A volume whose every data plex uses the disk loses its data; the others lose a mirror.
	const disabled = used.filter(name =>
		group.volumes[name]!.plexes.filter(p => p.kind === 'data').every(p => p.subdisks.some(sd => sd.disk === media)),
	);
	const mirrored = used.filter(name => !disabled.includes(name));
	if (mirrored.length > 0) {
		printAll(s.ctx, ['\n  The following volumes will lose mirrors as a result of this', '  operation:', ...volumeList(mirrored)]);
		s.ctx.print('  No data on these volumes will be lost.\n');
	}
	if (disabled.length > 0) {
		printAll(s.ctx, ['\n  The following volumes will be disabled as a result of this', '  operation:', ...volumeList(disabled)]);
		s.ctx.print('  These volumes will require restoration from backup.\n');
	}
	printAll(s.ctx, [
		`\n  The requested operation is to remove disk ${media} from disk group`,
		`  ${group.name}.  The disk name will be kept, along with any volumes using`,
		'  the disk, allowing replacement of the disk.',
		'',
		'  Select "Replace a failed or removed disk" from the main menu',
		'  when you wish to replace the disk.',
		'',
	]);
	if (yes(s, 'Continue with operation?', 'y') && runs(s, ['vxdg', '-g', group.name, '-k', 'rmdisk', media]))
		s.ctx.print(`\n  Removal of disk ${media} completed successfully.\n`);
}

function replaceOnce(s: Session): void {
	const {group, media} = askDisk(s, 'Select a removed or failed disk', true);
	const device = askDevice(s, 'Select disk device to initialize');
	printAll(s.ctx, [
		`\n  The requested operation is to initialize disk device ${device} and`,
		'  to then use that device to replace the removed or failed disk',
		`  ${media} in disk group ${group.name}.`,
		'',
	]);
	if (!yes(s, 'Continue with operation?', 'y')) return;
	if (!runs(s, ['vxdg', '-g', group.name, '-k', 'adddisk', `${media}=${device}`])) return;
	printAll(s.ctx, [`\n  Replacement of disk ${media} in group ${group.name} with disk device`, `  ${device} completed successfully.`, '']);
	runs(s, ['vxrecover', '-g', group.name, '-s']);
}

function mirrorOnce(s: Session): void {
	const {group, media} = askDisk(s, 'Enter disk name');
	printAll(s.ctx, [
		`\n  You can choose to mirror volumes from disk ${media} onto any`,
		'  available disk space, or you can choose to mirror onto a',
		'  specific disk.  To mirror to a specific disk, select the name of',
		'  that disk.  To mirror to any available disk space, select "any".',
		'',
	]);
	let target = '';
	while (!target) {
		const answer = choose(s, 'Enter destination disk [<disk>,list,q,?] (default: any)', text.PROMPT_HELP.destination, 'any');
		if (answer === 'list') listDisks(s);
		else if (answer === 'any' || (group.disks[answer] !== undefined && answer !== media)) target = answer;
		else s.ctx.print(`\n  There is no other disk named ${answer} in disk group ${group.name}.\n`);
	}
	const onto = target === 'any' ? 'onto available disk space.' : `onto available disk space on disk ${target}.`;
	printAll(s.ctx, [`\n  The requested operation is to mirror all volumes on disk ${media}`, `  in disk group ${group.name} ${onto}`, '']);
	s.ctx.print('  NOTE: This operation can take a long time to complete.\n');
	if (!yes(s, 'Continue with operation?', 'y')) return;
	// Volumes already mirrored, or of more than one subdisk, are left as they are.
	const simple = volumesOnDisk(group, media).filter(name => {
		const data = group.volumes[name]!.plexes.filter(p => p.kind === 'data');
		return data.length === 1 && data[0]!.subdisks.length === 1;
	});
	for (const volume of simple) {
		s.ctx.print(`  Mirror volume ${volume} ...`);
		if (!runs(s, ['vxassist', '-g', group.name, 'mirror', volume, ...(target === 'any' ? [] : [target])])) return;
	}
	s.ctx.print(`\n  Mirroring of disk ${media} is complete.\n`);
}

function moveOnce(s: Session): void {
	const {group, media} = askDisk(s, 'Enter disk name');
	printAll(s.ctx, [`\n  Requested operation is to move all volumes from disk ${media} in`, `  group ${group.name}.`, '']);
	s.ctx.print('  NOTE: This operation can take a long time to complete.\n');
	if (yes(s, 'Continue with operation?', 'y') && evacuate(s, group, media)) s.ctx.print(`\n  Evacuation of disk ${media} is complete.\n`);
}

/** vxdisk online|offline on a device. */
const deviceState = (online: boolean) => (s: Session) => {
	const device = askDevice(s, `Select a disk device to ${online ? 'enable' : 'disable'}`);
	runs(s, ['vxdisk', online ? 'online' : 'offline', device]);
};

/** vxedit set FLAG=on|off on a disk, and vxdiskadm's words for it done. */
const diskFlag = (flag: 'spare' | 'nohotuse', on: boolean, done: (media: string, group: string) => string) => (s: Session) => {
	const {group, media} = askDisk(s, 'Enter disk name');
	if (runs(s, ['vxedit', '-g', group.name, 'set', `${flag}=${on ? 'on' : 'off'}`, media])) s.ctx.print(`\n  ${done(media, group.name)}\n`);
};

function unrelocateOnce(s: Session): void {
	const {group, media} = askDisk(s, 'Enter the original disk name');
	runs(s, ['vxunreloc', '-g', group.name, media]);
}

function encapsulate(s: Session): void {
	printAll(s.ctx, [...text.INTROS.encapsulate, ...text.NO_ENCAPSULATION]);
}

/** The operations by their number in the main menu. */
export const DISK_OPERATIONS: Readonly<Record<string, (s: Session) => void>> = {
	'2': encapsulate,
	'3': repeated(text.INTROS.remove, 'Remove another disk?', removeOnce),
	'4': repeated(text.INTROS.removeForReplace, 'Remove another disk?', removeForReplaceOnce),
	'5': repeated(text.INTROS.replace, 'Replace another disk?', replaceOnce),
	'6': repeated(text.INTROS.mirror, 'Mirror volumes on another disk?', mirrorOnce),
	'7': repeated(text.INTROS.move, 'Move volumes from another disk?', moveOnce),
	'10': repeated(text.INTROS.online, 'Enable another device?', deviceState(true)),
	'11': repeated(text.INTROS.offline, 'Disable another device?', deviceState(false)),
	'12': repeated(
		text.INTROS.spare,
		'Mark another disk as a spare?',
		diskFlag('spare', true, (disk, group) => `Marking of ${disk} in ${group} as a spare disk is complete.`),
	),
	'13': repeated(
		text.INTROS.unspare,
		'Turn-off spare flag on another disk?',
		diskFlag('spare', false, (disk, group) => `Disk ${disk} in ${group} no longer marked as a spare disk.`),
	),
	'14': repeated(text.INTROS.unrelocate, 'Unrelocate another disk?', unrelocateOnce),
	'15': repeated(
		text.INTROS.nohotuse,
		'Exclude another disk from hot-relocation use?',
		diskFlag('nohotuse', true, (disk, group) => `Excluding ${disk} in ${group} from hot-relocation use is complete.`),
	),
	'16': repeated(
		text.INTROS.hotuse,
		'Make another disk available for hot-relocation use?',
		diskFlag('nohotuse', false, (disk, group) => `Making ${disk} in ${group} available for hot-relocation use is complete.`),
	),
};
