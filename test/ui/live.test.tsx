/**
 * What stays up to date on screen: clstat in the F9 shell (a full-screen program, redrawn on each tick until q) and
 * the picture of the cluster (F12); and a command's question asked at the F9 prompt. A tick is dispatched by hand
 * here (the store sends one every so many seconds while such a screen is shown).
 */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {renderProduct} from '../helpers/ui.js';

afterEach(() => cleanup());

const F12 = '\x1b[24~';
const START_BOTH = "cl_rc.cluster -cspoc '-n node1,node2' -N -i";

describe('clstat in the F9 shell', () => {
	it('takes the screen, shows a node stopping on the next tick, pages with f and b, and q gives the prompt back', async () => {
		const app = renderProduct('cl_admin', [START_BOTH]);
		await app.settle('Manage HACMP Services');
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`clstat -a${KEY.ENTER}`, 'clstat - HACMP Cluster Status Monitor');
		const first = app.frame().split('\n');
		expect(first).not.toContain('node1:/# clstat -a');
		expect(first[22]).toBe('************************ f/forward, b/back, r/refresh, q/quit ******************');
		expect(app.frame()).toMatch(/Node: node1 +State: UP/);
		expect(app.frame()).toContain('Resource Group: rg_app                  State:  On line');
		await app.press('f', /node2_boot1 \(0\) +Address: 192\.168\.10\.12\n +State: +UP/);
		// The cluster changes (another terminal stops node2); the next tick shows it, on the page shown.
		expect(app.runner.run("cl_clstop -cspoc '-n node2' -N -s -g").code).toBe(0);
		app.store.dispatch({type: 'tick'});
		await app.settle(/node2_boot1 \(0\) +Address: 192\.168\.10\.12\n +State: +DOWN/);
		expect(app.frame().split('\n')[22]).toContain('f/forward, b/back, r/refresh, q/quit');
		await app.press('b', 'clstat - HACMP Cluster Status Monitor');
		await app.press('q', /node1:\/# clstat -a\nnode1:\/#/);
		expect(app.runner.lines.filter(line => line === 'clstat -a -o').length).toBeGreaterThan(0);
	});

	it('clstat -o prints once into the transcript, as it does in hasmit exec', async () => {
		const app = renderProduct('cl_admin', [START_BOTH]);
		await app.settle('Manage HACMP Services');
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`clstat -o${KEY.ENTER}`, /f\/forward, b\/back, r\/refresh, q\/quit \*+\nnode1:\/#/);
		expect(app.store.getState().shell?.program).toBeUndefined();
	});
});

describe('a question at the F9 prompt', () => {
	it('rmlv asks before destroying the data; the answer typed at the prompt goes to it', async () => {
		const app = renderProduct('cl_admin', ['varyonvg datavg', 'mklv -y scratch datavg 1']);
		await app.settle('Manage HACMP Services');
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`rmlv scratch${KEY.ENTER}`, /will be destroyed\.\nrmlv: Do you wish to continue\? y\(es\) n\(o\)\?\n*$/);
		await app.press(`y${KEY.ENTER}`, /rmlv: Logical volume scratch is removed\.\nnode1:\/#/);
		expect(app.frame()).toContain('rmlv: Do you wish to continue? y(es) n(o)? y');
		expect(app.runner.run('lsvg -l datavg').stdout).not.toContain('scratch');
	});

	it('Ctrl-C at the question ends the command: nothing is removed, and the prompt is back', async () => {
		const app = renderProduct('cl_admin', ['varyonvg datavg', 'mklv -y scratch datavg 1']);
		await app.settle('Manage HACMP Services');
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`rmlv scratch${KEY.ENTER}`, /y\(es\) n\(o\)\?\n*$/);
		await app.press('\x03', /y\(es\) n\(o\)\? \^C\nnode1:\/#/);
		expect(app.runner.run('lsvg -l datavg').stdout).toContain('scratch');
	});
});

describe('the picture of the cluster (F12)', () => {
	it('a failure shows on the next frame: the group that fell over is drawn where it went', async () => {
		const app = renderProduct('cl_admin', [START_BOTH]);
		await app.settle('Manage HACMP Services');
		await app.press(F12, 'CLUSTER PICTURE');
		expect(app.frame()).toMatch(/\| RG rg_app +ONLINE +\|/);
		expect(app.runner.run("cl_clstop -cspoc '-n node1' -N -s -gr").code).toBe(0);
		app.store.dispatch({type: 'tick'});
		await app.settle(/node1 ST_INIT/);
		expect(app.frame()).toMatch(/\| \| RG rg_app +OFFLINE +\| +\| /);
		expect(app.frame()).toMatch(/\| +\| RG rg_app +ONLINE +\| \|/);
	});
});
