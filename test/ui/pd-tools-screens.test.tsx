/** Problem Determination Tools screens the simulation cannot act on: COMMAND STATUS shows the command's message, failed. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {KEY} from '../helpers/keys.js';
import {menuCatalog} from '../helpers/smit.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

it('Clear SSA Disk Fence Registers: Enter shows cl_ssa_fence saying SSA disks are not simulated, Command: failed', async () => {
	const app = renderApp({fastPath: 'cm_clear_ssa_fence', catalog: menuCatalog()});
	await app.settle('[Entry Fields]');
	expect(app.frame()).toContain('Clear SSA Disk Fence Registers');
	await app.press('hdisk2', /\[hdisk2 *\]/);
	await app.press(KEY.ENTER, 'Command: failed');
	expect(app.frame()).toMatch(/stdout: no +stderr: yes/);
	expect(app.frame()).toContain('cl_ssa_fence: SSA disks are not simulated');
	expect(app.runner.session.state.errnotify).toBeUndefined();
});
