/** The screens and help texts of vxdiskadm, as VxVM 3.x shows them. */

/** The main menu's operations, with the VxVM release each first appeared in (17 on: 3.1's device exclusion, 3.2's naming, 4.0's). */
const OPERATIONS: ReadonlyArray<readonly [string, string, number]> = [
	['1', 'Add or initialize one or more disks', 0],
	['2', 'Encapsulate one or more disks', 0],
	['3', 'Remove a disk', 0],
	['4', 'Remove a disk for replacement', 0],
	['5', 'Replace a failed or removed disk', 0],
	['6', 'Mirror volumes on a disk', 0],
	['7', 'Move volumes from a disk', 0],
	['8', 'Enable access to (import) a disk group', 0],
	['9', 'Remove access to (deport) a disk group', 0],
	['10', 'Enable (online) a disk device', 0],
	['11', 'Disable (offline) a disk device', 0],
	['12', 'Mark a disk as a spare for a disk group', 0],
	['13', 'Turn off the spare flag on a disk', 0],
	['14', 'Unrelocate subdisks back to a disk', 0],
	['15', 'Exclude a disk from hot-relocation use', 0],
	['16', 'Make a disk available for hot-relocation use', 0],
	['17', "Prevent multipathing/Suppress devices from VxVM's view", 3.1],
	['18', "Allow multipathing/Unsuppress devices from VxVM's view", 3.1],
	['19', 'List currently suppressed/non-multipathed devices', 3.1],
	['20', 'Change the disk naming scheme', 3.2],
	['21', 'Get the newly connected/zoned disks in VxVM view', 4.0],
	['22', 'Change/Display the default disk layouts', 4.0],
];

/** The operation numbers a release's vxdiskadm offers. */
export const operationsOf = (release: string) => OPERATIONS.filter(([, , since]) => Number(release) >= since).map(([n]) => n);

export const mainMenu = (release: string) => [
	'',
	'Volume Manager Support Operations',
	'Menu: VolumeManager/Disk',
	'',
	...OPERATIONS.filter(([, , since]) => Number(release) >= since).map(([n, title]) => ` ${n.padEnd(7)}${title}`),
	' list   List disk information',
	'',
	'',
	' ?      Display help about menu',
	' ??     Display help about the menuing system',
	' q      Exit from menus',
	'',
];

export const MAIN_HELP = [
	'',
	'  This menu lists the disk operations of the Volume Manager. Enter the number of an',
	'  operation to perform it; each one asks for what it needs, with a default for most',
	'  questions. In a cluster, operations that change a shared disk group run on the master.',
	"  The operations offered are those of this node's VxVM release.",
	'',
];

export const MENU_SYSTEM_HELP = [
	'',
	'  At every prompt the choices are shown in brackets, with the default in parentheses:',
	'  press Return to take the default. Enter ? for help about the question, q to go back',
	'  to the main menu (at the main menu q leaves vxdiskadm), and list where it is offered',
	'  to see the disks or disk groups.',
	'',
];

export const ADD_INTRO = [
	'',
	'Add or initialize disks',
	'Menu: VolumeManager/Disk/AddDisks',
	'',
	'  Use this operation to add one or more disks to a disk group.  You can',
	'  add the selected disks to an existing disk group or to a new disk group',
	'  that will be created as a part of the operation. The selected disks may',
	'  also be initialized without adding them to a disk group leaving the',
	'  disks available for use as replacement disks.',
	'',
	'  More than one disk or pattern may be entered at the prompt.  Here are',
	'  some disk selection examples:',
	'',
	'  all:          all disks',
	'  c3 c4t2:      all disks on both controller 3 and controller 4, target 2',
	'  c3t4d2:       a single disk (in the c#t#d# naming scheme)',
	'',
];

export const ADD_GROUP_TEXT = [
	'',
	'  You can choose to add these disks to an existing disk group, a',
	'  new disk group, or you can leave these disks available for use',
	'  by future add or replacement operations.  To create a new disk',
	'  group, select a disk group name that does not yet exist.  To',
	'  leave the disks available for future use, specify a disk group',
	'  name of "none".',
	'',
];

export const IMPORT_INTRO = [
	'',
	'Enable access to (import) a disk group',
	'Menu: VolumeManager/Disk/EnableDiskGroup',
	'',
	'  Use this operation to enable access to a disk group.  This can be',
	'  used as the final part of moving a disk group from one system to',
	'  another.  The first disk group found that matches the specified',
	'  name or ID is imported.',
	'',
];

export const DEPORT_INTRO = [
	'',
	'Remove access to (deport) a disk group',
	'Menu: VolumeManager/Disk/DeportDiskGroup',
	'',
	'  Use this menu operation to remove access to a disk group that',
	'  is currently enabled (imported) by this system.  Deport a disk',
	'  group if you intend to move the disks in a disk group to another',
	'  system.  A shared disk group is deported from every node, on the master.',
	'',
];

/** `?` at each question: what it asks. */
export const PROMPT_HELP = {
	devices: 'Enter one or more disk device names or patterns (c4t5d0, c4, all), list to see the disks, or q to go back.',
	group: 'Enter an existing disk group to add the disks to, a new name to create a disk group, or none to only initialize the disks.',
	yesNo: 'Answer y for yes or n for no; Return takes the default shown.',
	name: 'Enter the disk media name the disk will have in its disk group.',
	importGroup: 'Enter the name or ID of a deported disk group, or list to see them.',
	deportGroup: 'Enter the name of an imported disk group, or list to see them.',
	disk: 'Enter the disk media name of a disk in an imported disk group (disk01), or list to see the disks.',
	removedDisk: 'Enter the name of a disk removed for replacement (shown as removed by list), or list to see the disks.',
	device: 'Enter a disk device name (c4t5d0), or list to see the disks.',
	exclusion: 'Enter the number of an operation: 2 suppresses (or unsuppresses) a path, 8 lists the suppressed devices; q goes back.',
	pathname: 'Enter a disk device name (c4t5d0), all, list to see the disks, or list-exclude to see those suppressed.',
	destination: 'Enter the name of a disk of the same disk group to mirror onto, or any for any available disk space.',
	shared: 'y imports (or creates) the disk group as a cluster-shared disk group, on every node of the cluster: only the master can do it.',
} as const;

/** Each operation's title, menu path and introduction, as vxdiskadm prints them on entering it. */
const intro = (title: string, path: string, lines: readonly string[]) => ['', title, `Menu: VolumeManager/Disk/${path}`, '', ...lines, ''];

const DISK_NAME_INPUT = [
	'  This operation takes, as input, a disk name.  This is the same',
	'  name that you gave to the disk when you added the disk to the',
	'  disk group.',
];

export const INTROS = {
	encapsulate: intro('Encapsulate one or more disks', 'Encapsulate', [
		'  Use this operation to convert one or more disks to use the Volume Manager.',
		'  This adds the disks to a disk group and replaces existing partitions',
		'  with volumes.  Disk encapsulation requires a reboot for the changes',
		'  to take effect.',
	]),
	remove: intro('Remove a disk', 'RemoveDisk', [
		'  Use this operation to remove a disk from a disk group.  This',
		'  operation takes a disk name as input.  This is the same name',
		'  that you gave to the disk when you added the disk to the disk',
		'  group.',
	]),
	removeForReplace: intro('Remove a disk for replacement', 'RemoveForReplace', [
		'  Use this menu operation to remove a physical disk from a disk',
		'  group, while retaining the disk name.  This changes the state',
		'  for the disk name to a "removed" disk.  If there are any',
		'  initialized disks that are not part of a disk group, you will be',
		'  given the option of using one of these disks as a replacement.',
	]),
	replace: intro('Replace a failed or removed disk', 'ReplaceDisk', [
		'  Use this menu operation to specify a replacement disk for a disk',
		'  that you removed with the "Remove a disk for replacement" menu',
		'  operation, or that failed during use.  You will be prompted for',
		'  a disk name to replace and a disk device to use as a replacement.',
		'  You can choose an uninitialized disk, in which case the disk will',
		'  be initialized, or you can choose a disk that you have already',
		'  initialized using the Add or initialize a disk menu operation.',
	]),
	mirror: intro('Mirror volumes on a disk', 'Mirror', [
		'  This operation can be used to mirror volumes on a disk.  These',
		'  volumes can be mirrored onto another disk or onto any',
		'  available disk space.  Volumes will not be mirrored if they are',
		'  already mirrored.  Also, volumes that are comprised of more than',
		'  one subdisk will not be mirrored.',
	]),
	move: intro('Move volumes from a disk', 'Evacuate', [
		'  Use this menu operation to move any volumes that are using a',
		'  disk onto other disks.  Use this menu immediately prior to',
		'  removing a disk, either permanently or for replacement.  You can',
		'  specify a list of disks to move volumes onto, or you can move',
		'  the volumes to any available disk space in the same disk group.',
		'',
		'  NOTE:  Simply moving volumes off of a disk, without also removing',
		'         the disk, does not prevent volumes from being moved onto',
		'         the disk by future operations.  For example, using two',
		'         consecutive move operations may move volumes from the',
		'         second disk to the first.',
	]),
	online: intro('Enable (online) a disk device', 'OnlineDisk', [
		'  Use this operation to enable access to a disk that was disabled',
		'  with the "Disable (offline) a disk device" operation.',
		'',
		'  You can also use this operation to re-scan a disk that may have',
		'  been changed outside of the Volume Manager.  For example, if a',
		'  disk is shared between two systems, the Volume Manager running on',
		'  the other system may have changed the disk.  If so, you can use',
		'  this operation to re-scan the disk.',
	]),
	offline: intro('Disable (offline) a disk device', 'OfflineDisk', [
		'  Use this menu operation to disable all access to a disk device',
		'  by the Volume Manager.  This operation can be applied only to',
		'  disks that are not currently in a disk group.  Use this',
		'  operation if you intend to remove a disk from a system without',
		'  rebooting.',
	]),
	spare: intro('Mark a disk as a spare for a disk group', 'MarkSpareDisk', [
		'  Use this operation to mark a disk as a spare for a disk group.',
		...DISK_NAME_INPUT,
	]),
	unspare: intro('Turn off the spare flag on a disk', 'UnmarkSpareDisk', [
		'  Use this operation to turn off the spare flag on a disk.',
		...DISK_NAME_INPUT,
	]),
	unrelocate: intro('Unrelocate subdisks back to a disk', 'UnrelocateDisk', [
		'  VxVM hot-relocation allows the system to automatically react to',
		'  I/O failures on a redundant VxVM object at the subdisk level and',
		'  take necessary action to make the object available again.  This',
		'  menu operation moves the hot-relocated subdisks back to the disk',
		'  they were relocated from, once that disk is replaced or repaired.',
	]),
	nohotuse: intro('Exclude a disk from hot-relocation use', 'MarkNoHotUse', [
		'  Use this operation to exclude a disk from hot-relocation use.',
		...DISK_NAME_INPUT,
	]),
	hotuse: intro('Make a disk available for hot-relocation use', 'UnmarkNoHotUse', [
		'  Use this operation to make a disk available for hot-relocation use.',
		'  This only applies to disks that were previously excluded from',
		'  hot-relocation use.',
		...DISK_NAME_INPUT,
	]),
} as const;

/** What an installation on AIX answers to option 2: its disks hold LVM volume groups, converted by vxconvert instead. */
export const NO_ENCAPSULATION = [
	'  Encapsulation is not available on this system: the disks of an AIX',
	'  LVM volume group are converted to VxVM with vxconvert, not',
	'  encapsulated.  No disk was changed.',
	'',
];

export const EXCLUDE_INTRO = intro('Exclude Devices', 'ExcludeDevices', [
	"  This operation might lead to some devices being suppressed from VxVM's view",
	'  or prevent them from being multipathed by vxdmp (This operation can be',
	'  reversed using the vxdiskadm command).',
]);

export const INCLUDE_INTRO = intro('Include Devices', 'IncludeDevices', [
	'  This operation might lead to some devices being made visible to VxVM',
	'  again or being multipathed by vxdmp again.  Only those devices which were',
	'  previously suppressed or excluded from multipathing can be included again.',
]);

/** The sub-menus of 17 and 18; hasmit's disks have one path each and no array library, so the path entries are the ones acted on. */
export const exclusionMenu = (verb: 'Suppress' | 'Unsuppress', back: string) => [
	'',
	`  1      ${verb} all paths through a controller from VxVM's view`,
	`  2      ${verb} a path from VxVM's view`,
	`  3      ${verb} disks from VxVM's view by specifying a VID:PID combination`,
	...(verb === 'Suppress'
		? ['  4      Suppress all but one paths to a disk', '  5      Prevent multipathing of all disks on a controller by VxVM']
		: ['  4      Remove a pathgroup definition', '  5      Allow multipathing of all disks on a controller by VxVM']),
	`  6      ${verb === 'Suppress' ? 'Prevent' : 'Allow'} multipathing of a disk by VxVM`,
	`  7      ${verb === 'Suppress' ? 'Prevent' : 'Allow'} multipathing of disks by specifying a VID:PID combination`,
	'  8      List currently suppressed/non-multipathed devices',
	'',
	'  ?      Display help about menu',
	'  ??     Display help about the menuing system',
	`  q      Exit from menus (${back})`,
	'',
];

/** What the entries hasmit does not act on answer: its disks have a single path and no disk array. */
export const SINGLE_PATH = [
	'',
	'  Every disk of this system has a single path and none is claimed by a disk array',
	'  library: there is nothing to multipath or to match.',
	'',
];

export const NAMING_SCHEME = [
	'',
	'Change the disk naming scheme',
	'Menu: VolumeManager/Disk/NamingScheme',
	'',
	'  Use this screen to change the disk naming scheme (from the c#t#d# format',
	'  to the enclosure based format and vice versa).',
	'',
	'  The disk naming scheme is currently set to the c#t#d# format.',
	'',
];
export const NO_ENCLOSURES = ['', '  No disk on this system is in an enclosure that VxVM recognizes: the names stay in the c#t#d# format.', ''];

export const NEW_DISKS = [
	'',
	'Get the newly connected/zoned disks in VxVM view',
	'Menu: VolumeManager/Disk/GetNewDisks',
	'',
	'  Use this operation to make the newly connected or zoned disks known to VxVM (vxdctl enable).',
	'',
];

export const DEFAULT_LAYOUTS = [
	'',
	'Change/Display the default disk layouts',
	'Menu: VolumeManager/Disk/DiskDefaults',
	'',
	'  The default disk layout of new disks (vxdisksetup, /etc/default/vxdisk) on this system:',
	'',
	'      format=sliced  privlen=2048',
	'',
	'  The cdsdisk format of VxVM 4.x needs a platform with cross-platform data sharing disks;',
	'  on this system new disks are sliced: only the display is available.',
	'',
];

export const LIST_INTRO = intro('List disk information', 'ListDisk', [
	'  Use this menu operation to display a list of disks.  You can',
	'  also choose to list detailed information about the disk at',
	'  a specific disk device address.',
]);
