/**
 * AIX's own SMIT in a real terminal (tmux, 80x24), on the built bundle and the sample cluster: from the System
 * Management menu down to the volume groups, a list run at once, a dialog run with Enter, and a part not simulated.
 */
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey} from './helpers/tmux.js';

let journey: Journey | undefined;
afterEach(() => journey?.close());

describe.skipIf(!hasTmux())('AIX SMIT in a terminal', {timeout: 60000}, () => {
	it('smitty → System Storage Management → LVM → Volume Groups: list them, then vary datavg on', async () => {
		const j = (journey = new Journey([]));
		await j.waitFor('Using SMIT (information only)');
		await j.keys(['Down', 'Down', 'Down', 'Enter'], 'Logical Volume Manager');
		await j.key('Enter', 'Volume Groups');
		await j.key('Enter', 'List All Volume Groups');
		// List All Volume Groups asks whether to list only the active ones; Enter lists them all.
		await j.key('Enter', 'List only the ACTIVE volume groups?');
		const listed = await j.key('Enter', 'Command: OK');
		expect(listed).toMatch(/^rootvg\nhbvg\ndatavg$/m);
		await j.keys(['F3', 'F3'], 'Activate a Volume Group');
		await j.keys(['Down', 'Down', 'Down', 'Down', 'Enter'], 'RESYNCHRONIZE stale physical partitions?');
		await j.type('datavg', /VOLUME GROUP name +\[datavg/);
		await j.key('Enter', 'Command: OK');
		await j.keys(['F3', 'F3', 'F3', 'F3', 'F3'], 'Using SMIT (information only)');
		// Devices: a screen saying hasmit does not simulate it.
		await j.keys(['Up', 'Enter'], 'hasmit does not simulate this part of AIX.');
		await j.key('F10', 'EXIT=0');
		// The state file keeps what the dialog did: datavg varied on node1, the node the terminal is on.
		expect(JSON.parse(readFileSync(j.state, 'utf8')).nodes.node1.lvm.varyon.datavg).toBe('active');
	});
});
