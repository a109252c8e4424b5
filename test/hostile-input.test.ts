/** Inputs that once made commands fail with an internal error, or the CLI fail to read them. */
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {BUNDLE, sandbox} from './helpers/cli.js';

describe('C-SPOC option values', () => {
	it('a stray quote inside -cspoc is a usage error, not a crash', () => {
		const c = testCluster('two-node');
		for (const value of [`"-n node1'"`, `'-g rg_app"'`, `"-n 'node1"`]) {
			const result = c.refused(`cl_lsvg -cspoc ${value}`, /cl_lsvg: the -cspoc argument ".*" is not valid\.\nUsage: cl_lsvg/);
			expect(result.code).toBe(1);
			expect(result.stderr).not.toContain('internal error');
		}
	});
});

describe('C-SPOC file systems', () => {
	it('cl_rmfs where the VG is varied on a node without the /etc/filesystems stanza is refused there, changing nothing', () => {
		const c = testCluster('two-node');
		c.ok('varyonvg datavg', 'node2');
		c.ok("echo '' > /etc/filesystems", 'node2');
		const result = c.refused('/usr/es/sbin/cluster/cspoc/cl_rmfs /data', 'node2: rmfs: 0506-334 /data is not a known file system.');
		expect(result.stderr).not.toContain('internal error');
	});
});

describe('hasmit exec -', () => {
	it('reads a pipe whose writer is slow (no EAGAIN)', () => {
		const {env} = sandbox();
		const result = spawnSync('/bin/sh', ['-c', `(sleep 1; echo hostname; sleep 1; echo 'echo done') | "${process.execPath}" "${BUNDLE}" exec -`], {env, encoding: 'utf8'});
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('node1\ndone\n');
		expect(result.status).toBe(0);
	});
});
