/**
 * Each release's SMIT in a real pseudo-terminal (tmux, 80x24), on the built bundle: a cluster loaded on HACMP 4.3
 * opens 4.3's smit hacmp, and its Start and Stop Cluster Services dialogs run rc.cluster and clstop.
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
		expect(started).toContain('Verifying Cluster Configuration Prior to Starting Cluster Services.');
		await j.key('F3', '[Entry Fields]');
		await j.key('F3', 'Show Cluster Services');
		await j.key('Down', /Stop Cluster Services/);
		const stop = await j.key('Enter', '[Entry Fields]');
		expect(stop).toMatch(/BROADCAST cluster shutdown\? +true/);
		const stopped = await j.key('Enter', /Command: (OK|failed)/);
		expect(stopped).toContain('Command: OK');
		expect(stopped).toContain('Broadcast message from root@node1');
	});

	it('HACMP 5.2: smit clstart is 5.2 Start Cluster Services', async () => {
		const j = onRelease('5.2', 'clstart');
		const dialog = await j.waitFor('[Entry Fields]');
		expect(dialog).toMatch(/Reacquire resources after forced down \? +false/);
		expect(dialog).not.toContain('Manage Resource Groups');
	});
});
