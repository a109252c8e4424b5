/**
 * vxdiskadm 17 to 22 and list: devices suppressed from (or returned to) VxVM's view, written in /etc/vx/vxvm.exclude and
 * applied by vxdctl enable; the naming scheme, new disks and default layouts, answered as a system with single-path
 * disks, no enclosures and sliced disks answers.
 */
import {EXCLUDE_FILE, sees} from '../../cluster/vxvm/cvm.js';
import {printAll} from './common.js';
import {choose, runs, type Session, yes} from './vxdiskadm-session.js';
import * as text from './vxdiskadm-text.js';

const excludedOn = (s: Session) => s.vx.nodes[s.ctx.node]!.excluded ?? [];

function listExcluded(s: Session): void {
	const devices = excludedOn(s);
	printAll(s.ctx, [
		'',
		...(devices.length > 0 ? ["  Devices suppressed from VxVM's view:", '', ...devices.map(d => `      ${d}`)] : ['  No devices are suppressed.']),
		'',
	]);
}

/** Sub-menu option 2 of 17 (suppress) or 18 (unsuppress) a path: the exclude file rewritten, then vxdctl enable. */
function suppressPath(s: Session, suppress: boolean): void {
	const files = s.ctx.state.nodes[s.ctx.node]!.files;
	for (;;) {
		const answer = choose(s, 'Enter a pathname or pattern : [<Pattern>,all,list,list-exclude,q,?]', text.PROMPT_HELP.pathname);
		if (answer === 'list')
			printAll(
				s.ctx,
				Object.keys(s.vx.disks)
					.filter(d => sees(s.vx, s.ctx.node, d))
					.map(d => `  ${d}`),
			);
		else if (answer === 'list-exclude') listExcluded(s);
		else {
			const free = Object.values(s.vx.disks).filter(d => !d.group && d.reach.includes(s.ctx.node));
			const chosen = free.map(d => d.device).filter(d => answer === 'all' || d.startsWith(answer));
			if (chosen.length === 0) {
				s.ctx.print(`\n  No disk in no disk group matches ${answer}: a disk of a disk group cannot be suppressed.\n`);
				continue;
			}
			const current = excludedOn(s);
			const next = suppress ? [...new Set([...current, ...chosen])] : current.filter(d => !chosen.includes(d));
			printAll(s.ctx, [
				'',
				`  The following paths will be ${suppress ? 'suppressed from' : 'made visible to'} VxVM's view:`,
				'',
				`      ${chosen.join(' ')}`,
				'',
			]);
			if (!yes(s, 'Continue operation?', 'y')) return;
			files[EXCLUDE_FILE] = next.map(d => `${d}\n`).join('');
			runs(s, ['vxdctl', 'enable']);
			return;
		}
	}
}

/** 17 and 18: their sub-menu, until q. */
const exclusion = (suppress: boolean) => (s: Session) => {
	printAll(s.ctx, suppress ? text.EXCLUDE_INTRO : text.INCLUDE_INTRO);
	if (!yes(s, 'Continue?', 'y')) return;
	for (;;) {
		printAll(s.ctx, text.exclusionMenu(suppress ? 'Suppress' : 'Unsuppress', 'VolumeManager/Disk'));
		const choice = choose(s, 'Select an operation to perform:', text.PROMPT_HELP.exclusion);
		if (choice === '2') suppressPath(s, suppress);
		else if (choice === '8') listExcluded(s);
		else if (/^[1-7]$/.test(choice)) printAll(s.ctx, text.SINGLE_PATH);
		else s.ctx.print(`\n  ERROR: Invalid selection: ${choice}\n`);
	}
};

function namingScheme(s: Session): void {
	printAll(s.ctx, text.NAMING_SCHEME);
	if (yes(s, 'Do you want to change the naming scheme?', 'n')) printAll(s.ctx, text.NO_ENCLOSURES);
}

function newDisks(s: Session): void {
	printAll(s.ctx, text.NEW_DISKS);
	if (yes(s, 'Continue?', 'y')) runs(s, ['vxdctl', 'enable']);
}

/** list: the disks (vxdisk list), then one in detail (vxdisk list DEVICE) if asked. */
function listDiskInformation(s: Session): void {
	printAll(s.ctx, text.LIST_INTRO);
	for (;;) {
		const answer = choose(s, 'Enter disk device or "all" [<address>,all,q,?] (default: all)', text.PROMPT_HELP.device, 'all');
		if (answer === 'all') break;
		if (runs(s, ['vxdisk', 'list', answer])) return void s.ctx.print();
	}
	runs(s, ['vxdisk', 'list']);
	s.ctx.print();
	for (;;) {
		const answer = choose(s, 'Device to list in detail [<address>,none,q,?] (default: none)', text.PROMPT_HELP.device, 'none');
		if (answer === 'none') return;
		s.ctx.print();
		if (runs(s, ['vxdisk', 'list', answer])) return void s.ctx.print();
	}
}

export const DEVICE_OPERATIONS: Readonly<Record<string, (s: Session) => void>> = {
	'17': exclusion(true),
	'18': exclusion(false),
	'19': listExcluded,
	'20': namingScheme,
	'21': newDisks,
	'22': s => printAll(s.ctx, text.DEFAULT_LAYOUTS),
	list: listDiskInformation,
};
