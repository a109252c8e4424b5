/**
 * A failing command changes nothing, however it reaches the committed state:
 * the fast read paths (dcdOf, configById, runningConfig, currentView) hand out
 * committed objects read outside the transaction proxy, and a write through
 * them would outlive the transaction the command's failure drops. The types
 * refuse such a write; this command casts them away, as a careless or hostile
 * command would, and the frozen committed state still refuses it.
 */
import {defineCommand} from '../src/command/define.js';
import {original} from 'immer';
import {describe, expect, it} from 'vitest';
import {configById, dcdOf, runningConfig, type ClusterConfig} from '../src/cluster/config.js';
import {currentView} from '../src/cluster/view.js';
import type {ClusterState} from '../src/cluster/state.js';
import {testCluster} from './helpers/cluster.js';

/** Each write a command makes outside its draft, by the read path it goes through. */
const WRITES: Record<string, (state: ClusterState) => void> = {
	dcdOf: state => void (dcdOf(state, 'node1') as ClusterConfig).resourceGroups.rg_app!.nodes.push('ghost'),
	configById: state => {
		const config = configById(state, state.nodes.node2!.dcd) as ClusterConfig;
		config.appServers.ghost = {name: 'ghost', startScript: '', stopScript: ''};
	},
	runningConfig: state => void ((runningConfig(state) as ClusterConfig).settlingTime = 99),
	currentView: state => void ((currentView(state) as ClusterState).nodes.node1!.files['/ghost'] = 'boo\n'),
	'currentView of a part': state => void (currentView(state.vgda) as ClusterState['vgda'])['00c8d7b000004c02']!.pvids.push('ghost'),
	'the committed state': state => void (original(state) as ClusterState).nodes.node2!.inittab.push('ghost'),
};

describe('a failing command', () => {
	it('changes nothing through any read path: every write to committed state is refused', () => {
		const c = testCluster();
		c.ok('cl_rc.cluster -N');
		const refused: string[] = [];
		const [leak] = defineCommand({
			name: 'leak',
			dirs: ['/usr/bin'],
			summary: 'Writes through every read path, then fails.',
			run(ctx) {
				for (const [path, write] of Object.entries(WRITES)) {
					try {
						write(ctx.state);
					} catch (error) {
						if (error instanceof TypeError) refused.push(path);
						else throw error;
					}
				}
				ctx.error('leak: failed after writing');
				return 1;
			},
		});
		c.session.registry.add(leak!);
		const before = c.state;
		const copy = structuredClone(before);
		expect(c.run('leak').code).toBe(1);
		expect(dcdOf(c.state, 'node1').resourceGroups.rg_app!.nodes).toEqual(['node1', 'node2']);
		expect(c.state).toBe(before);
		expect(c.state).toEqual(copy);
		expect(refused).toEqual(Object.keys(WRITES));
	});

	it('releasing a group unmounts its listed file systems in reverse on a copy, leaving the configuration as it was', () => {
		const c = testCluster();
		c.ok('/usr/es/sbin/cluster/cspoc/cl_crfs -cspoc "-n node1,node2" -v jfs2 -g datavg -m /app -a size=262144');
		c.ok("claddres -g rg_app FILESYSTEM='/data /app'");
		c.ok('cldare -rt');
		c.ok('cl_rc.cluster -N');
		c.ok('clRGmove -g rg_app -n node1 -d');
		expect(c.file('node1', '/tmp/hacmp.out')).toMatch(/umount \/app[\s\S]*umount \/data/);
		expect(dcdOf(c.state, 'node1').resourceGroups.rg_app!.resources.filesystems).toEqual(['/data', '/app']);
	});
});
