/** HACMP 5.2 shows nothing 5.2 did not have: custom groups only, no DARE migration, 5.2's start flags and dialogs. */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {migrate} from '../src/store/migrations.js';
import {commandLine, openFastPath, runDialog, setField} from '../src/menu/dialog.js';
import {accepted, menuCatalog, smitOn} from './helpers/smit.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';

/** The concurrent scenario on 4.3 with a group of each legacy kind, synchronized, then put on 5.2. */
function upgraded(): TestCluster {
	const cluster = testCluster('concurrent');
	cluster.arrange(state => setRelease(state, '4.3'));
	for (const line of [
		"claddgrp -g rg_casc -n 'node1 node2 node3' -r cascading",
		"claddgrp -g rg_itcwof -n 'node2 node1' -r cascading",
		'claddres -g rg_itcwof INACTIVE_TAKEOVER=true CASCADE_WO_FALLBACK=true',
		"claddgrp -g rg_dnp -n 'node1 node2 node3' -r cascading",
		'claddres -g rg_dnp NODE_PRIORITY_POLICY=cl_highest_free_mem',
		"claddgrp -g rg_rot -n 'node3 node1' -r rotating",
		'cldare -rt',
	])
		cluster.ok(line);
	cluster.arrange(state => setRelease(state, '5.2'));
	return cluster;
}

/** clshowres' three policy lines of a group. */
const policies = (cluster: TestCluster, group: string) =>
	cluster
		.ok(`clshowres -g ${group}`)
		.split('\n')
		.filter(line => /^(Startup|Fallover|Fallback) Policy/.test(line))
		.map(line => line.replace(/ {2,}/, ': '));

describe('resource groups on 5.2', () => {
	it("putting a 4.3 cluster on 5.2 converts every legacy group to the custom group of its policies, as 5.2's migration does", () => {
		const cluster = upgraded();
		const config = cluster.state.configs[cluster.state.nodes.node1!.dcd]!;
		expect(Object.values(config.resourceGroups).map(g => [g.name, g.type, g.startup, g.fallover, g.fallback, g.inactiveTakeover, g.cwof])).toEqual([
			['rg_conc', 'custom', 'OAAN', 'BO', 'NFB', undefined, undefined],
			['rg_casc', 'custom', 'OHN', 'FNPN', 'FBHPN', undefined, undefined],
			['rg_itcwof', 'custom', 'OFAN', 'FNPN', 'NFB', undefined, undefined],
			['rg_dnp', 'custom', 'OHN', 'FUDNP', 'FBHPN', undefined, undefined],
			['rg_rot', 'custom', 'OUDP', 'FNPN', 'NFB', undefined, undefined],
		]);
		expect(policies(cluster, 'rg_itcwof')).toEqual([
			'Startup Policy: Online On First Available Node',
			'Fallover Policy: Fallover To Next Priority Node In The List',
			'Fallback Policy: Never Fallback',
		]);
		expect(cluster.ok('clshowres -g rg_dnp')).toMatch(/^Dynamic Node Priority +cl_highest_free_mem$/m);
		expect(cluster.ok('cllsres -g rg_itcwof')).not.toMatch(/INACTIVE_TAKEOVER|CASCADE_WO_FALLBACK/);
		// Every node's DCD holds the same converted configuration: the cluster starts without synchronizing, and the groups behave
		// by their policies: the first available node takes the ex-Inactive-Takeover group and keeps it (ex-CWOF), the cascading
		// one waits for its home node.
		const state = (group: string) => cluster.ok(`clRGinfo -s ${group}`).match(/^\w+:ONLINE:(\w+):/m)?.[1];
		cluster.ok('rc.cluster -N', 'node2');
		expect([state('rg_casc'), state('rg_itcwof'), state('rg_rot')]).toEqual([undefined, 'node2', undefined]);
		cluster.ok('rc.cluster -N', 'node1');
		expect([state('rg_casc'), state('rg_itcwof'), state('rg_rot')]).toEqual(['node1', 'node2', 'node1']);
	});

	it('a 5.2 state saved before (version 9) loses its legacy groups and cllockdES as it loads', () => {
		// What hasmit 8 let a 5.2 cluster hold: a cascading group (claddgrp -r) and the lock daemon.
		const saved = JSON.parse(JSON.stringify(upgraded().state));
		for (const config of Object.values<{resourceGroups: Record<string, {type: string; cwof?: boolean}>}>(saved.configs))
			Object.assign(config.resourceGroups.rg_casc!, {type: 'cascading', cwof: false});
		saved.nodes.node1.subsystems.cllockdES = {group: 'lock', pid: 0};
		expect(migrate(saved, 9, 10)).toBeUndefined();
		const group = Object.values<{resourceGroups: Record<string, object>}>(saved.configs)[0]!.resourceGroups.rg_casc;
		expect(group).toMatchObject({type: 'custom', startup: 'OHN', fallover: 'FNPN', fallback: 'FBHPN'});
		expect(group).not.toHaveProperty('cwof');
		expect(saved.nodes.node1.subsystems).not.toHaveProperty('cllockdES');
	});

	it('a state saved with an UNMANAGED group (version 10) loads with the group ONLINE on its forced-down node', () => {
		const saved = JSON.parse(JSON.stringify(upgraded().state));
		saved.resourceGroups.rg_casc = {nodes: {node1: 'UNMANAGED', node2: 'OFFLINE'}};
		expect(migrate(saved, 10, 11)).toBeUndefined();
		expect(saved.resourceGroups.rg_casc.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
	});

	it('a snapshot taken on 4.3 and applied on 5.2 brings its cascading group as the custom group of its policies', () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		cluster.ok("claddgrp -g rg_web -n 'node2 node1' -r cascading");
		cluster.ok("clsnapshot -c -n on43 -d 'before the upgrade'");
		cluster.arrange(state => setRelease(state, '5.2'));
		cluster.ok('clrmgrp -g rg_web');
		cluster.ok('clsnapshot -a -n on43');
		expect(policies(cluster, 'rg_web')).toEqual([
			'Startup Policy: Online On Home Node Only',
			'Fallover Policy: Fallover To Next Priority Node In The List',
			'Fallback Policy: Fallback To Higher Priority Node In The List',
		]);
		expect(cluster.state.configs[cluster.state.nodes.node2!.dcd]!.resourceGroups.rg_web!.type).toBe('custom');
	});

	it('Online Using Distribution Policy (rotating): a joining node takes one such group per network, and it needs Never Fallback', () => {
		const cluster = testCluster();
		cluster.ok("claddgrp -g rg_d1 -S OUDP -O FNPN -B NFB -n 'node1 node2'");
		cluster.ok("claddgrp -g rg_d2 -S OUDP -O FNPN -B NFB -n 'node1 node2'");
		expect(cluster.ok('clshowres -g rg_d1')).toMatch(/^Startup Policy +Online Using Distribution Policy$/m);
		cluster.ok('cldare -rt');
		const on = (group: string) => cluster.ok(`clRGinfo -s ${group}`).match(/^\w+:ONLINE:(\w+):/m)?.[1];
		cluster.ok('rc.cluster -N', 'node1');
		expect([on('rg_d1'), on('rg_d2')]).toEqual(['node1', undefined]);
		cluster.ok('rc.cluster -N', 'node2');
		expect([on('rg_d1'), on('rg_d2')]).toEqual(['node1', 'node2']);
		const refused = cluster.run("claddgrp -g rg_d3 -S OUDP -O FNPN -B FBHPN -n 'node1 node2'");
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('the startup policy Online Using Distribution Policy requires the fallback policy Never Fallback');
		expect(cluster.run("claddgrp -g rg_d4 -S OUDP -O BO -B NFB -n 'node1 node2'").code).toBe(1);
		// A cluster defined on 5.2 distributes by node (one such group per joining node, whatever its networks).
		expect(cluster.ok('odmget HACMPcluster')).toContain('\trg_distribution_policy = "node"\n');
	});

	it("rotating groups brought to 5.2 keep one group per node and network: the cluster's distribution policy becomes network-based", () => {
		const cluster = upgraded();
		expect(cluster.ok('odmget HACMPcluster')).toContain('\trg_distribution_policy = "network"\n');
		const fresh = testCluster();
		expect(fresh.ok('odmget HACMPcluster')).toContain('\trg_distribution_policy = "node"\n');
	});

	it('claddgrp and clchgrp take the policies only: a node relationship (-r) is refused with the Usage of 5.2, exit 1', () => {
		const cluster = testCluster();
		const refused = cluster.refused("claddgrp -g rg_web -n 'node2 node1' -r cascading", /^claddgrp: Not a recognized flag: r\n/);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toBe(
			"claddgrp: Not a recognized flag: r\nUsage: claddgrp -g group -n 'node1 node2 ...' [-S OHN|OFAN|OAAN|OUDP -O FNPN|FUDNP|BO -B FBHPN|NFB] " +
				'[-s ignore|primary|either|both]\n',
		);
		expect(cluster.run("claddgrp -g rg_web -n 'node2 node1'").stderr).toContain(
			'claddgrp: a resource group needs -S, -O and -B (startup, fallover and fallback policies).',
		);
		expect(cluster.run('clchgrp -g rg_app -r rotating').code).toBe(1);
		expect(cluster.ok('man claddgrp')).not.toContain('cascading');
	});

	it('4.3 keeps its node relationships and has no policy flags: its Usage says so', () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		expect(cluster.run('claddgrp -S OHN').stderr).toBe(
			"claddgrp: Not a recognized flag: S\nUsage: claddgrp -g group -n 'node1 node2 ...' [-r cascading | rotating | concurrent]\n",
		);
		expect(cluster.run("claddgrp -g rg_x -n 'node1 node2'").stderr).toContain(
			'claddgrp: the node relationship (-r cascading | rotating | concurrent) is required.',
		);
	});

	it("SMIT's Add a Resource Group (extended and standard paths, smit cm_add_grp) is the policies dialog on 5.2", () => {
		const catalog = menuCatalog();
		const item = (menu: string) => catalog.menus.get(menu)!.items.find(i => i.text === 'Add a Resource Group')!.next_id;
		expect([item('cm_ext_rg_menu'), item('cm_std_rg_menu'), catalog.aliases.get('cm_add_grp')!.next_id]).toEqual([
			'cm_add_grp_custom',
			'cm_add_grp_std',
			'cm_add_grp_custom',
		]);
		const fields = (id: string) => catalog.dialogs.get(id)!.fields.map(f => f.name);
		// Sites are Extended Configuration's: the standard path's dialog has no inter-site policy.
		expect(fields('cm_add_grp_std')).toEqual([
			'Resource Group Name',
			'Participating Nodes (Default Node Priority)',
			'Startup Policy',
			'Fallover Policy',
			'Fallback Policy',
		]);
		expect(fields('cm_add_grp_custom')).toEqual(['Resource Group Name', 'Inter-Site Management Policy', ...fields('cm_add_grp_std').slice(1)]);
		expect(fields('cm_ch_grp')).toEqual([
			'Resource Group Name',
			'New Resource Group Name',
			'Inter-Site Management Policy',
			'Participating Nodes (Default Node Priority)',
			'Startup Policy',
			'Fallover Policy',
			'Fallback Policy',
		]);
		for (const id of ['cm_ch_res', 'cm_ch_std_res'])
			expect(fields(id).filter(name => /Management Policy|Inactive Takeover|Cascading Without Fallback/.test(name))).toEqual([]);
		for (const id of ['cm_add_grp_cascading', 'cm_add_grp_rotating', 'cm_add_grp_concurrent']) expect(catalog.dialogs.has(id)).toBe(false);
	});
});

describe("5.2's Inter-Site Management Policy", () => {
	it('Add a Resource Group asks it after the name, ignore by default; a cluster without sites takes only ignore', () => {
		const cluster = testCluster();
		const catalog = menuCatalog();
		let add = accepted(openFastPath(catalog, 'cm_add_grp_custom', smitOn(cluster)));
		add = accepted(setField(add, 'Resource Group Name', 'rg_web'));
		add = accepted(setField(add, 'Participating Nodes (Default Node Priority)', 'node2 node1'));
		expect(commandLine(add)).toBe("/usr/es/sbin/cluster/utilities/claddgrp -g 'rg_web' -s 'ignore' -n 'node2 node1' -S 'OHN' -O 'FNPN' -B 'FBHPN'");
		let std = accepted(openFastPath(catalog, 'cm_add_grp_std', smitOn(cluster)));
		std = accepted(setField(std, 'Resource Group Name', 'rg_web'));
		std = accepted(setField(std, 'Participating Nodes (Default Node Priority)', 'node2 node1'));
		expect(commandLine(std)).toBe("/usr/es/sbin/cluster/utilities/claddgrp -g 'rg_web' -n 'node2 node1' -S 'OHN' -O 'FNPN' -B 'FBHPN'");
		const primary = accepted(setField(add, 'Inter-Site Management Policy', 'Prefer Primary Site'));
		expect(commandLine(primary)).toContain(" -s 'primary' ");
		const refused = cluster.run(commandLine(primary));
		expect([refused.code, refused.stderr]).toEqual([
			1,
			'ERROR: Resource group rg_web: the inter-site management policy Prefer Primary Site needs sites, and the cluster has none; use ignore.\n',
		]);
		expect(cluster.ok('cllsgrp')).not.toContain('rg_web');
		accepted(runDialog(add, smitOn(cluster)));
		expect(cluster.ok('clshowres -g rg_web')).toMatch(/^Site Relationship +ignore$/m);
		// Change/Show discovers it and sends it only when changed.
		const change = accepted(openFastPath(catalog, 'cm_ch_grp_select', smitOn(cluster), ['rg_web']));
		expect(commandLine(change)).toBe("/usr/es/sbin/cluster/utilities/clchgrp -g 'rg_web'");
		expect(commandLine(accepted(setField(change, 'Inter-Site Management Policy', 'Online On Both Sites')))).toBe(
			"/usr/es/sbin/cluster/utilities/clchgrp -g 'rg_web' -s 'both'",
		);
		expect(cluster.run('clchgrp -g rg_web -s both').code).toBe(1);
		expect(cluster.run('clchgrp -g rg_web -s nowhere').stderr).toContain('Usage: clchgrp');
	});

	it('clchgrp on a group that is not defined says so, whatever site policy it asks', () => {
		const cluster = testCluster();
		const refused = cluster.run('clchgrp -g rg_nosuch -s primary');
		expect([refused.code, refused.stderr]).toEqual([1, 'ERROR: Resource group rg_nosuch is not defined in the cluster configuration.\n']);
	});

	it('4.3 has no sites policy: claddgrp -s is not a flag there', () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		expect(cluster.run("claddgrp -g rg_x -n 'node1 node2' -r cascading -s ignore").stderr).toMatch(/^claddgrp: Not a recognized flag: s\n/);
	});
});

describe('Automatically Import Volume Groups', () => {
	it('true imports the volume groups a participating node lacks when Enter is pressed; the field reads false after', () => {
		const cluster = testCluster();
		cluster.ok('mkvg -y appvg hdisk4');
		cluster.ok('varyoffvg appvg');
		expect(cluster.ok('lsvg', 'node2')).not.toContain('appvg');
		const catalog = menuCatalog();
		let change = accepted(openFastPath(catalog, 'cm_ch_res_select', smitOn(cluster), ['rg_app']));
		const fields = change.fields.map(f => f.option.name);
		expect(fields.slice(fields.indexOf('Volume Groups'), fields.indexOf('Volume Groups') + 3)).toEqual([
			'Volume Groups',
			'Use forced varyon of volume groups, if necessary',
			'Automatically Import Volume Groups',
		]);
		const standard = catalog.dialogs.get('cm_ch_std_res')!.fields.map(f => f.name);
		expect(standard.indexOf('Automatically Import Volume Groups')).toBe(standard.indexOf('Use forced varyon of volume groups, if necessary') + 1);
		change = accepted(setField(change, 'Volume Groups', 'datavg appvg'));
		change = accepted(setField(change, 'Automatically Import Volume Groups', 'true'));
		expect(commandLine(change)).toBe("/usr/es/sbin/cluster/utilities/claddres -g 'rg_app' VOLUME_GROUP='datavg' 'appvg' VG_AUTO_IMPORT='true'");
		const run = cluster.run(commandLine(change));
		expect([run.code, run.stdout]).toEqual([
			0,
			'Successfully imported volume group appvg onto node node2 with major number 39 (importvg -V 39 -y appvg; chvg -an appvg).\n',
		]);
		expect(cluster.ok('lspv', 'node2')).toMatch(/^hdisk4 +00c8d7b0a1b2c304 +appvg *$/m);
		expect(cluster.ok('cllsres -g rg_app')).toContain('VOLUME_GROUP="datavg appvg"\nFORCED_VARYON="false"\nVG_AUTO_IMPORT="false"\n');
		// Nothing left to import: true again does nothing; a node that sees none of the disks refuses the whole change.
		expect(cluster.ok('claddres -g rg_app VG_AUTO_IMPORT=true')).toBe('');
		cluster.ok('mkvg -y logvg hdisk5');
		cluster.ok('varyoffvg logvg');
		cluster.arrange(state => void delete state.disks['00c8d7b0a1b2c305']!.paths.node2);
		const refused = cluster.run("claddres -g rg_app VOLUME_GROUP='datavg appvg logvg' VG_AUTO_IMPORT=true");
		expect([refused.code, refused.stderr]).toEqual([
			1,
			'ERROR: Volume group logvg cannot be imported onto node node2: the node sees none of its disks.\n',
		]);
		expect(cluster.ok('cllsres -g rg_app')).toContain('VOLUME_GROUP="datavg appvg"\n');
	});

	it('a participating node that is powered off cannot import: the change is refused, and nothing is imported there', () => {
		const cluster = testCluster();
		cluster.ok('mkvg -y appvg hdisk4');
		cluster.ok('varyoffvg appvg');
		cluster.ok('/usr/lpp/hasmit/bin/hasmit_fault node off node2');
		const refused = cluster.run("claddres -g rg_app VOLUME_GROUP='datavg appvg' VG_AUTO_IMPORT=true");
		expect([refused.code, refused.stderr]).toEqual([
			1,
			'ERROR: Volume group appvg cannot be imported onto node node2: Unable to communicate with node node2: it does not answer.\n',
		]);
		expect(cluster.ok('cllsres -g rg_app')).toContain('VOLUME_GROUP="datavg"\n');
		cluster.ok('/usr/lpp/hasmit/bin/hasmit_fault node on node2');
		expect(cluster.ok('lsvg', 'node2')).not.toContain('appvg');
	});
});

describe("5.2's resource group distribution policy", () => {
	const DIALOG = '/usr/es/sbin/cluster/utilities/clrgdist';

	it('Configure Resource Group Run-Time Policies > Configure Resource Group Distribution Policy: node by default, F6 is clrgdist -p', () => {
		const cluster = testCluster();
		const catalog = menuCatalog();
		expect(catalog.menus.get('cm_ext_resource_menu')!.items.map(i => i.text)).toEqual([
			'HACMP Extended Resources Configuration',
			'Configure Resource Group Run-Time Policies',
			'HACMP Extended Resource Group Configuration',
		]);
		expect(catalog.menus.get('cm_rg_runtime_menu')!.items.map(i => i.text)).toEqual([
			'Configure Delayed Fallback Timer Policies',
			'Configure Settling Time for Resource Groups',
			'Configure Resource Group Distribution Policy',
		]);
		let dialog = accepted(openFastPath(catalog, 'cm_rg_distribution', smitOn(cluster)));
		expect(commandLine(dialog)).toBe(`${DIALOG} -p 'node'`);
		dialog = accepted(setField(dialog, 'Distribution Policy', 'network'));
		expect(commandLine(dialog)).toBe(`${DIALOG} -p 'network'`);
		accepted(runDialog(dialog, smitOn(cluster)));
		expect(cluster.ok('odmget HACMPcluster')).toContain('\trg_distribution_policy = "network"\n');
		expect(cluster.ok('clrgdist')).toBe('Resource group distribution policy: network\n');
		// The dialog opens on the policy the configuration has, and it goes to the other node with the synchronization.
		expect(commandLine(accepted(openFastPath(catalog, 'cm_rg_distribution', smitOn(cluster))))).toBe(`${DIALOG} -p 'network'`);
		expect(cluster.ok('clrgdist -c', 'node2')).toBe('#rg_distribution_policy\nnode\n');
		cluster.ok('cldare -rt');
		expect(cluster.ok('clrgdist -c', 'node2')).toBe('#rg_distribution_policy\nnetwork\n');
		cluster.ok('clrgdist -p node');
		expect(cluster.ok('odmget HACMPcluster')).toContain('\trg_distribution_policy = "node"\n');
	});

	it('clrgdist refuses another policy with its Usage, exit 2 or 1, changing nothing; 4.3 has neither the command nor the screen', () => {
		const cluster = testCluster();
		const refused = cluster.run('clrgdist -p site');
		expect(refused.code).not.toBe(0);
		expect(refused.stderr).toContain('Usage: clrgdist [-c] [-p node|network]');
		expect(cluster.ok('clrgdist')).toBe('Resource group distribution policy: node\n');
		cluster.arrange(state => setRelease(state, '4.3'));
		expect(cluster.run('clrgdist -p network').stderr).toContain('not found');
		expect(menuCatalog('4.3').dialogs.has('cm_rg_distribution')).toBe(false);
	});

	it('where Online Using Distribution Policy groups start follows the policy: one per joining node, or one per network', () => {
		const start = (policy: 'node' | 'network') => {
			const cluster = testCluster();
			// rg_app holds the service label on net_ether_01; rg_plain has none.
			cluster.ok('clchgrp -g rg_app -S OUDP -B NFB');
			cluster.ok("claddgrp -g rg_plain -S OUDP -O FNPN -B NFB -n 'node1 node2'");
			cluster.ok(`clrgdist -p ${policy}`);
			cluster.ok('cldare -rt');
			cluster.ok('rc.cluster -N', 'node1');
			const first = cluster.ok('clRGinfo -s').match(/^\w+:ONLINE:node1:/gm);
			cluster.ok('rc.cluster -N', 'node2');
			const online = (group: string) => cluster.ok(`clRGinfo -s ${group}`).match(/^\w+:ONLINE:(\w+):/m)?.[1];
			return {first: first?.length, where: [online('rg_app'), online('rg_plain')]};
		};
		expect(start('node')).toEqual({first: 1, where: ['node1', 'node2']});
		expect(start('network')).toEqual({first: 2, where: ['node1', 'node1']});
	});
});

describe('clRGinfo with cluster services down', () => {
	it("on 5.2 the cluster manager is not running (it ran only with cluster services), not in ST_INIT as 5.3's from boot", () => {
		const cluster = testCluster();
		expect(cluster.ok('lssrc -g cluster')).toMatch(/^ clstrmgrES +cluster +inoperative$/m);
		const down = cluster.run('clRGinfo');
		expect([down.code, down.stdout, down.stderr]).toEqual([
			1,
			'',
			'clRGinfo: The Cluster Manager is not running on any cluster node; cannot get the state of the resource groups.\n',
		]);
		expect(cluster.run('clRGinfo -v rg_app').stderr).not.toContain('ST_INIT');
		// Once a node runs cluster services, clRGinfo on a node without them asks that one.
		cluster.ok('rc.cluster -N', 'node1');
		expect(cluster.ok('clRGinfo -s rg_app', 'node2')).toContain('rg_app:ONLINE:node1:');
	});
});

describe("starting cluster services takes 5.2's flags", () => {
	it('rc.cluster and cl_rc.cluster refuse the later -M, -A, -v and -C with the Usage of 5.2, exit 1, changing nothing', () => {
		const cluster = testCluster();
		for (const [line, flag] of [
			['rc.cluster -N -A', 'A'],
			['rc.cluster -N -M', 'M'],
			['cl_rc.cluster -N -v', 'v'],
			['cl_rc.cluster -N -C yes', 'C'],
		] as const) {
			const result = cluster.refused(line, new RegExp(`^${line.split(' ')[0]!.replace('.', '\\.')}: Not a recognized flag: ${flag}\\n`));
			expect(result.code).toBe(1);
			expect(result.stderr).toContain('[-boot] [-b] [-i | -I] [-N | -R | -B] [-r] [-x]\n');
		}
		expect(cluster.ok('man rc.cluster')).not.toMatch(/ -[MACv]\b/);
	});

	it('smit clstart and clstop: F6 shows exactly the command 5.2 runs (the fields are tested in release.test.ts)', () => {
		const cluster = testCluster();
		const catalog = menuCatalog();
		let start = accepted(openFastPath(catalog, 'clstart', smitOn(cluster)));
		expect(commandLine(start)).toBe("_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster '-N' -cspoc-n 'node1' '-b'");
		start = accepted(setField(start, 'Startup Cluster Information Daemon?', 'true'));
		start = accepted(setField(start, 'Start now, on system restart or both', 'both'));
		expect(commandLine(start)).toBe("_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster '-B' -cspoc-n 'node1' '-b' '-i'");
		const stop = accepted(openFastPath(catalog, 'clstop', smitOn(cluster)));
		expect(commandLine(stop)).toBe("_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_clstop '-N' -cspoc-n 'node1' '-g'");
	});
});
