/**
 * vxdiskadm: VxVM's menu-driven disk administration, plain numbered text menus with `[y,n,q,?] (default: y)`
 * prompts, `?` help at every prompt and `q` back to the main menu. The answers come from standard input (a script,
 * `vxdiskadm < answers`) or, on SMIT's terminal, are asked one by one. Operations 1 (add disks, to a shared disk
 * group on the master too), 8 (import), 9 (deport) and list are here; the disk operations in vxdiskadm-disks.ts.
 */
import {entryOf} from '../../cluster/records.js';
import {members, sees} from '../../cluster/vxvm/cvm.js';
import {addDisks, deportGroup, importGroup, initGroup, visibleGroup} from '../../cluster/vxvm/groups.js';
import {diskTable, groupTable} from '../../cluster/vxvm/report.js';
import {defineCommand} from '../../command/define.js';
import {printAll, VXVM_BIN, vxvmFor} from './common.js';
import {DEVICE_OPERATIONS} from './vxdiskadm-devices.js';
import {DISK_OPERATIONS} from './vxdiskadm-disks.js';
import * as text from './vxdiskadm-text.js';
import {attempt, answers, BackToMenu, choose, NoMoreInput, type Session, yes} from './vxdiskadm-session.js';

/** Free disks this node sees whose names start with one of the patterns (`all`: every one). */
function matchingDisks(s: Session, patterns: readonly string[]): string[] {
	const free = Object.values(s.vx.disks).filter(d => !d.group && sees(s.vx, s.ctx.node, d.device));
	return free.map(d => d.device).filter(device => patterns.some(p => p === 'all' || device.startsWith(p)));
}

function addDisksOperation(s: Session): void {
	const {ctx, vx} = s;
	printAll(ctx, text.ADD_INTRO);
	let devices: string[] = [];
	while (devices.length === 0) {
		const answer = choose(s, 'Select disk devices to add: [<pattern-list>,all,list,q,?]', text.PROMPT_HELP.devices);
		if (answer === 'list') printAll(ctx, ['', ...diskTable(vx, ctx.node), '']);
		else {
			devices = matchingDisks(s, answer.split(/\s+/));
			if (devices.length === 0) ctx.print(`\n  No free disks match ${answer}.\n`);
		}
	}
	// vxdiskadm words its questions for one disk or for several.
	const one = devices.length === 1;
	const selected = one ? 'Here is the disk selected.' : 'Here are the disks selected.';
	printAll(ctx, ['', `  ${selected}  Output format: [Device_Name]`, '', `  ${devices.join(' ')}`, '']);
	if (!yes(s, 'Continue operation?', 'y')) return;
	printAll(ctx, text.ADD_GROUP_TEXT);
	let group = '';
	let shared = false;
	while (!group) {
		const answer = choose(s, 'Which disk group [<group>,none,list,q,?] (default: rootdg)', text.PROMPT_HELP.group, 'rootdg');
		if (answer === 'list') printAll(ctx, ['', ...groupTable(vx, ctx.node, false), '']);
		else if (answer === 'none' || visibleGroup(vx, ctx.node, answer)) group = answer;
		else if (yes(s, `Create a new group named ${answer}?`, 'y')) {
			group = answer;
			shared = vx.nodes[ctx.node]!.state === 'cluster member' && yes(s, 'Create the disk group as a shared disk group?', 'n');
		}
	}
	if (group === 'none') {
		for (const device of devices) ctx.print(`\n  Initializing device ${device}.`);
		return;
	}
	const defaults = yes(s, one ? 'Use a default disk name for the disk?' : 'Use default disk names for these disks?', 'y');
	const names = devices.map(device => (defaults ? '' : choose(s, `Enter disk name for ${device} [<name>,q,?]`, text.PROMPT_HELP.name)));
	yes(s, one ? `Add disk as a spare disk for ${group}?` : `Add disks as spare disks for ${group}?`, 'n');
	yes(s, one ? 'Exclude disk from hot-relocation use?' : 'Exclude disks from hot-relocation use?', 'n');
	const named = defaults ? (one ? 'a default disk name' : 'default disk names') : one ? 'the disk name given' : 'the disk names given';
	const which = one ? 'The selected disk' : 'The selected disks';
	printAll(ctx, ['', `  ${which} will be added to the disk group ${group} with`, `  ${named}.`, '', `  ${devices.join(' ')}`, '']);
	if (!yes(s, 'Continue with operation?', 'y')) return;
	const specs = devices.map((device, i) => ({device, ...(names[i] ? {media: names[i]} : {})}));
	for (const device of devices) ctx.print(`\n  Initializing device ${device}.`);
	const exists = visibleGroup(vx, ctx.node, group) !== undefined;
	if (!attempt(s, () => (exists ? addDisks(vx, ctx.node, group, specs, false) : initGroup(ctx.state, vx, ctx.node, group, specs, shared)))) return;
	const added = visibleGroup(vx, ctx.node, group)!;
	for (const device of devices) {
		const media = Object.keys(added.disks).find(name => added.disks[name] === device);
		ctx.print(`\n  Adding disk device ${device} to disk group ${group} with disk\n  name ${media}.`);
	}
	ctx.print();
	if (yes(s, 'Add or initialize other disks?', 'n')) addDisksOperation(s);
}

function importOperation(s: Session): void {
	const {ctx, vx} = s;
	printAll(ctx, text.IMPORT_INTRO);
	for (;;) {
		const answer = choose(s, 'Select disk group to import [<group>,list,q,?] (default: list)', text.PROMPT_HELP.importGroup, 'list');
		if (answer === 'list') {
			const deported = Object.values(vx.groups).filter(g => !g.imported && Object.values(g.disks).some(d => vx.disks[d]!.reach.includes(ctx.node)));
			printAll(ctx, ['', ...deported.map(g => `  GROUP ${g.name} (id: ${g.id})\n  DEVICES: ${Object.values(g.disks).join(' ')}`), '']);
			continue;
		}
		const shared = vx.nodes[ctx.node]!.state === 'cluster member' && members(vx).length > 0 && yes(s, 'Import the disk group as shared?', 'n');
		const imported = attempt(s, () => {
			for (const warning of importGroup(vx, ctx.node, answer, {shared, force: false})) ctx.error(warning);
		});
		if (imported) ctx.print(`\n  The import of ${answer} was successful.\n`);
		if (!yes(s, 'Select another disk group?', 'n')) return;
	}
}

function deportOperation(s: Session): void {
	const {ctx, vx} = s;
	printAll(ctx, text.DEPORT_INTRO);
	for (;;) {
		const answer = choose(s, 'Enter name of disk group [<group>,list,q,?] (default: list)', text.PROMPT_HELP.deportGroup, 'list');
		if (answer === 'list') {
			printAll(ctx, ['', ...groupTable(vx, ctx.node, false), '']);
			continue;
		}
		const group = visibleGroup(vx, ctx.node, answer);
		if (group) {
			printAll(ctx, [
				'',
				`  The requested operation is to disable access to the disk group named ${answer}.`,
				'  It is stored on the following disks:',
				'',
			]);
			printAll(ctx, [`  ${Object.values(group.disks).join(' ')}`, '']);
			if (yes(s, 'Continue with operation?', 'y') && attempt(s, () => deportGroup(vx, ctx.node, answer)))
				ctx.print(`\n  Removal of disk group ${answer} was successful.\n`);
		} else ctx.error(`\n  There is no imported disk group named ${answer}.\n`);
		if (!yes(s, 'Disable another disk group?', 'n')) return;
	}
}

const OPERATIONS: Readonly<Record<string, (s: Session) => void>> = {
	'1': addDisksOperation,
	'8': importOperation,
	'9': deportOperation,
	...DISK_OPERATIONS,
	...DEVICE_OPERATIONS,
};

const vxdiskadm = defineCommand({
	name: 'vxdiskadm',
	dirs: [VXVM_BIN],
	summary:
		'Administers disks through menus: add, remove, replace, mirror and evacuate disks (also in a shared disk group), spares, ' +
		'hot-relocation use, online and offline, import and deport disk groups, list disks.',
	synopsis: '',
	operands: {count: 0},
	run(ctx) {
		const s: Session = {ctx, vx: vxvmFor(ctx), read: answers(ctx)};
		const release = s.vx.nodes[ctx.node]!.release;
		const offered = text.operationsOf(release);
		try {
			for (;;) {
				printAll(ctx, text.mainMenu(release));
				const choice = s.read('Select an operation to perform:');
				if (choice === 'q') break;
				if (choice === '?') printAll(ctx, text.MAIN_HELP);
				else if (choice === '??') printAll(ctx, text.MENU_SYSTEM_HELP);
				else if ((offered.includes(choice) || choice === 'list') && entryOf(OPERATIONS, choice)) {
					try {
						OPERATIONS[choice]!(s);
					} catch (back) {
						if (!(back instanceof BackToMenu)) throw back;
					}
				} else if (choice !== '') ctx.print(`\n  ERROR: Invalid selection: ${choice}\n`);
			}
		} catch (end) {
			if (!(end instanceof NoMoreInput)) throw end;
		}
		ctx.print('\nGoodbye.');
	},
});

export const vxdiskadmCommands = vxdiskadm;
