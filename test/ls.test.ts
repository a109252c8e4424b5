/** ls on a node: the simulated files, the LVM device files with their majors, the users' home directories. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

describe('ls', () => {
	it('ls -l /dev/datavg shows the major number the node imported the VG with (§8.4 checks it on every node)', () => {
		const c = testCluster('two-node');
		c.arrange(s => {
			s.nodes.node2!.lvm.volumeGroups.datavg!.major = 61;
		});
		expect(c.ok('ls -l /dev/datavg')).toBe('crw-rw----   1 root     system     50,  0 Nov 21 12:00 /dev/datavg\n');
		expect(c.ok('ls -l /dev/datavg', 'node2')).toContain('  61,  0 ');
	});

	it('each LV is a block device and a raw device with the VG major and its own minor', () => {
		const c = testCluster('two-node');
		const dev = c.ok('ls -l /dev/datalv /dev/rdatalv');
		expect(dev).toMatch(/^brw-rw---- +1 root +system +50, +\d+ .* \/dev\/datalv$/m);
		expect(dev).toMatch(/^crw-rw---- +1 root +system +50, +\d+ .* \/dev\/rdatalv$/m);
		expect(c.ok('ls /dev').split('\n')).toEqual(expect.arrayContaining(['datavg', 'datalv', 'rdatalv']));
	});

	it('a VG exported from a node leaves no device files there', () => {
		const c = testCluster('two-node');
		c.ok('exportvg datavg', 'node2');
		c.refused('ls /dev/datavg', 'ls: 0653-341 The file /dev/datavg does not exist.', 'node2');
	});

	it('home directories come from the users domain, owned by their users; -d lists a directory itself', () => {
		const c = testCluster('two-node');
		c.ok('mkuser jdoe');
		expect(c.ok('ls -l /home')).toMatch(/^drwxr-x--- +2 jdoe +staff +512 Nov 21 12:00 jdoe$/m);
		expect(c.ok('ls /home')).toContain('jdoe\n');
		expect(c.ok('ls -d /home')).toBe('/home\n');
		expect(c.ok('ls -ld /home')).toMatch(/^drwxr-xr-x +2 root +system +512 .* \/home\n$/);
	});

	it('-a adds . and .. and dot files; files are listed before directories, a missing one is refused with exit 2', () => {
		const c = testCluster('two-node');
		c.ok('echo x > /tmp/.hidden');
		expect(c.ok('ls /tmp')).not.toContain('.hidden');
		expect(c.ok('ls -a /tmp')).toMatch(/^\.\n\.\.\n\.hidden\n/);
		const r = c.run('ls /nothing /etc/inittab');
		expect(r.stdout).toBe('/etc/inittab\n');
		expect(r.stderr).toBe('ls: 0653-341 The file /nothing does not exist.\n');
		expect(r.code).toBe(2);
	});
});
