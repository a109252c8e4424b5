/**
 * Issue 11's journey in a real terminal (tmux, 80x24, the built bundle): node1 crashed from the Fault Injection menu,
 * then, in the F9 shell, clstat -a shows node1 DOWN and rg_app online on node2 once the keep-alives have timed out.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey} from '../helpers/tmux.js';

let journey: Journey | undefined;
afterEach(() => journey?.close());

describe.skipIf(!hasTmux())('fault injection in a terminal (tmux, 80x24)', {timeout: 60000}, () => {
	it('Power Off a Node (node1 from F4), then clstat -a in the F9 shell: node1 DOWN, rg_app On line on node2', async () => {
		const state = join(mkdtempSync(join(tmpdir(), 'hasmit-fault-')), 'state.json');
		const hasmit = `node dist/hasmit.mjs --state '${state}'`;
		const j = (journey = new Journey([], {command: `${hasmit} exec 'cl_rc.cluster -N -i' >/dev/null && ${hasmit} --node node2 cm_fault_menu`}));
		await j.waitFor('Fault Injection (simulation only)');
		await j.key('Enter', 'Power Off a Node (simulation only)');
		await j.key('F4', 'node1');
		await j.key('Enter', /Node +\[node1 *\]/);
		await j.key('Enter', 'node1 is powered off.');
		await j.key('F9', 'node2:/#');
		await j.type('sleep 20', 'node2:/# sleep 20');
		await j.key('Enter', /sleep 20\nnode2:\/#/);
		await j.type('clstat -a', 'node2:/# clstat -a');
		const first = await j.key('Enter', 'f/forward, b/back, r/refresh, q/quit');
		expect(first).toMatch(/Node: node1 +State: DOWN/);
		expect(first).toMatch(/Node: node2 +State: UP/);
		// The groups are on the next page of the display.
		const next = await j.key('f', 'Resource Group: rg_app');
		expect(next).toMatch(/Resource Group: rg_app +State: +On line/);
		// clstat -a keeps the screen until q, as the ASCII clstat does.
		await j.key('q', /clstat -a\nnode2:\/#/);
	});
});
