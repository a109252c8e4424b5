/**
 * Each release's SMIT in a real pseudo-terminal (tmux, 80x24), on the built bundle: a cluster loaded on HACMP 4.3
 * opens 4.3's smit hacmp, and its Start and Stop Cluster Services dialogs run rc.cluster and clstop; on 5.2 the same
 * dialogs run C-SPOC's cl_rc.cluster (verifying first) and cl_clstop.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey} from '../helpers/tmux.js';

const TMUX = hasTmux();
let journey: Journey | undefined;
afterEach(() => journey?.close());

/** hasmit on a two-node cluster loaded on `release`, opened at a fast path. */
function onRelease(release: string, fastPath: string): Journey {
	const state = join(mkdtempSync(join(tmpdir(), 'hasmit-release-')), 'state.json');
	const hasmit = `node dist/hasmit.mjs --state '${state}'`;
	journey = new Journey([], {command: `${hasmit} scenario load two-node --release ${release} --yes > /dev/null && ${hasmit} ${fastPath}`});
	return journey;
}

describe.skipIf(!TMUX)('each release in a terminal (tmux, 80x24)', {timeout: 60000}, () => {
	it('HACMP 4.3: smit hacmp shows the five 4.3 items; Start and Stop Cluster Services run rc.cluster and clstop', async () => {
		const j = onRelease('4.3', 'hacmp');
		const top = await j.waitFor('RAS Support');
		for (const item of ['Cluster Configuration', 'Cluster Services', 'Cluster System Management', 'Cluster Recovery Aids', 'RAS Support'])
			expect(top).toContain(`  ${item}\n`);
		expect(top).not.toContain('Extended Configuration');
		await j.key('Down', /Cluster Services/);
		await j.key('Enter', 'Start Cluster Services');
		const dialog = await j.key('Enter', '[Entry Fields]');
		expect(dialog).toMatch(/Startup Cluster Information Daemon\? +false/);
		expect(dialog).not.toContain('Manage Resource Groups');
		// F1 finds the command at 4.3's path and explains each value's flag.
		expect(await j.key('F1', 'Each value gives rc.cluster a flag')).toContain('-N: now');
		await j.key('F3', /^(?![\s\S]*Each value gives)/);
		expect(await j.key('F6', 'SHOW COMMAND STRING')).toContain("/usr/sbin/cluster/etc/rc.cluster -boot '-N' '-b'");
		await j.key('Enter', /^(?![\s\S]*SHOW COMMAND)/);
		const started = await j.key('Enter', /Command: (OK|failed)/);
		expect(started).toContain('Command: OK');
		// 4.3's rc.cluster does not verify the configuration first (automatic verification came later).
		expect(started).not.toContain('Verifying Cluster Configuration');
		await j.key('F3', '[Entry Fields]');
		await j.key('F3', 'Show Cluster Services');
		await j.key('Down', /Stop Cluster Services/);
		const stop = await j.key('Enter', '[Entry Fields]');
		expect(stop).toMatch(/BROADCAST cluster shutdown\? +true/);
		const stopped = await j.key('Enter', /Command: (OK|failed)/);
		expect(stopped).toContain('Command: OK');
		expect(stopped).toContain('Broadcast message from root@node1');
	});

	it('HACMP 4.3: Cluster System Management > Cluster Logical Volume Manager adds a shared logical volume through C-SPOC', async () => {
		const j = onRelease('4.3', 'cl_admin');
		const menu = await j.waitFor('Cluster LVM TaskGuide');
		expect(menu).toContain('  Cluster Concurrent Logical Volume Manager\n');
		await j.key('Down', /Cluster Logical Volume Manager/);
		const lvm = await j.key('Enter', 'Synchronize Shared LVM Mirrors');
		expect(lvm).not.toContain('Synchronize a Shared Volume Group Definition');
		await j.key('Down', /Shared Logical Volumes/);
		await j.key('Enter', 'Add a Shared Logical Volume');
		await j.key('Down', /Add a Shared Logical Volume/);
		const vgs = await j.key('Enter', 'datavg');
		// The list is sorted: datavg before hbvg, and the first entry is chosen.
		expect(vgs.indexOf('datavg')).toBeLessThan(vgs.indexOf('hbvg'));
		await j.key('Enter', /VOLUME GROUP name +datavg/);
		// The cursor starts on Resource Group Name: Number of LOGICAL PARTITIONS is the fourth field.
		await j.keys(['Down', 'Down', 'Down'], '[Entry Fields]');
		await j.type('4', /Number of LOGICAL PARTITIONS +\[4/);
		const shown = await j.key('F6', 'SHOW COMMAND STRING');
		expect(shown).toContain('/usr/sbin/cluster/cspoc/fix_args nop cl_mklv');
		await j.key('Enter', /^(?![\s\S]*SHOW COMMAND)/);
		const done = await j.key('Enter', /Command: (OK|failed)/);
		expect(done).toContain('Command: OK');
	});

	it("HACMP 4.3: Configure Nodes adds a node by name and Configure Network Modules shows the module's detection rate", async () => {
		const j = onRelease('4.3', 'cm_topology_43');
		await j.waitFor('Configure Network Modules');
		await j.key('Down', /Configure Nodes/);
		await j.key('Enter', 'Remove a Cluster Node');
		await j.key('Enter', '[Entry Fields]');
		await j.type('node3', /Node Names +\[node3/);
		expect(await j.key('F6', 'SHOW COMMAND STRING')).toContain("/usr/sbin/cluster/utilities/clnodename -a 'node3'");
		await j.key('Enter', /^(?![\s\S]*SHOW COMMAND)/);
		expect(await j.key('Enter', /Command: (OK|failed)/)).toContain('Command: OK');
		await j.key('F3', '[Entry Fields]');
		await j.key('F3', 'Add Cluster Nodes');
		// Back on Cluster Topology the cursor is where it was, on Configure Nodes; Configure Network Modules is two below.
		await j.key('F3', 'Configure Network Modules');
		await j.keys(['Down', 'Down'], /Configure Network Modules/);
		await j.key('Enter', 'Change / Show a Network Module');
		await j.key('Down', /Change \/ Show a Network Module/);
		await j.key('Enter', 'ether');
		expect(await j.key('Enter', '[Entry Fields]')).toMatch(/Failure Detection Rate +normal/i);
	});

	it('HACMP 5.2: Start and Stop Cluster Services run cl_rc.cluster and cl_clstop through C-SPOC', async () => {
		const j = onRelease('5.2', 'cl_manage_services');
		await j.waitFor('Stop Cluster Services');
		const dialog = await j.key('Enter', '[Entry Fields]');
		expect(dialog).toMatch(/Reacquire resources after forced down \? +false/);
		expect(dialog).not.toContain('Manage Resource Groups');
		expect(await j.key('F6', 'SHOW COMMAND STRING')).toContain('/usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster');
		await j.key('Enter', /^(?![\s\S]*SHOW COMMAND)/);
		const started = await j.key('Enter', /Command: (OK|failed)/);
		expect(started).toContain('Command: OK');
		// 5.2 verifies the configuration before it starts the node's services.
		expect(started).toContain('Verifying Cluster Configuration');
		await j.key('F3', '[Entry Fields]');
		await j.key('F3', 'Show Cluster Services');
		await j.key('Down', /Stop Cluster Services/);
		const stop = await j.key('Enter', '[Entry Fields]');
		expect(stop).toMatch(/BROADCAST cluster shutdown\? +true/);
		expect(stop).toMatch(/Shutdown mode +graceful/);
		expect(await j.key('F6', 'SHOW COMMAND STRING')).toContain('/usr/es/sbin/cluster/cspoc/fix_args nop cl_clstop');
		await j.key('Enter', /^(?![\s\S]*SHOW COMMAND)/);
		const stopped = await j.key('Enter', /Command: (OK|failed)/);
		expect(stopped).toContain('Command: OK');
		expect(stopped).toContain('Broadcast message from root@node1');
	});
});
