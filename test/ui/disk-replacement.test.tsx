/** Cluster Disk Replacement (study guide §8.3.3) through SMIT: the failed disk is in the list, and replacing it works. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {KEY} from '../helpers/keys.js';
import {renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

const FAILED = '00c8d7b0a1b2c302 ( hdisk2 on all cluster nodes )  datavg';

it('lists the failed disk of datavg, and replaces it by a free one', async () => {
	// The cluster up, datavg varied on without quorum checking (so it stays on when one of its two disks fails).
	const app = smitty('cl_replacepv_select', [
		'/usr/es/sbin/cluster/etc/rc.cluster -boot -N',
		'chvg -Qn datavg',
		'/usr/lpp/hasmit/bin/hasmit_disk fail hdisk2',
	]);
	await app.settle(FAILED);
	await app.press(KEY.DOWN + KEY.ENTER, '[Entry Fields]');
	expect(app.frame()).toMatch(/SOURCE Disk +00c8d7b0a1b2c302/);
	for (let i = 0; i < 3; i++) app.stdin.write(KEY.DOWN);
	await app.press(KEY.DOWN + KEY.F4, '00c8d7b0a1b2c304 ( hdisk4 on all cluster nodes )');
	await app.press(KEY.ENTER, /DESTINATION Disk +\[00c8d7b0a1b2c304 *\]/);
	await app.press(KEY.ENTER, /Command: (OK|failed)/);
	expect(app.frame()).toContain('Command: OK');
	const datavg = Object.values(app.runner.session.state.vgda).find(vg => vg.pvids.includes('00c8d7b0a1b2c303'))!;
	expect([...datavg.pvids].sort()).toEqual(['00c8d7b0a1b2c303', '00c8d7b0a1b2c304']);
});
