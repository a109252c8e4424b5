/**
 * `smitty FASTPATH` typed at `hasmit shell`'s prompt opens SMIT in the terminal; F10 comes back to the prompt. clstat
 * there keeps the terminal, redrawn as the cluster changes, until q.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {hasTmux, Journey, REPO} from '../helpers/tmux.js';

let journey: Journey | undefined;
afterEach(() => journey?.close());

describe.skipIf(!hasTmux())('hasmit shell', {timeout: 60000}, () => {
	it('smitty clstart opens Start Cluster Services; F10 returns to the prompt, and exit ends with 0', async () => {
		const j = (journey = new Journey(['shell']));
		await j.waitFor('node1:/#');
		await j.type('smitty clstart', 'node1:/# smitty clstart');
		await j.key('Enter', '[Entry Fields]');
		expect(j.screen()).toContain('Start Cluster Services');
		await j.key('F10', /node1:\/# smitty clstart\nnode1:\/#$/m);
		await j.type('hostname', 'node1:/# hostname');
		await j.key('Enter', /^node1$/m);
		await j.type('exit', /node1:\/# exit/);
		const end = await j.key('Enter', 'EXIT=');
		expect(end).toContain('EXIT=0');
	});

	it('clstat -a shows the cluster and follows it: node2 stopped by another hasmit shows DOWN; q gives the prompt back', async () => {
		const j = (journey = new Journey(['shell']));
		await j.waitFor('node1:/#');
		await j.type("cl_rc.cluster -cspoc '-n node1,node2' -N -i", 'node1,node2');
		await j.key('Enter', /\nnode1:\/#$/m);
		await j.type('clstat -a', 'node1:/# clstat -a');
		await j.key('Enter', 'clstat - HACMP Cluster Status Monitor');
		expect(j.screen()).toMatch(/Node: node2 +State: UP/);
		expect(j.screen().split('\n')[23]).toContain('f/forward, b/back, r/refresh, q/quit');
		execFileSync(process.execPath, ['dist/hasmit.mjs', '--state', j.state, 'exec', "cl_clstop -cspoc '-n node2' -N -s -g"], {
			cwd: REPO,
			env: {...process.env, HOME: j.home},
		});
		await j.waitFor(/Node: node2 +State: DOWN/);
		await j.key('q', /node1:\/# clstat -a\nnode1:\/#$/m);
	});

	it("a command's question is the next prompt: rmlv asks, y at the prompt removes the LV", async () => {
		const j = (journey = new Journey(['shell']));
		await j.waitFor('node1:/#');
		await j.type('varyonvg datavg && mklv -y scratch datavg 1', 'mklv -y scratch datavg 1');
		await j.key('Enter', /^scratch$/m);
		await j.type('rmlv scratch', 'node1:/# rmlv scratch');
		await j.key('Enter', /will be destroyed\.\nrmlv: Do you wish to continue\? y\(es\) n\(o\)\?$/m);
		await j.type('y', /n\(o\)\? y$/m);
		await j.key('Enter', /rmlv: Logical volume scratch is removed\.\nnode1:\/#$/m);
	});
});
