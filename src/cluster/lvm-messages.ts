/**
 * The messages of AIX's LVM and JFS commands, each written once: 0516-xxx
 * (LVM), 0506-xxx (file systems), 0511-xxx (backup). Each function gives the
 * lines the command prints, joined by newlines, ready for refuse(). A
 * `command` is the name the message carries: the AIX command that fails
 * (mklv, also under cl_mklv), or '' where AIX prints none (`0516-306 : ...`).
 */
const lines = (...text: string[]) => text.join('\n');

// The device configuration database (getlvodm) and disks.

export const vgNotInOdm = (command: string, vg: string) =>
	lines(`0516-306 ${command}: Unable to find volume group ${vg} in the Device`, '\tConfiguration Database.');
export const lvNotInOdm = (command: string, lv: string) =>
	lines(`0516-306 ${command}: Unable to find  ${lv} in the Device`, '\tConfiguration Database.');
export const pvidNotInOdm = (pvid: string) => lines(`0516-304 getlvodm: Unable to find device id ${pvid} in the Device`, '\tConfiguration Database.');
/** The name clashing, when the message names it. */
export const deviceNameUsed = (name?: string) =>
	`0516-360 getlvodm: The device name ${name === undefined ? '' : `${name} `}is already used; choose a different name.`;
export const pvNotFound = (command: string, word: string) =>
	lines(`0516-1396 ${command}: The physical volume ${word}, was not found in the`, '\tsystem database.');
export const pvNotInVg = (command: string, word: string) =>
	lines(`0516-320 ${command}: Physical volume ${word} is not assigned to`, '\ta volume group.');
export const pvUnreadable = () =>
	lines('0516-062 : Unable to read or write logical volume manager', '\trecord. PV may be permanently corrupted. Run diagnostics');
export const pvUnavailable = (command: string, hdisk: string) =>
	`0516-1182 ${command}: Unable to open physical volume ${hdisk}: it is not available.`;
export const pvInAnotherVg = (command: string, hdisk: string, owner: string) =>
	lines(
		`0516-1398 ${command}: The physical volume ${hdisk}, appears to belong to`,
		`\tanother volume group (${owner}). Remove it from that volume group first.`,
	);
export const pvNamedTwice = (command: string) => `0516-1151 ${command}: A physical volume was named more than once.`;
export const pvNotInThisVg = (command: string, hdisk: string, vg: string) =>
	`0516-1106 ${command}: Physical volume ${hdisk} is not in volume group ${vg}.`;

// Varying on and off.

export const mustBeVariedOn = (command: string) => `0516-010 ${command}: Volume group must be varied on; use varyonvg command.`;
export const passiveNoChange = (command: string, vg: string, node: string) =>
	`0516-1616 ${command}: ${vg} is varied on in passive mode on ${node}; changes can only be made where it is active.`;
export const unknownLvmError = () => lines('0516-008 varyonvg: LVM system call returned an unknown', '\terror code (-1).');
export const noGoodVgda = () =>
	lines('0516-013 varyonvg: The volume group cannot be varied on because', '\tthere are no good copies of the descriptor area.');
export const notConcurrentCapable = (vg: string) => `0516-1319 varyonvg: ${vg} is not concurrent capable; it cannot be varied on in concurrent mode.`;
export const variedOnInMode = (vg: string, passive: boolean) =>
	`0516-1316 varyonvg: ${vg} is varied on in ${passive ? 'passive' : 'concurrent'} mode; vary it off first.`;
export const reservedBy = (vg: string, node: string) =>
	`0516-1775 varyonvg: The disks of ${vg} are reserved by ${node}, where the volume group is varied on.`;
export const noQuorum = () =>
	lines(
		'0516-052 varyonvg: Volume group cannot be varied on without a',
		'\tquorum. More physical volumes in the group must be active.',
		'\tRun diagnostics on inactive PVs.',
	);
export const lvsStillOpen = (vg: string) =>
	lines(
		'0516-012 lvaryoffvg: Logical volume must be closed.  If the logical',
		'\tvolume contains a filesystem, the umount command will close',
		'\tthe LV device.',
		`0516-942 varyoffvg: Unable to vary off volume group ${vg}.`,
	);

// importvg and exportvg, major numbers.

export const cannotImportFrom = (hdisk: string) => `0516-780 importvg: Unable to import volume group from ${hdisk}.`;
export const cannotImportAs = (hdisk: string, vg: string) => `0516-776 importvg: Cannot import ${hdisk} as ${vg}.`;
/** `where`: `on hdisk2`, `of datavg on hdisk2`, ... */
export const vgdaUnreadable = (where: string) => `0516-1140 importvg: Unable to read the volume group descriptor area ${where}.`;
export const raidLun = (hdisk: string, array: string) =>
	`0516-1140 importvg: ${hdisk} is one LUN of the multi-LUN RAID device ${array}; the volume group must be imported by hand.`;
export const alreadyImported = (hdisk: string, as: string) =>
	`0516-1022 importvg: The volume group on ${hdisk} is already defined on this system as ${as}.`;
export const importedNotVariedOn = (vg: string) => `0516-1009 importvg: Volume group ${vg} is imported but could not be varied on.`;
/** `hint`: point at lvlstmajor, as mkvg does. */
export const majorInUse = (command: string, major: number, where: string, hint = false) =>
	`0516-1135 ${command}: The major number ${major} is already in use on ${where}.${hint ? ' lvlstmajor lists the free ones.' : ''}`;
export const cannotExport = (vg: string) => `0516-772 exportvg: Unable to export volume group ${vg}`;
export const exportNeedsVaryoff = () => '0516-764 exportvg: The volume group must be varied off before exporting.';

// Volume groups (mkvg, extendvg, reducevg, chvg, replacepv, mirrorvg).

export const badDeviceName = (command: string, name: string) =>
	`0516-1002 ${command}: The name ${name} is not valid: use up to 15 letters, digits, _ or ., starting with a letter.`;
export const nameUsed = (command: string, name: string) =>
	lines(deviceNameUsed(), `0516-1013 ${command}: The name ${name} is already used by another device.`);
export const noPvNamed = (command: string) => `0516-1150 ${command}: At least one physical volume must be named.`;
export const factorRange = (command: string) => `0516-1220 ${command}: The factor must be between 1 and 16.`;
export const tooManyPvs = (command: string, most: number) =>
	`0516-1163 ${command}: A volume group of this type holds at most ${most} physical volumes.`;
export const vgFull = (command: string, vg: string, most: number) =>
	`0516-1163 ${command}: ${vg} already has the most physical volumes it may hold (${most}).`;
export const badPpSize = (command: string) => `0516-1208 ${command}: The physical partition size must be a power of 2 from 1 to 1024 megabytes.`;
export const tooManyPps = (command: string, ppSizeMb: number, count: number, hdisk: string, vg: string, limit: number) =>
	lines(
		`0516-1162 ${command}: Warning, The Physical Partition Size of ${ppSizeMb} requires the`,
		`\tcreation of ${count} partitions for ${hdisk}.  The limitation for volume group`,
		`\t${vg} is ${limit} physical partitions per physical volume.  Use chvg command`,
		'\twith -t option to attempt to change the maximum Physical Partitions',
		'\tper Physical volume for this volume group.',
	);
export const factorTooSmallForPvs = (command: string, vg: string, pvs: number, factor: number, most: number) =>
	`0516-1164 ${command}: ${vg} has ${pvs} physical volumes; with factor ${factor} it may hold only ${most}.`;
export const factorTooSmallForPps = (command: string, hdisk: string, pps: number, factor: number) =>
	`0516-1165 ${command}: ${hdisk} has ${pps} partitions, more than factor ${factor} allows.`;
export const cannotReduce = (command: string, pvid: string, vg: string, hdisk: string) =>
	lines(pvidNotInOdm(pvid), `0516-882 ${command}: Unable to reduce volume group ${vg}: ${hdisk} is not in it.`);
export const lastPv = (command: string, vg: string) =>
	lines(
		`0516-884 ${command}: Unable to remove the last physical volume of ${vg}.`,
		'\tTo remove the volume group, vary it off and run exportvg on every node.',
	);
export const pvHasPartitions = (command: string, hdisk: string) =>
	lines(
		'0516-016 ldeletepv: Cannot delete physical volume with allocated',
		'\tpartitions. Use either migratepv to move the partitions or',
		'\treducevg with the -d option to delete the partitions.',
		`0516-884 ${command}: Unable to remove physical volume ${hdisk}.`,
	);
export const sourceNotInVg = (command: string, hdisk: string, vg: string) => `0516-1011 ${command}: ${hdisk} is not in volume group ${vg}.`;
export const targetTooSmall = (command: string, target: string, source: string) =>
	`0516-1012 ${command}: ${target} is too small to hold the partitions of ${source}.`;
export const cannotRebuild = (command: string, hdisk: string) =>
	`0516-1013 ${command}: ${hdisk} is missing and holds partitions with no mirror copy; they cannot be rebuilt.`;
export const quorumChanged = () => '0516-1804 chvg: The quorum change takes effect immediately.';
export const nothingToMirror = (command: string) => `0516-1118 ${command}: No logical volumes in volume group to mirror.`;
export const nothingToUnmirror = (command: string, vg: string, copies: number) =>
	`0516-1119 ${command}: No logical volumes in volume group ${vg} have more than ${copies} ${copies === 1 ? 'copy' : 'copies'}.`;

// Logical volumes.

const copiesWord = (n: number) => `${n} ${n === 1 ? 'copy' : 'copies'}`;
/** `least`: 1 for mklv and the copy commands, 2 for mirrorvg. */
export const copiesRange = (command: string, least: 1 | 2) =>
	`0516-1127 ${command}: The number of copies must be ${least === 1 ? '1, 2 or 3' : '2 or 3'}.`;
export const vgLvsFull = (command: string, vg: string, most: number) =>
	`0516-1052 ${command}: ${vg} already holds the most logical volumes it may (${most}).`;
export const maxBelowAsked = (command: string, max: number, lps: number) =>
	`0516-1126 ${command}: The maximum number of logical partitions (${max}) is less than the ${lps} asked for.`;
export const maxBelowAllocated = (command: string, lps: number) =>
	`0516-1131 ${command}: The maximum number of logical partitions cannot be less than the ${lps} allocated.`;
export const cannotCreateLv = (command: string) => `0516-822 ${command}: Unable to create logical volume.`;
export const maxAllocation = (command: string, lv: string, max: number) =>
	lines(`0516-787 ${command}: Maximum allocation for logical volume ${lv}`, `\tis ${max}.`);
export const cannotExtendLv = (command: string) => `0516-788 ${command}: Unable to extend logical volume.`;
export const alreadyHasCopies = (command: string, lv: string, copies: number) => `0516-1509 ${command}: ${lv} already has ${copiesWord(copies)}.`;
export const cannotCopy = (command: string) => lines(`0516-842 ${command}: Unable to make logical partition copies for`, '\tlogical volume.');
export const askForFewer = (command: string, lv: string, copies: number) => `0516-1148 ${command}: ${lv} has ${copiesWord(copies)}; ask for fewer.`;
export const notMirrored = (command: string, lv: string, copies: number) =>
	`0516-1232 ${command}: ${lv} has ${copiesWord(copies)}; only a mirrored logical volume can be split.`;
export const cannotMakeStrict = (command: string, lv: string) =>
	`0516-1510 ${command}: The copies of ${lv} share physical volumes; they cannot be made strict.`;
export const noAllocation = () =>
	lines(
		'0516-404 allocp: This system cannot fulfill the allocation request.',
		'\tThere are not enough free partitions or not enough physical volumes ',
		'\tto keep strictness and satisfy allocation requests.  The command',
		'\tshould be retried with different allocation characteristics.',
	);
/** `openOn`: the nodes it is open on, when the message says. */
export const openLvNotRemoved = (lv: string, openOn?: readonly string[]) =>
	lines(
		'0516-076 lreducelv: Cannot remove last partition of an open logical volume.',
		`0516-912 rmlv: Unable to remove logical volume ${lv}${openOn ? ` (open on ${openOn.join(', ')})` : ''}.`,
	);
export const renameOpen = (command: string, lv: string) => `0516-1306 ${command}: Unable to rename logical volume ${lv}: it is open.`;
export const splitNeedsClosed = (lv: string) =>
	lines(
		`0516-1258 splitlvcopy: Logical volume ${lv} must be closed. If the logical`,
		'\tvolume contains a filesystem, the umount command will close the LV device.',
	);
export const noGoodCopy = (lvs: readonly string[], vg: string) =>
	lines(
		`0516-1290 syncvg: No good copy to synchronize ${lvs.join(', ')} from: every copy of some partitions is stale or on a missing disk.`,
		`0516-932 /usr/sbin/syncvg: Unable to synchronize volume group ${vg}.`,
	);
export const lvRemoved = (lv: string) => `rmlv: Logical volume ${lv} is removed.`;
export const lvNotRemoved = (lv: string) => `rmlv: Logical volume ${lv} is not removed.`;

// File systems, mount and backup.

export const unknownFileSystem = (command: string, mountPoint: string) => `${command}: 0506-334 ${mountPoint} is not a known file system.`;
const BUSY = 'The requested resource is busy.';
export const cannotMount = (dev: string, mountPoint: string, why: 'busy' | 'no device') =>
	`mount: 0506-324 Cannot mount ${dev} on ${mountPoint}: ${why === 'busy' ? BUSY : 'There is a request to a device or address that does not exist.'}`;
export const unknownVfs = (dev: string) => `mount: 0506-322 Cannot determine the file system type of ${dev}; name it with -v.`;
export const nothingToUnmount = () => 'umount: 0506-347 Cannot find anything to unmount.';
export const unmountBusy = (dev: string, app: string, node: string) =>
	lines(`umount: 0506-349 Cannot unmount ${dev}: ${BUSY}`, `\t(application server ${app} is running on ${node}: stop it first.)`);
/** A file system type the node's AIX has no helper for in /etc/vfs (AIX 4.3.3 has no jfs2: it came with AIX 5.1). */
export const vfsNotInstalled = (command: string, vfs: string) => `${command}: 0506-908 ${vfs} is not a valid virtual file system type in /etc/vfs.`;
export const fileSystemExists = (command: string, mountPoint: string) => `${command}: 0506-909 ${mountPoint} file system already exists.`;
export const noSuchLv = (command: string, lv: string, vg: string) => `${command}: 0506-913 The logical volume ${lv} does not exist in ${vg}.`;
export const lvHoldsFileSystem = (command: string, lv: string) => `${command}: 0506-914 ${lv} already holds a file system.`;
export const lvWrongType = (command: string, lv: string, type: string) =>
	`${command}: 0506-915 ${lv} is a ${type} logical volume; a file system needs a jfs, jfs2 or raw one.`;
export const sizeLargerThanLv = (command: string, size: number, lv: string, capacity: number) =>
	`${command}: 0506-916 The size ${size} is larger than ${lv} (${capacity} blocks).`;
export const sizeNeeded = (command: string) => `${command}: 0506-917 A size (-a size=) is needed to create the logical volume.`;
export const badAttribute = (command: string, value: string) => `${command}: 0506-918 The attribute ${value} must be written Attribute=Value.`;
export const badSize = (command: string, value: string) =>
	`${command}: 0506-919 The size ${value} is not valid: give 512-byte blocks, or a number with M or G.`;
export const notFullPath = (command: string, mountPoint: string) => `${command}: 0506-920 The mount point ${mountPoint} must be a full path name.`;
export const fileSystemMounted = (command: string, mountPoint: string) => `${command}: 0506-921 ${mountPoint} is currently mounted.`;
export const notAnAttribute = (command: string, name: string) => `${command}: 0506-925 ${name} is not a file system attribute.`;
export const badBlockSize = (command: string) => `${command}: 0506-926 agblksize must be 512, 1024, 2048 or 4096.`;
export const notOnLv = (command: string, mountPoint: string) =>
	`${command}: 0506-930 ${mountPoint} is not recorded on its logical volume; edit /etc/filesystems to change it.`;
export const mountedElsewhere = (command: string, mountPoint: string, nodes: readonly string[]) =>
	`${command}: 0506-931 ${mountPoint} is mounted on ${nodes.join(', ')}; unmount it before moving its mount point.`;
export const notALog = (command: string, log: string, type: string, vg: string) =>
	`${command}: 0506-935 ${log} is not a ${type} logical volume of ${vg}.`;
export const inlineNeedsJfs2 = (command: string) => `${command}: 0506-936 An inline log is only possible for a JFS2 file system.`;
export const cannotShrink = (command: string, blocks: number) =>
	`${command}: 0506-944 The file system size cannot be reduced (it is ${blocks} blocks).`;
export const cannotOpenForBackup = (target: string) => `backup: 0511-028 Cannot open ${target}: mount it (read-only) first.`;
