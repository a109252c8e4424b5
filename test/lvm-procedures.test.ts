/**
 * The seed's two procedures, step by step: the manual update of a shared VG
 * on the other node (§8.4.1), through the built `hasmit exec` as an
 * administrator would type it; and the split-mirror backup (§8.7.1).
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const dir = mkdtempSync(join(tmpdir(), 'hasmit-lvm-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** One command line on one node through the bundle, as `hasmit exec --node` runs it. */
function exec(state: string, node: string, line: string): {code: number; stdout: string; stderr: string} {
	try {
		const stdout = execFileSync(process.execPath, ['dist/hasmit.mjs', 'exec', '--state', state, '--node', node, line], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		return {code: 0, stdout, stderr: ''};
	} catch (error) {
		const e = error as {status: number; stdout: string; stderr: string};
		return {code: e.status, stdout: e.stdout, stderr: e.stderr};
	}
}

/**
 * The manual procedure starts the bundle some forty times, one process per
 * step as an administrator types them: half a second each on a busy
 * machine, which the default 20 s per test does not always cover.
 */
const EXEC_TIMEOUT = 90_000;

describe('the manual update procedure (§8.4.1) through hasmit exec', () => {
	it(
		'stop HA, change the VG, umount, varyoff; on the other node exportvg, importvg with the same major, chvg -a n, mount, test, umount, varyoff; ' +
			'restart HA',
		() => {
			const state = join(dir, 'manual.json');
			const ok = (node: string, line: string) => {
				const result = exec(state, node, line);
				expect(result, `${node}: ${line}`).toMatchObject({code: 0});
				return result.stdout;
			};
			ok('node1', 'rc.cluster -N');
			ok('node2', 'rc.cluster -N');
			expect(ok('node1', 'clRGinfo')).toMatch(/rg_app +ONLINE +node1/);

			// Stop HA, so that nothing but the administrator touches the shared VG.
			ok('node1', 'clstop -g -N');
			ok('node2', 'clstop -g -N');
			// Change the LVM on node1.
			ok('node1', 'varyonvg datavg');
			expect(ok('node1', 'mklv -y newlv -t jfs2 datavg 8')).toBe('newlv\n');
			expect(ok('node1', 'crfs -v jfs2 -d newlv -m /newfs')).toContain('File system created successfully.');
			expect(ok('node1', 'lsvg -l datavg')).toMatch(/newlv +jfs2 +8 +8 +1 +closed\/syncd +\/newfs/);
			ok('node1', 'mount /newfs');
			// umount fs, varyoffvg.
			ok('node1', 'umount /newfs');
			ok('node1', 'varyoffvg datavg');

			// node2 does not know the change yet: its ODM and /etc/filesystems are stale.
			expect(exec(state, 'node2', 'lslv newlv').stderr).toBe('0516-306 : Unable to find  newlv in the Device\n\tConfiguration Database.\n');
			expect(exec(state, 'node2', 'lsfs /newfs').code).toBe(1);
			// exportvg, then importvg from one of its disks with the same major number.
			ok('node2', 'exportvg datavg');
			expect(ok('node2', 'lspv')).toMatch(/hdisk2 +00c8d7b0a1b2c302 +None/);
			// 50 is free again on node2: import with the major the VG has on node1.
			expect(ok('node2', 'lvlstmajor')).toBe('39...50,52...\n');
			expect(ok('node2', 'importvg -V 50 -y datavg hdisk2')).toBe('datavg\n');
			expect(ok('node2', 'lsvg datavg')).toMatch(/AUTO ON: +yes/);
			// The VG must not vary on at boot: HACMP does that.
			ok('node2', 'chvg -a n datavg');
			expect(ok('node2', 'lsvg datavg')).toMatch(/AUTO ON: +no/);
			// mount, test, umount, varyoffvg.
			ok('node2', 'mount /newfs');
			ok('node2', 'mount /data');
			expect(ok('node2', 'mount')).toMatch(/\/dev\/newlv +\/newfs +jfs2 .* rw,log=\/dev\/dataloglv/);
			expect(ok('node2', 'lsvg -l datavg')).toMatch(/newlv +jfs2 +8 +8 +1 +open\/syncd +\/newfs/);
			ok('node2', 'umount /newfs');
			ok('node2', 'umount /data');
			ok('node2', 'varyoffvg datavg');

			// Restart HA: node2 took over without any lazy update, since its definition is current.
			ok('node1', 'rc.cluster -N');
			ok('node2', 'rc.cluster -N');
			ok('node1', 'clstop -gr -N');
			expect(ok('node2', 'clRGinfo')).toMatch(/rg_app +OFFLINE +node1\n +ONLINE +node2/);
			expect(ok('node2', 'cat /tmp/hacmp.out')).not.toContain('cl_vgsync');
			expect(ok('node2', 'mount')).toMatch(/\/dev\/newlv +\/newfs/);
		},
		EXEC_TIMEOUT,
	);
});

describe('the split-mirror backup (§8.7.1)', () => {
	it('lsvg -l, umount, splitlvcopy, mount, a read-only file system on the split copy, backup, rmfs, mklvcopy and syncvg', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		// 1. Find the LV of the file system, and check it has a mirror copy.
		expect(c.ok('lsvg -l datavg')).toMatch(/datalv +jfs2 +64 +128 +2 +open\/syncd +\/data/);
		// 2. Stop the application and unmount: splitlvcopy needs the LV closed.
		c.ok('umount /data');
		// 3. Split the mirror: one copy stays datalv, the other becomes newlv.
		expect(c.ok('splitlvcopy -y newlv datalv 1')).toBe('newlv\n');
		// 4. Mount the file system again and restart the application.
		c.ok('mount /data');
		expect(c.ok('lsvg -l datavg')).toMatch(/datalv +jfs2 +64 +64 +1 +open\/syncd +\/data\nnewlv +jfs2 +64 +64 +1 +closed\/syncd +N\/A/);
		// 5. A file system on newlv: a stanza in /etc/filesystems, mounted read-only.
		c.ok(
			"echo '/backup:\\n\\tdev\\t\\t= /dev/newlv\\n\\tvfs\\t\\t= jfs2\\n\\tlog\\t\\t= /dev/dataloglv\\n\\tmount\\t\\t= false\\n\\toptions\\t\\t= " +
				"ro\\n\\taccount\\t\\t= false\\n' >> /etc/filesystems",
		);
		c.ok('mount /backup');
		expect(c.ok('mount')).toMatch(/\/dev\/newlv +\/backup +jfs2 +Nov 21 12:00 ro,log=\/dev\/dataloglv/);
		// 6. Back it up.
		expect(c.ok('backup -0 -u -f /dev/rmt0 /backup')).toContain('backup: Backing up /dev/rnewlv (/backup) to /dev/rmt0.');
		expect(c.file('node1', '/etc/dumpdates')).toContain('/dev/rnewlv 0 ');
		// 7. Remove newlv (and its stanza).
		c.ok('umount /backup');
		expect(c.ok('rmfs /backup')).toBe('rmlv: Logical volume newlv is removed.\n');
		expect(c.state.nodes.node1!.lvm.filesystems['/backup']).toBeUndefined();
		// 8. Mirror datalv again and synchronize the new copy.
		c.ok('mklvcopy datalv 2');
		expect(c.ok('lsvg -l datavg')).toMatch(/datalv +jfs2 +64 +128 +2 +open\/stale +\/data/);
		c.ok('syncvg -l datalv');
		expect(c.ok('lsvg -l datavg')).toMatch(/datalv +jfs2 +64 +128 +2 +open\/syncd +\/data/);
		const lv = c.state.vgda['00c8d7b000004c02']!.lvs.datalv!;
		expect(lv.copies.map(copy => copy[0]!.pvid)).toEqual(['00c8d7b0a1b2c302', '00c8d7b0a1b2c303']);
	});
});
