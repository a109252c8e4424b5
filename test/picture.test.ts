/** The picture of the cluster: nodes, networks, volume groups and groups at a glance, fitting 80x24 for the small samples. */
import {describe, expect, it} from 'vitest';
import {runLine, type Session} from '../src/command/shell.js';
import {findScenario} from '../src/cluster/scenarios/index.js';
import {createRegistry} from '../src/domains/index.js';
import {clusterPicture} from '../src/ui/screens/picture.js';
import {TEST_CLOCK} from './helpers/cluster.js';
import {hasmit, sandbox} from './helpers/cli.js';

function started(scenario: string, ...lines: string[]): Session {
	const state = findScenario(scenario)!.build(TEST_CLOCK);
	const session: Session = {state, node: Object.keys(state.nodes)[0]!, registry: createRegistry()};
	for (const line of lines) expect(runLine(session, line).code, line).toBe(0);
	return session;
}

/** What the picture shows in node box i (two boxes across at 80 columns), frame and padding dropped. */
const box = (picture: string[], i: number) =>
	picture
		.map(line => line.slice(i * 41 + 2, i * 41 + 37).trimEnd())
		.filter(Boolean)
		.join('\n');

const fits = (picture: string[]) => {
	expect(picture.length).toBeLessThanOrEqual(24);
	expect(picture.filter(line => line.length > 80)).toEqual([]);
};

describe('the picture of the cluster', () => {
	it('two-node: each node with its manager state, interfaces and labels, VG varied on and group; the networks joined', () => {
		const picture = clusterPicture(started('two-node', 'rc.cluster -N').state);
		fits(picture);
		expect(picture.slice(0, 12)).toEqual([
			'Cluster prodcluster: 2 nodes, 1 resource groups',
			'',
			'+- node1 ST_STABLE -------------------+  +- node2 ST_INIT ---------------------+',
			'| en0  node1_boot1 up                 |  | en0  node2_boot1 up                 |',
			'|      node1_pers  persistent         |  | en1  node2_boot2 up                 |',
			'| en1  node1_boot2 up                 |  | /dev/hdisk1 net_diskhb_01           |',
			'|      app_svc     service            |  | RG rg_app         OFFLINE           |',
			'| /dev/hdisk1 net_diskhb_01           |  |                                     |',
			'| VG datavg active: hdisk2 hdisk3     |  |                                     |',
			'| RG rg_app         ONLINE            |  |                                     |',
			'+-------------------------------------+  +-------------------------------------+',
			'   | |                                      | |',
		]);
		expect(picture).toContain('===+===== net_ether_01 (ether, public) =====+===================================');
		expect(picture).toContain('-----+--- net_diskhb_01 (diskhb, serial) -----+---------------------------------');
	});

	it('mutual-takeover: both groups, each ONLINE on its home node, in 80x24', () => {
		const session = started('mutual-takeover', "cl_rc.cluster -cspoc '-n nodea,nodeb' -N");
		const picture = clusterPicture(session.state);
		fits(picture);
		expect(picture[2]).toBe('+- nodea ST_STABLE -------------------+  +- nodeb ST_STABLE -------------------+');
		expect(box(picture, 0)).toContain('en0  db_svc     up   service\nen1  nodea_stby up\n/dev/hdisk1 net_diskhb_01\nVG dbvg active: hdisk2 hdisk3');
		expect(box(picture, 0)).toContain('RG rg_db          ONLINE\nRG rg_web         OFFLINE');
		expect(box(picture, 1)).toContain('VG webvg active: hdisk5\nRG rg_db          OFFLINE\nRG rg_web         ONLINE');
	});

	it('shows a takeover in the next picture: the group ONLINE on node2, node1 stopped', () => {
		const session = started('two-node', "cl_rc.cluster -cspoc '-n node1,node2' -N");
		expect(runLine(session, "cl_clstop -cspoc '-n node1' -N -gr").code).toBe(0);
		const picture = clusterPicture(session.state);
		expect(picture[2]).toBe('+- node1 ST_INIT ---------------------+  +- node2 ST_STABLE -------------------+');
		expect(box(picture, 0)).toContain('RG rg_app         OFFLINE');
		expect(box(picture, 0)).not.toContain('VG datavg');
		expect(runLine(session, 'hasmit_disk fail hdisk3').code).toBe(0);
		expect(box(clusterPicture(session.state), 1)).toContain('VG datavg active: hdisk2 hdisk3!');
		expect(box(picture, 1)).toContain('app_svc     service\n/dev/hdisk1 net_diskhb_01\nVG datavg active: hdisk2 hdisk3\nRG rg_app         ONLINE');
	});

	it('is what hasmit status prints, at the width asked', () => {
		const {env} = sandbox();
		const result = hasmit(['status', '--width', '80'], {env});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('+- node1 ST_INIT ---------------------+  +- node2 ST_INIT ---------------------+\n');
		const bad = hasmit(['status', '--width', 'x'], {env});
		expect(bad.code).not.toBe(0);
		expect(bad.stderr).toContain('hasmit status: --width takes a number of columns, 40 or more.');
	});
});
