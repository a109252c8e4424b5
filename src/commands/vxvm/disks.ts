/** vxevac and vxunreloc: moving volumes off a disk, and back after a hot-relocation (which hasmit does not simulate). */
import {evacuate, mediaDevice} from '../../cluster/vxvm/disks.js';
import {requireGroup} from '../../cluster/vxvm/groups.js';
import {refuse} from '../../cluster/errors.js';
import * as m from '../../cluster/vxvm/messages.js';
import {defineCommand} from '../../command/define.js';
import {optionsAnywhere, VXVM_BIN, vxvmFor} from './common.js';

const vxevac = defineCommand({
	name: 'vxevac',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere('g'),
	summary: "Evacuates a disk: moves every subdisk on it to other disks of its group (the named ones if any), away from the volume's other plexes.",
	synopsis: '-g diskgroup medianame [new_medianame ...]',
	flags: {g: {arg: 'diskgroup', help: 'the disk group (a shared one on the master)'}},
	operands: {
		count: [1, 64],
		list: [
			{name: 'medianame', help: 'the disk to evacuate'},
			{name: 'new_medianame ...', help: 'the disks to move the subdisks to (default: any disk of the group)'},
		],
	},
	run(ctx, {opts, args}) {
		const [media = '', ...targets] = args;
		evacuate(vxvmFor(ctx), ctx.node, opts.g ?? 'rootdg', media, targets);
	},
});

const vxunreloc = defineCommand({
	name: 'vxunreloc',
	dirs: [VXVM_BIN],
	rewrite: optionsAnywhere('g'),
	summary: 'Moves subdisks hot-relocated off a failed disk back to it; hasmit has no hot-relocation, so no disk has any.',
	synopsis: '-g diskgroup medianame',
	flags: {g: {arg: 'diskgroup', help: 'the disk group'}},
	operands: {count: 1, list: [{name: 'medianame', help: 'the original disk of the relocated subdisks'}]},
	run(ctx, {opts, args}) {
		const group = requireGroup(vxvmFor(ctx), ctx.node, opts.g ?? 'rootdg', 'vxunreloc');
		mediaDevice(group, args[0]!, 'vxunreloc');
		refuse(m.nothingRelocated(args[0]!));
	},
});

export const diskCommands = [...vxevac, ...vxunreloc];
