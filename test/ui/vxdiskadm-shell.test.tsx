/** vxdiskadm at the F9 prompt: each question becomes the prompt, the next line typed its answer. */
import {freeze} from 'immer';
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {withoutPrototypes} from '../../src/cluster/records.js';
import {cvmScenario} from '../../src/cluster/vxvm/scenario.js';
import {runLine} from '../../src/command/shell.js';
import {KEY} from '../helpers/keys.js';
import {memoryRunner} from '../helpers/runner.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

it('adds a disk to a shared disk group through vxdiskadm in the F9 shell', async () => {
	const runner = memoryRunner();
	runner.session.state = freeze(withoutPrototypes(cvmScenario(Date.UTC(2026, 10, 21, 12))), true);
	runner.session.node = 'teal';
	runLine(runner.session, 'vxclustadm startnode');
	const app = renderApp({runner});
	await app.settle('Demo Tasks');
	await app.press(KEY.F9, 'node1:/#');
	await app.press(`vxdiskadm${KEY.ENTER}`, /^Select an operation to perform:$/m);
	await app.press(`1${KEY.ENTER}`, 'Select disk devices to add: [<pattern-list>,all,list,q,?]');
	await app.press(`c4t5d0${KEY.ENTER}`, 'Continue operation? [y,n,q,?] (default: y)');
	await app.press(KEY.ENTER, 'Which disk group [<group>,none,list,q,?] (default: rootdg)');
	await app.press(`group1${KEY.ENTER}`, 'Use a default disk name for the disk? [y,n,q,?] (default: y)');
	await app.press(KEY.ENTER, 'Add disk as a spare disk for group1?');
	await app.press(KEY.ENTER, 'Exclude disk from hot-relocation use?');
	await app.press(KEY.ENTER, 'Continue with operation? [y,n,q,?] (default: y)');
	await app.press(KEY.ENTER, 'Add or initialize other disks? [y,n,q,?] (default: n)');
	expect(app.frame()).toContain('Adding disk device c4t5d0 to disk group group1 with disk');
	await app.press(KEY.ENTER, /^Select an operation to perform:$/m);
	await app.press(`q${KEY.ENTER}`, /Goodbye\.\nnode1:\/#/);
	expect(runLine(runner.session, 'vxdisk list').stdout).toMatch(/^c4t5d0 +sliced +group101 +group1 +online shared$/m);
});
