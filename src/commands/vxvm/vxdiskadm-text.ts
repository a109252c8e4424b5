/** The screens and help texts of vxdiskadm, as VxVM 3.x shows them. */

export const MAIN_MENU = [
	'',
	'Volume Manager Support Operations',
	'Menu: VolumeManager/Disk',
	'',
	' 1      Add or initialize one or more disks',
	' 2      Encapsulate one or more disks',
	' 3      Remove a disk',
	' 4      Remove a disk for replacement',
	' 5      Replace a failed or removed disk',
	' 6      Mirror volumes on a disk',
	' 7      Move volumes from a disk',
	' 8      Enable access to (import) a disk group',
	' 9      Remove access to (deport) a disk group',
	' 10     Enable (online) a disk device',
	' 11     Disable (offline) a disk device',
	' 12     Mark a disk as a spare for a disk group',
	' 13     Turn off the spare flag on a disk',
	' 14     Unrelocate subdisks back to a disk',
	' 15     Exclude a disk from hot-relocation use',
	' 16     Make a disk available for hot-relocation use',
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
	'  In this simulation operations 1, 8 and 9 and list are available.',
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
	shared: 'y imports (or creates) the disk group as a cluster-shared disk group, on every node of the cluster: only the master can do it.',
} as const;
