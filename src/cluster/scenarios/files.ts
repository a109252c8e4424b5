/** The files a freshly installed cluster node has: name resolution, clcomdES rhosts, application scripts, empty logs. */
import type {ClusterConfig} from '../config.js';
import {CLHOSTS, CLUSTER_LOG, CM_LOG, CSPOC_LOG, CLVERIFY_LOG, EMUHACMP_OUT, HACMP_OUT, RHOSTS} from '../files.js';

export function nodeFiles(config: ClusterConfig): Record<string, string> {
	const labels = Object.values(config.ipLabels);
	const hosts = ['# /etc/hosts', '127.0.0.1\t\tloopback localhost', ...labels.map(l => `${l.address}\t${l.label}`)].join('\n');
	const bootAddresses = labels.filter(l => l.role === 'boot').map(l => l.address);
	const files: Record<string, string> = {
		'/etc/hosts': `${hosts}\n`,
		[RHOSTS]: bootAddresses.map(a => `${a}\n`).join(''),
		[CLHOSTS]: bootAddresses.map(a => `${a}\n`).join(''),
		[HACMP_OUT]: '',
		[CLUSTER_LOG]: '',
		[CSPOC_LOG]: '',
		[CM_LOG]: '',
		[EMUHACMP_OUT]: '',
		[CLVERIFY_LOG]: '',
	};
	for (const server of Object.values(config.appServers)) {
		files[server.startScript] = `#!/bin/ksh\n# Start ${server.name}\n/usr/local/app/bin/${server.name} start\nexit 0\n`;
		files[server.stopScript] = `#!/bin/ksh\n# Stop ${server.name}\n/usr/local/app/bin/${server.name} stop\nexit 0\n`;
	}
	return files;
}
