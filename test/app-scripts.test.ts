/** §8.7.1: an application server's start and stop scripts run by hand on a node stop and start the application there. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const running = (cluster: ReturnType<typeof testCluster>, node: string) => Object.keys(cluster.session.state.nodes[node]!.apps);

describe('application server scripts run by hand', () => {
	it('the stop script stops app_srv on the node it runs on, the start script starts it again', () => {
		const cluster = testCluster();
		cluster.ok('/usr/es/sbin/cluster/etc/rc.cluster -boot -N');
		expect(running(cluster, 'node1')).toEqual(['app_srv']);
		expect(cluster.run('/usr/local/ha/stop_app.sh').code).toBe(0);
		expect(running(cluster, 'node1')).toEqual([]);
		expect(cluster.run('/usr/local/ha/start_app.sh').code).toBe(0);
		expect(running(cluster, 'node1')).toEqual(['app_srv']);
		expect(cluster.ok('clRGinfo')).toMatch(/rg_app +ONLINE +node1/);
	});

	it('any other file, or a script missing on the node, is not a command', () => {
		const cluster = testCluster();
		cluster.refused('/etc/hosts', 'ksh: /etc/hosts:  not found.');
		cluster.arrange(state => {
			delete state.nodes.node2!.files['/usr/local/ha/start_app.sh'];
		});
		cluster.refused('/usr/local/ha/start_app.sh', 'ksh: /usr/local/ha/start_app.sh:  not found.', 'node2');
		expect(running(cluster, 'node2')).toEqual([]);
	});
});
