/**
 * The journey in a real terminal (tmux, 80x24): from `bare`, a two-node cluster built through SMIT only,
 * one fast path a step over a shared state file: cluster, nodes and networks (Add Nodes to an HACMP Cluster), a
 * disk heartbeat network and its two devices (Extended Topology), a service label, a resource group and its
 * resources, verify and synchronize, start; then the F9 shell shows the group ONLINE (clRGinfo) and the service
 * alias (netstat -in).
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey, REPO} from '../helpers/tmux.js';

const dir = mkdtempSync(join(tmpdir(), 'hasmit-topology-'));
const state = join(dir, 'state.json');
let journey: Journey | undefined;
afterEach(() => journey?.close());
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** SMIT on the shared state at a fast path. */
const smitty = (fastPath: string) => (journey = new Journey([], {command: `node dist/hasmit.mjs --state '${state}' ${fastPath}`}));

/** Enter on a filled dialog: COMMAND STATUS must say OK; then F10. */
async function doIt(j: Journey): Promise<string> {
	const status = await j.key('Enter', /Command: (OK|failed)/);
	expect(status).toContain('Command: OK');
	await j.key('F10', 'EXIT=0');
	return status;
}

describe.skipIf(!hasTmux())('building a cluster from bare through SMIT (tmux, 80x24)', {timeout: 120000}, () => {
	it('cluster and nodes from communication paths, disk heartbeat, service label, group, resources, verify and synchronize, start', async () => {
		execFileSync(process.execPath, ['dist/hasmit.mjs', 'scenario', 'load', 'bare', '--yes', '--state', state], {cwd: REPO});

		let j = smitty('cm_add_nodes_std');
		await j.waitFor('Add Nodes to an HACMP Cluster');
		await j.type('democluster', /Cluster Name +\[democluster/);
		await j.key('Down', /New Nodes/);
		await j.type('node1_boot1 node2_boot1', /node2_boot1 ?\]/);
		const nodes = await doIt(j);
		expect(nodes).toContain('Discovering IP Network Connectivity');

		// A disk heartbeat network on hdisk1 (hbvg, enhanced concurrent): the Device Path's F4 lists the disks discovered, by PVID.
		j = smitty('cm_add_serial_network');
		await j.waitFor('[Entry Fields]');
		await j.key('Down', /Network Type/);
		await j.keys(['Tab', 'Tab', 'Tab'], /Network Type +diskhb/);
		await doIt(j);
		for (const node of ['node1', 'node2']) {
			j = smitty('cm_add_device');
			await j.waitFor('[Entry Fields]');
			await j.type(`${node}_hdisk1_01`, new RegExp(`\\[${node}_hdisk1_01`));
			await j.key('Down', /Device Path/);
			await j.key('F4', /\/dev\/tty1 +serial +node2/);
			// The serial devices of both nodes (tty0, tty1 each), then node1's disks: hdisk0 (rootvg), hdisk1.
			for (let i = 0; i < 5; i++) await j.key('Down', /./);
			await j.key('Enter', /Device Path +\[\/dev\/hdisk1/);
			await j.key('Down', /./);
			await j.type('net_diskhb_01', /\[net_diskhb_01/);
			await j.key('Down', /./);
			await j.type(node, new RegExp(`Node Name +\\[${node}`));
			await doIt(j);
		}

		j = smitty('cm_add_service_label');
		await j.waitFor('Add a Service IP Label/Address');
		await j.key('F4', 'app_svc');
		await j.key('Enter', /IP Label\/Address +\[app_svc/);
		await j.key('Down', /Network Name/);
		await j.type('net_ether_01', /\[net_ether_01/);
		await doIt(j);

		j = smitty('cm_add_grp_std'); // the standard path's: no inter-site policy
		await j.waitFor('[Entry Fields]');
		await j.type('rg_app', /\[rg_app/);
		await j.key('Down', /Participating Nodes/);
		await j.type('node1 node2', /\[node1 node2/);
		await doIt(j);

		j = smitty('cm_ch_std_res_select');
		await j.waitFor('rg_app');
		await j.key('Enter', /Service IP Labels\/Addresses/);
		for (let i = 0; i < 5; i++) await j.key('Down', /./);
		await j.type('app_svc', /Service IP Labels\/Addresses +\[app_svc/);
		await j.key('Down', /./);
		await j.key('Down', /./);
		await j.type('datavg', /Volume Groups +\[datavg/);
		await doIt(j);

		j = smitty('cm_ver_and_sync');
		const synced = await j.waitFor(/Command: (OK|failed)/, 30000);
		expect(synced).toContain('Command: OK');
		await j.key('F10', 'EXIT=0');

		j = smitty('clstart');
		await j.waitFor('[Entry Fields]');
		await j.key('Enter', /Command: (OK|failed)/);
		await j.waitFor('Command: OK');
		await j.key('F9', 'node1:/#');
		await j.type('clRGinfo', 'node1:/# clRGinfo');
		await j.key('Enter', /rg_app +ONLINE +node1/);
		await j.type('netstat -in', 'node1:/# netstat -in');
		const netstat = await j.key('Enter', /lo0 +16896 +::1/);
		expect(netstat).toMatch(/^en\d +1500 +10\.10\.10 +10\.10\.10\.100 /m);
		await j.type('exit', 'node1:/# exit');
		await j.key('Enter', 'COMMAND STATUS');
		await j.key('F10', 'EXIT=0');
	});
});
