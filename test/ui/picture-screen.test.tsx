/** F12 from any screen: the picture of the cluster as the last command left it, in a pop-up at 80x24. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

const F12 = '\x1b[24~';

describe('F12: the picture of the cluster', () => {
	it('draws the nodes, networks, VG and group over the menu, and the next picture shows a move made meanwhile', async () => {
		const app = smitty('cl_rg_move_select', ["cl_rc.cluster -cspoc '-n node1,node2' -N"]);
		await app.settle(/rg_app +ONLINE +node1/);
		await app.press(F12, 'CLUSTER PICTURE');
		const frame = app.frame();
		expect(frame).toContain('| Cluster prodcluster: 2 nodes, 1 resource groups');
		expect(frame).toContain('| +- node1 ST_STABLE ---------------+  +- node2 ST_STABLE ---------------+ |');
		expect(frame).toContain('| |      node1_pers  persistent     |  |      node2_pers  persistent     | |');
		expect(frame).toContain('| | /dev/hdisk1 net_diskhb_01       |  | RG rg_app         OFFLINE       | |');
		expect(frame).toContain('| | VG datavg active: hdisk2 hdisk3 |  |                                 | |');
		expect(frame).toContain('| | RG rg_app         ONLINE        |  |                                 | |');
		expect(frame).toContain('| -----+--- net_diskhb_01 (diskhb, serial) -+----------------------------- |');
		expect(frame.split('\n').length).toBeLessThanOrEqual(23);
		await app.press(KEY.F3, /rg_app +ONLINE +node1/);
		await app.press(KEY.ENTER, 'Denotes Originally Configured Highest Priority Node');
		await app.press(KEY.ENTER, /Destination Node +node2/);
		await app.press(KEY.ENTER, 'Resource group movement successful.');
		await app.press(F12, 'CLUSTER PICTURE');
		expect(app.frame()).toMatch(/\| \| RG rg_app +OFFLINE +\| +\| \S.*\| \|\n/);
		expect(app.frame()).toContain('|  | VG datavg active: hdisk2 hdisk3 | |');
	});
});
