/** AIX's own SMIT screens at 80x24: the System Management menu, a part hasmit does not simulate, and an LVM dialog run through F6 and Enter. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from './helpers/keys.js';
import {menuCatalog} from './helpers/smit.js';
import {renderProduct as smitty} from './helpers/ui.js';

afterEach(() => cleanup());

describe('smitty with no fast path', () => {
	it('shows the System Management menu; Devices opens a screen saying hasmit does not simulate it, where Enter does nothing', async () => {
		const app = smitty('top_menu');
		await app.settle('Using SMIT (information only)');
		const lines = app.frame().split('\n');
		expect(lines[0]).toBe(`${' '.repeat(31)}System Management`);
		// Every item of the menu (test/aix-menus.test.ts checks them against AIX 5.2's), one a line under the header.
		expect(lines.slice(4, 18).map(l => l.trim())).toEqual(
			menuCatalog()
				.menus.get('top_menu')!
				.items.map(i => i.text),
		);
		app.stdin.write(KEY.DOWN);
		await app.press(KEY.DOWN, /^ {2}Devices/m);
		await app.press(KEY.ENTER, 'hasmit does not simulate this part of AIX.');
		expect(app.frame().split('\n')[0]!.trim()).toBe('Devices');
		await app.press(KEY.ENTER, 'hasmit does not simulate this part of AIX.');
		await app.press(KEY.F3, 'Using SMIT (information only)');
	});
});

describe('smitty mkvg', () => {
	it('lays out the Add a Volume Group dialog, shows mkvg with F6 and runs it on this node', async () => {
		const app = smitty('mkvg');
		await app.settle(/Volume Group MAJOR NUMBER +\[39\]/);
		const frame = app.frame();
		expect(frame.split('\n')[0]!.trim()).toBe('Add a Volume Group');
		// The labels of a public capture of this screen: VOLUME GROUP name, Physical partition SIZE in megabytes,
		// * PHYSICAL VOLUME names, Activate volume group AUTOMATICALLY at system restart? yes.
		expect(frame).toMatch(/^\* PHYSICAL VOLUME names +\[\] +\+$/m);
		expect(frame).toMatch(/^ {2}Activate volume group AUTOMATICALLY +yes +\+$/m);
		await app.press('appvg', /VOLUME GROUP name +\[appvg/);
		await app.press(KEY.DOWN, 'Physical partition SIZE');
		await app.press(KEY.DOWN, 'PHYSICAL VOLUME names');
		await app.press(KEY.F4, 'ONE OR MORE items can be selected.');
		expect(app.frame()).toContain('hdisk4');
		expect(app.frame()).not.toContain('hdisk2 ');
		await app.press(KEY.ENTER, /PHYSICAL VOLUME names +\[hdisk4/);
		await app.press(KEY.F6, 'SHOW COMMAND STRING');
		expect(app.frame()).toContain("| mkvg -y 'appvg' -V '39' 'hdisk4'");
		await app.press(KEY.F3, 'Add a Volume Group');
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines.at(-1)).toBe("mkvg -y 'appvg' -V '39' 'hdisk4'");
		expect(app.frame()).toContain('appvg');
		expect(app.runner.session.state.nodes.node1!.lvm.volumeGroups.appvg).toMatchObject({major: 39});
	});
});
