/** vxdiskadm in a real terminal: `hasmit shell` on the CVM master asks its questions one by one; a disk joins a shared group. */
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey} from '../helpers/tmux.js';

let journey: Journey | undefined;
afterEach(() => journey?.close());

const HASMIT = 'node dist/hasmit.mjs';

/** hasmit shell on teal, the CVM master (giga a slave), with its own state file. */
function cvmShell(): string {
	const setUp = [
		`${HASMIT} scenario load cvm --yes >/dev/null`,
		...['teal', 'giga'].map(node => `${HASMIT} exec --node ${node} 'vxclustadm startnode'`),
	];
	// Its own state file, in the journey's home: the tests' HASMIT_STATE path is shared by every test run on the machine.
	return `sh -c "export HASMIT_STATE=\\$HOME/cvm.json && ${setUp.join(' && ')} && ${HASMIT} shell --node teal"`;
}

describe.skipIf(!hasTmux())('vxdiskadm in hasmit shell', {timeout: 90000}, () => {
	it('adds c4t5d0 to the shared disk group group1 through the menus', async () => {
		const j = (journey = new Journey([], {command: cvmShell()}));
		await j.waitFor('teal:/#');
		await j.type('vxdiskadm', 'teal:/# vxdiskadm');
		await j.key('Enter', 'Select an operation to perform:');
		// The menu is longer than the terminal: its first lines have scrolled off, as on a 24-line terminal.
		expect(j.screen()).toContain(' 20     Change the disk naming scheme');
		await j.key('1', /perform: 1$/m);
		await j.key('Enter', 'Select disk devices to add: [<pattern-list>,all,list,q,?]');
		await j.key('?', /\[<pattern-list>,all,list,q,\?\] \?$/m);
		await j.key('Enter', 'Enter one or more disk device names or patterns');
		await j.type('c4t5d0', /\[<pattern-list>,all,list,q,\?\] c4t5d0$/m);
		await j.key('Enter', 'Continue operation? [y,n,q,?] (default: y)');
		await j.key('Enter', 'Which disk group [<group>,none,list,q,?] (default: rootdg)');
		await j.type('group1', /\(default: rootdg\) group1$/m);
		await j.key('Enter', 'Use a default disk name for the disk? [y,n,q,?] (default: y)');
		await j.key('Enter', 'Add disk as a spare disk for group1? [y,n,q,?] (default: n)');
		await j.key('Enter', 'Exclude disk from hot-relocation use? [y,n,q,?] (default: n)');
		await j.key('Enter', 'Continue with operation? [y,n,q,?] (default: y)');
		await j.key('Enter', 'Add or initialize other disks? [y,n,q,?] (default: n)');
		expect(j.screen()).toContain('Adding disk device c4t5d0 to disk group group1 with disk');
		await j.key('Enter', /Select an operation to perform:\s*$/m);
		await j.key('q', /perform: q$/m);
		await j.key('Enter', /Goodbye\.\nteal:\/#/);
		await j.type('vxdisk list', 'teal:/# vxdisk list');
		await j.key('Enter', /c4t5d0 +sliced +group101 +group1 +online shared/);
		await j.type('exit', /teal:\/# exit/);
		expect(await j.key('Enter', 'EXIT=')).toContain('EXIT=0');
	});

	it('marks a disk of a shared group as a spare (12), with ? help at the disk prompt', async () => {
		const j = (journey = new Journey([], {command: cvmShell()}));
		await j.waitFor('teal:/#');
		await j.type('vxdiskadm', 'teal:/# vxdiskadm');
		await j.key('Enter', 'Select an operation to perform:');
		await j.type('12', /perform: 12$/m);
		await j.key('Enter', 'Enter disk name [<disk>,list,q,?]');
		expect(j.screen()).toContain('Menu: VolumeManager/Disk/MarkSpareDisk');
		await j.key('?', /\[<disk>,list,q,\?\] \?$/m);
		await j.key('Enter', 'Enter the disk media name of a disk in an imported disk group');
		await j.type('disk02', /\[<disk>,list,q,\?\] disk02$/m);
		await j.key('Enter', 'Mark another disk as a spare? [y,n,q,?] (default: n)');
		expect(j.screen()).toContain('V-5-1-2362 Disk disk02 has subdisks: it cannot be a spare');
		await j.key('Enter', /Select an operation to perform:\s*$/m);
		await j.key('q', /perform: q$/m);
		await j.key('Enter', /Goodbye\.\nteal:\/#/);
		await j.type('exit', /teal:\/# exit/);
		expect(await j.key('Enter', 'EXIT=')).toContain('EXIT=0');
	});
});
