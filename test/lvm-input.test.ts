/**
 * Bad input to the LVM commands: each refuses it with an AIX-style message
 * and a non-zero exit, and changes nothing. The command line is checked
 * before anything is looked up, so a bad flag value is reported as such
 * even where the change itself could not be made.
 */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const CS = '/usr/es/sbin/cluster/cspoc';
const DATAVG = '00c8d7b000004c02';

describe('the command line is checked before anything is looked up', () => {
	it('reports a bad flag value with Usage, not that the VG is varied off or unknown', () => {
		const c = testCluster();
		const copies = c.refused('mklv -c x datavg 4', 'mklv: The number of copies must be a number greater than 0, not x.');
		expect(copies.stderr).toContain('Usage: mklv');
		c.refused('mklv -t bogus novg 4', 'mklv: The -t flag takes jfs, jfs2, jfslog, jfs2log, raw, paging, boot, sysdump, not bogus.');
		c.refused(`${CS}/cl_chlv -w q datalv`, /cl_chlv: The -w flag takes y, n, p, a, not q.\nUsage: cl_chlv/);
		c.refused(`${CS}/cl_chvg -Q x novg`, /cl_chvg: The -Q flag takes y, n, not x.\nUsage: cl_chvg/);
		c.refused(`${CS}/cl_mirrorvg -c x novg`, /cl_mirrorvg: The number of copies must be a number greater than 0, not x./);
		c.refused(`${CS}/cl_chfs -a size=abc /nofs`, /cl_chfs: 0506-919 The size abc is not valid/);
		c.refused(`${CS}/cl_crfs -v jfs2 -g novg -m /new -a bogus=1`, /cl_crfs: 0506-925 bogus is not a file system attribute./);
		c.refused('syncvg datavg', /syncvg: Give exactly one of -l, -p and -v.\nUsage: syncvg/);
	});

	it('refuses a change with nothing to change, and operands it does not take', () => {
		const c = testCluster();
		c.refused(`${CS}/cl_chlv datalv`, /^Usage: cl_chlv/);
		c.refused(`${CS}/cl_chfs /data`, /^Usage: cl_chfs/);
		c.refused(`${CS}/cl_chfs -a agblksize=4096 /data`, /^Usage: cl_chfs/);
		c.refused(`${CS}/cl_chvg datavg`, /^Usage: cl_chvg/);
		c.refused(`${CS}/cl_chvg -a y datavg othervg`, /^Usage: cl_chvg/);
		c.refused(`${CS}/cl_replacepv hdisk2 hdisk4 hdisk5`, /^Usage: cl_replacepv/);
		c.refused(`${CS}/cl_rmfs /data /other`, /^Usage: cl_rmfs/);
	});

	it('checks crfs -A under C-SPOC too, though C-SPOC never sets automatic mount', () => {
		const c = testCluster();
		c.refused(`${CS}/cl_crfs -v jfs2 -g datavg -m /new -a size=64M -A x`, /cl_crfs: The -A flag takes yes, no, not x./);
		c.ok(`${CS}/cl_crfs -v jfs2 -g datavg -m /new -a size=64M -A yes`);
		expect(c.state.nodes.node1!.lvm.filesystems['/new']!.mount).toBe('false');
	});
});

describe('changes to several LVs are all or nothing, in what they print too', () => {
	it('rmlv names an unknown LV before it removes (or says it removes) any', () => {
		const c = testCluster();
		const result = c.refused(`${CS}/cl_rmlv datalv nolv`, /node1: 0516-306 getlvodm: Unable to find {2}nolv in the Device/);
		expect(result.stdout).toBe('');
		c.ok('varyonvg datavg');
		const open = c.refused('rmlv -f datalv nolv', /0516-306 getlvodm: Unable to find {2}nolv/);
		expect(open.stdout).toBe('');
	});
});

describe('mklvcopy places the new copies by its flags', () => {
	it('sets the intra-disk policy and upper bound it is given, as extendlv does', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_extendvg datavg hdisk4`);
		c.ok(`${CS}/cl_mklvcopy -a e -u 2 datalv 3`);
		const lv = c.state.vgda[DATAVG]!.lvs.datalv!;
		expect(lv).toMatchObject({intraPolicy: 'edge', upperBound: 2});
		expect(lv.copies).toHaveLength(3);
	});
});

describe('values out of range and names that lead nowhere', () => {
	it('refuses a major number beyond 511 before looking at the disks', () => {
		const c = testCluster();
		c.refused('mkvg -V 512 -y appvg hdisk4', /mkvg: The major number must be less than 512, not 512. lvlstmajor lists the free ones.\nUsage: mkvg/);
		c.refused(`${CS}/cl_mkvg -V 99999 -y appvg hdisk4`, /cl_mkvg: The major number must be less than 512, not 99999./);
		c.refused('importvg -V 600 hdisk9', /importvg: The major number must be less than 512, not 600./);
		c.refused(`${CS}/cl_importvg -V 999 -y appvg hdisk9`, /cl_importvg: The major number must be less than 512, not 999./);
		expect(c.ok('mkvg -V 511 -y appvg hdisk4')).toBe('appvg\n');
	});

	it('cl_lsfs, as lsfs, names the file systems a node has no stanza for and exits 1', () => {
		const c = testCluster();
		const result = c.run(`${CS}/cl_lsfs /nofs`);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			"node1: lsfs: No record matching '/nofs' was found in /etc/filesystems.\nnode2: lsfs: No record matching '/nofs' was found in /etc/filesystems.\n",
		);
		expect(c.run(`${CS}/cl_lsfs /data`).code).toBe(0);
	});

	it("an F4 list for a dialog's VG field refuses an empty or unshared VG instead of listing nothing", () => {
		const c = testCluster();
		c.refused('/usr/es/sbin/cluster/sbin/cl_lsshlvs -t jfslog,jfs2log novg', 'cl_lsshlvs: novg is not a shared volume group.');
		c.refused(
			"/usr/es/sbin/cluster/sbin/cl_lsshlvs -t jfslog,jfs2log ''",
			'cl_lsshlvs: No volume group was named: choose a shared volume group first.',
		);
		c.refused("/usr/es/sbin/cluster/sbin/cl_lspvids -v ''", 'cl_lspvids: No volume group was named: choose a shared volume group first.');
		expect(c.ok('/usr/es/sbin/cluster/sbin/cl_lsshlvs -t jfslog,jfs2log datavg')).toMatch(/^datavg +dataloglv$/m);
	});

	it('the disk lists name an unknown node as C-SPOC does', () => {
		const c = testCluster();
		c.refused('/usr/es/sbin/cluster/sbin/cl_lspvids -f node1,node9', 'cl_lspvids: node9 is not a cluster node. The cluster nodes are: node1, node2.');
		expect(c.ok('/usr/es/sbin/cluster/sbin/cl_lspvids -f node2')).toContain('00c8d7b0a1b2c304 ( hdisk4 on all selected nodes )');
	});

	it('cl_lvmdefaults needs the name of what the dialog changes, and takes nothing else', () => {
		const c = testCluster();
		for (const line of ['vg', "vg ''", 'lv', 'fs', 'pv', 'mkvg extra', 'import datavg']) {
			c.refused(`/usr/es/sbin/cluster/sbin/cl_lvmdefaults ${line}`, /^Usage: cl_lvmdefaults/);
		}
		expect(c.ok('/usr/es/sbin/cluster/sbin/cl_lvmdefaults mkvg -C')).toContain('Fast Disk Takeover');
	});
});
