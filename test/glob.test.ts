/** ksh's file name generation over a node's simulated files: `*`, `?`, `[...]`, quoting, no match, dot files. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

describe('file name patterns', () => {
	it('ls /dev/hdisk* lists the disks the node sees, a block and a raw device each', () => {
		const c = testCluster('two-node');
		expect(c.ok('ls /dev/hdisk*')).toBe(
			['/dev/hdisk0', '/dev/hdisk1', '/dev/hdisk2', '/dev/hdisk3', '/dev/hdisk4', '/dev/hdisk5', '/dev/hdisk6', ''].join('\n'),
		);
		expect(c.ok('ls -l /dev/rhdisk2')).toMatch(/^crw------- +1 root +system +17, +2 .* \/dev\/rhdisk2\n$/);
	});

	it('/etc/* names every entry there in name order; cat reads the files a pattern names', () => {
		const c = testCluster('two-node');
		expect(c.ok('echo /etc/*')).toBe('/etc/filesystems /etc/group /etc/hosts /etc/inittab /etc/passwd /etc/security\n');
		expect(c.ok('cat /etc/[gh]*')).toBe(c.ok('cat /etc/group /etc/hosts'));
	});

	it('? and [...] match one character, [!...] any but those; a pattern matching nothing stays as typed', () => {
		const c = testCluster('two-node');
		expect(c.ok('echo /dev/hdisk[12] /dev/hdisk?')).toBe(
			'/dev/hdisk1 /dev/hdisk2 /dev/hdisk0 /dev/hdisk1 /dev/hdisk2 /dev/hdisk3 /dev/hdisk4 /dev/hdisk5 /dev/hdisk6\n',
		);
		expect(c.ok('echo /dev/hdisk[!0-5]')).toBe('/dev/hdisk6\n');
		expect(c.ok('echo /nowhere/*.log')).toBe('/nowhere/*.log\n');
		c.refused('ls /dev/vpath*', 'ls: 0653-341 The file /dev/vpath* does not exist.');
	});

	it('quoted or escaped characters are literal; * does not match a leading dot; relative patterns start at /', () => {
		const c = testCluster('two-node');
		c.ok('echo x > /var/t/.hidden');
		c.ok('echo y > /var/t/seen');
		expect(c.ok('echo \'/var/t/*\' "/var/t/"* /var/t/\\*')).toBe('/var/t/* /var/t/seen /var/t/*\n');
		expect(c.ok('echo /var/t/.h*')).toBe('/var/t/.hidden\n');
		expect(c.ok('echo var/t/s*')).toBe('var/t/seen\n');
	});
});
