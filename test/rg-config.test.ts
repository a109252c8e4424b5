import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster} from './helpers/cluster.js';

describe('defining resource groups changes only the local DCD', () => {
	it('adds a group on node1 only; node2 keeps its configuration until a synchronization', () => {
		const cluster = testCluster();
		const node2Dcd = cluster.state.nodes.node2!.dcd;
		cluster.ok("claddgrp -g rg_db -n 'node2 node1' -S OHN -O FNPN -B FBHPN");
		expect(cluster.ok('cllsgrp')).toBe('rg_app\nrg_db\n');
		expect(cluster.ok('cllsgrp', 'node2')).toBe('rg_app\n');
		expect(cluster.state.nodes.node2!.dcd).toBe(node2Dcd);
		cluster.ok('cldare -rt');
		expect(cluster.ok('cllsgrp', 'node2')).toBe('rg_app\nrg_db\n');
		expect(cluster.state.resourceGroups.rg_db!.nodes).toEqual({node2: 'OFFLINE', node1: 'OFFLINE'});
	});

	it('shows NOT_SYNCHED in clstat and cldump while the DCD differs from the ACD', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N -i');
		expect(cluster.ok('clstat -a')).toContain('SubState: STABLE');
		cluster.ok("claddgrp -g rg_db -n 'node2 node1' -S OHN -O FNPN -B FBHPN");
		expect(cluster.ok('clstat -a')).toContain('SubState: NOT_SYNCHED');
		expect(cluster.ok('cldump')).toContain('Cluster Substate: NOT_SYNCHED');
		expect(cluster.ok('clRGinfo')).not.toContain('rg_db');
		cluster.ok('cldare -rt');
		expect(cluster.ok('clstat -a')).toContain('SubState: STABLE');
	});

	it('changes and renames a group, keeping its place; 4.3 has no policy flags, 5.2 no node relationship', () => {
		const cluster = testCluster();
		cluster.ok("clchgrp -g rg_app -G rg_main -n 'node2 node1' -S OFAN -B NFB");
		expect(cluster.ok('clshowres -g rg_main')).toMatch(
			new RegExp(
				/Participating Node Name\(s\)\s+node2 node1\nStartup Policy\s+Online On First Available Node\n/.source +
					/Fallover Policy\s+Fallover To Next Priority Node In The List\nFallback Policy\s+Never Fallback/.source,
			),
		);
		expect(cluster.run('clchgrp -g rg_main -r cascading').stderr).toMatch(/^clchgrp: Not a recognized flag: r\nUsage: clchgrp /);
		cluster.arrange(state => setRelease(state, '4.3'));
		cluster.ok("claddgrp -g rg_c -n 'node1 node2' -r cascading");
		expect(cluster.run('clchgrp -g rg_c -S OFAN').stderr).toMatch(/^clchgrp: Not a recognized flag: S\nUsage: clchgrp /);
		expect(cluster.run('clchgrp -g rg_none -n node1').stderr).toBe('ERROR: Resource group rg_none is not defined in the cluster configuration.\n');
	});

	it('removes a group', () => {
		const cluster = testCluster();
		cluster.ok('clrmgrp -g rg_app');
		expect(cluster.ok('cllsgrp')).toBe('');
		expect(cluster.run('clrmgrp -g rg_app').code).toBe(1);
	});

	it('checks names, nodes and flags', () => {
		const cluster = testCluster();
		expect(cluster.run("claddgrp -g all -n 'node1 node2' -S OFAN -O FNPN -B NFB").stderr).toContain('is a reserved word in HACMP');
		expect(cluster.run("claddgrp -g rg_app -n 'node1 node2' -S OFAN -O FNPN -B NFB").stderr).toContain('Resource group rg_app already exists.');
		expect(cluster.run("claddgrp -g rg_x -n 'node1 node1' -S OFAN -O FNPN -B NFB").stderr).toContain('Node node1 is listed more than once');
		expect(cluster.run("claddgrp -g rg_x -n 'node1 node9' -S OFAN -O FNPN -B NFB").stderr).toContain('node9 is not a cluster node');
		const usage = cluster.run("claddgrp -g rg_x -n 'node1 node2' -S OHN");
		expect(usage.stderr).toContain('a resource group needs -S, -O and -B');
		expect(usage.stderr).toContain('Usage: claddgrp -g group');
	});
});

describe('resources and their rules', () => {
	it('sets resources by HACMPresource name and lists them with cllsres', () => {
		const cluster = testCluster();
		cluster.ok("claddres -g rg_app FILESYSTEM='/data' FORCED_VARYON=true FS_BEFORE_IPADDR=true EXPORT_FILESYSTEM=/data/export MISC_DATA=abc");
		const out = cluster.ok('cllsres -g rg_app');
		expect(out).toContain(
			'SERVICE_LABEL="app_svc"\nAPPLICATIONS="app_srv"\nVOLUME_GROUP="datavg"\nFORCED_VARYON="true"\nVG_AUTO_IMPORT="false"\nFILESYSTEM="/data"',
		);
		expect(out).toContain('EXPORT_FILESYSTEM="/data/export"');
		expect(cluster.ok('cllsres -c -g rg_app').split('\n')[0]).toBe(
			'#SERVICE_LABEL:APPLICATIONS:VOLUME_GROUP:CONCURRENT_VOLUME_GROUP:FORCED_VARYON:VG_AUTO_IMPORT:FILESYSTEM:FSCHECK_TOOL:RECOVERY_METHOD:' +
				'FS_BEFORE_IPADDR:EXPORT_FILESYSTEM:MOUNT_FILESYSTEM:DISK:MISC_DATA:INACTIVE_TAKEOVER:CASCADE_WO_FALLBACK:NODE_PRIORITY_POLICY:FALLBACK_AT',
		);
	});

	it("takes SMIT's list form: words without = continue the value before them", () => {
		const cluster = testCluster();
		cluster.ok('clrmgrp -g rg_app');
		cluster.ok("claddgrp -g rg_app -n 'node1 node2' -S OHN -O FNPN -B FBHPN");
		cluster.ok("claddres -g rg_app SERVICE_LABEL='app_svc' APPLICATIONS='app_srv' VOLUME_GROUP='datavg'");
		expect(cluster.ok('cllsres -g rg_app')).toContain('SERVICE_LABEL="app_svc"\nAPPLICATIONS="app_srv"\nVOLUME_GROUP="datavg"');
	});

	it('a volume group, with its logical volumes, belongs to one group only', () => {
		const cluster = testCluster();
		cluster.ok("claddgrp -g rg_two -n 'node2 node1' -S OHN -O FNPN -B FBHPN");
		const vg = cluster.run('claddres -g rg_two VOLUME_GROUP=datavg');
		expect(vg.code).toBe(1);
		expect(vg.stderr).toContain('Volume group datavg (and its logical volumes) is already part of resource group rg_app');
		// A file system names its volume group implicitly.
		expect(cluster.run('claddres -g rg_two FILESYSTEM=/data').stderr).toContain(
			'Volume group datavg (and its logical volumes) is already part of resource group rg_app',
		);
		expect(cluster.run('claddres -g rg_two SERVICE_LABEL=app_svc').stderr).toContain(
			'Service IP label app_svc is already configured in resource group rg_app',
		);
		expect(cluster.run('claddres -g rg_two APPLICATIONS=app_srv').stderr).toContain(
			'Application server app_srv is already configured in resource group rg_app',
		);
	});

	it('a concurrent group holds no JFS', () => {
		const cluster = testCluster();
		cluster.ok('claddres -g rg_app VOLUME_GROUP= SERVICE_LABEL= APPLICATIONS=');
		cluster.ok("claddgrp -g rg_conc -n 'node1 node2' -S OAAN -O BO -B NFB");
		const result = cluster.run('claddres -g rg_conc CONCURRENT_VOLUME_GROUP=datavg');
		expect(result.stderr).toContain('concurrent access supports no JFS or JFS2 file systems, only raw logical volumes');
		expect(cluster.run('claddres -g rg_conc VOLUME_GROUP=hbvg').stderr).toContain('VOLUME_GROUP does not apply to resource group rg_conc');
		cluster.ok('claddres -g rg_conc CONCURRENT_VOLUME_GROUP=hbvg');
		expect(cluster.ok('clshowres -g rg_conc')).toMatch(/Concurrent Volume Groups\s+hbvg/);
	});

	it("NFS exports need file systems mounted before the IP address, and must be on the group's file systems", () => {
		const cluster = testCluster();
		expect(cluster.run('claddres -g rg_app EXPORT_FILESYSTEM=/data').stderr).toContain('"Filesystems mounted before IP configured" must be true');
		expect(cluster.run('claddres -g rg_app EXPORT_FILESYSTEM=/home FS_BEFORE_IPADDR=true').stderr).toContain(
			'/home is not on a file system of resource group rg_app',
		);
		cluster.ok('claddres -g rg_app EXPORT_FILESYSTEM=/data FS_BEFORE_IPADDR=true');
	});

	it('refuses a resource listed twice, which would be acquired twice', () => {
		const cluster = testCluster();
		cluster.refused(
			"claddres -g rg_app SERVICE_LABEL='app_svc app_svc'",
			'ERROR: Service IP label app_svc is listed more than once for resource group rg_app.',
		);
		cluster.refused(
			"claddres -g rg_app VOLUME_GROUP='datavg' 'datavg'",
			'ERROR: Volume group datavg is listed more than once for resource group rg_app.',
		);
		cluster.refused(
			"claddres -g rg_app APPLICATIONS='app_srv app_srv'",
			'ERROR: Application server app_srv is listed more than once for resource group rg_app.',
		);
		cluster.refused("claddres -g rg_app FILESYSTEM='/data /data'", 'ERROR: File system /data is listed more than once for resource group rg_app.');
	});

	it('refuses unknown names and resources', () => {
		const cluster = testCluster();
		expect(cluster.run('claddres -g rg_app NOSUCH=1').stderr).toContain('NOSUCH is not a resource group attribute.');
		expect(cluster.run('claddres -g rg_app SERVICE_LABEL=node1_boot1').stderr).toContain('node1_boot1 is not a service IP label.');
		expect(cluster.run('claddres -g rg_app VOLUME_GROUP=novg').stderr).toContain('Volume group novg is not defined on any participating node');
		expect(cluster.run('claddres -g rg_app FORCED_VARYON=maybe').stderr).toContain('use true or false');
		expect(cluster.run('claddres -g rg_app NODE_PRIORITY_POLICY=cl_random').stderr).toContain('cl_random is not a dynamic node priority policy');
		expect(cluster.run('claddres -g rg_app FALLBACK_AT=nosuch').stderr).toContain('The delayed fallback timer policy nosuch is not defined.');
	});

	it('lists what a group can be given: service labels, volume groups, file systems, DNP policies', () => {
		const cluster = testCluster();
		expect(cluster.ok('cllssvcs')).toMatch(/^app_svc\s+10\.10\.10\.100\s+net_ether_01\s+resource group rg_app$/m);
		expect(cluster.ok('cllsvg')).toMatch(/^datavg\s+resource group rg_app$/m);
		expect(cluster.ok('cllsvg')).toMatch(/^hbvg\s+concurrent capable\s+no resource group$/m);
		expect(cluster.ok('cllsfs')).toMatch(/^\/data\s+datavg\s+resource group rg_app$/m);
		expect(cluster.ok('cllsfs -g rg_app')).toBe('/data\n');
		expect(cluster.ok('cllsdnp')).toContain('cl_highest_free_mem');
	});
});

describe('application servers and monitors', () => {
	it('adds, changes, lists and removes an application server; a new name follows it into its group', () => {
		const cluster = testCluster();
		cluster.ok('claddserv -s web_srv -b /usr/local/ha/web_start.sh -e /usr/local/ha/web_stop.sh');
		expect(cluster.ok('cllsserv -c -n web_srv')).toBe(
			'#name:start_script:stop_script\nweb_srv:/usr/local/ha/web_start.sh:/usr/local/ha/web_stop.sh\n',
		);
		cluster.ok('clchserv -s app_srv -n db_srv -b /usr/local/ha/db_start.sh');
		expect(cluster.ok('cllsres -g rg_app')).toContain('APPLICATIONS="db_srv"');
		expect(cluster.ok('cllsserv')).toMatch(/^db_srv\s+\/usr\/local\/ha\/db_start\.sh\s+\/usr\/local\/ha\/stop_app\.sh$/m);
		expect(cluster.run('clrmserv db_srv').stderr).toContain('is configured in resource group rg_app; remove it from the group first.');
		cluster.ok('clrmserv web_srv');
		expect(cluster.run('claddserv -s x -b start.sh -e /stop').stderr).toContain('must be given as a full path name');
	});

	it('process and custom monitors, with the rule that restarts need a restart method', () => {
		const cluster = testCluster();
		cluster.ok(
			'claddappmon name=app_mon RESOURCE_TO_MONITOR=app_srv MONITOR_TYPE=process PROCESSES=appd PROCESS_OWNER=root INSTANCE_COUNT=1 ' +
				'STABILIZATION_INTERVAL=60 RESTART_COUNT=0 FAILURE_ACTION=fallover',
		);
		const shown = cluster.ok('cllsappmon app_mon');
		expect(shown).toContain('MONITOR_TYPE="process"');
		expect(shown).toContain('FAILURE_ACTION="fallover"');
		const bad = cluster.run('clchappmon name=app_mon RESTART_COUNT=3');
		expect(bad.stderr).toContain('restarts the application (restart count 3), so it needs a restart method');
		cluster.ok('clchappmon name=app_mon RESTART_COUNT=3 RESTART_METHOD=/usr/local/ha/start_app.sh CLEANUP_METHOD=/usr/local/ha/stop_app.sh');
		expect(cluster.ok('cllsappmon app_mon')).toContain('RESTART_INTERVAL="198"');
		expect(cluster.run('claddappmon name=web_mon RESOURCE_TO_MONITOR=app_srv MONITOR_TYPE=user').stderr).toContain('needs a monitor method');
		cluster.ok(
			'claddappmon name=web_mon RESOURCE_TO_MONITOR=app_srv MONITOR_TYPE=user MONITOR_METHOD=/usr/local/ha/check.sh MONITOR_INTERVAL=30 ' +
				'STABILIZATION_INTERVAL=120',
		);
		expect(cluster.ok('cllsappmon -t user')).toMatch(/^web_mon\s+user$/m);
		// Verification wants the monitor method on every node of the group.
		const sync = cluster.run('cldare -rt');
		expect(sync.stdout).toContain('ERROR: Method /usr/local/ha/check.sh of application monitor web_mon does not exist on node node1.');
		expect(cluster.run('rc.cluster -N').stderr).toContain('Start of cluster services on node1 was aborted.');
		for (const node of ['node1', 'node2']) cluster.ok("echo 'exit 0' > /usr/local/ha/check.sh", node);
		cluster.ok('cldare -rt');
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.ok('clRGinfo -m')).toMatch(/app_srv\s+ONLINE MONITORED/);
		cluster.ok('clrmappmon web_mon');
		expect(cluster.ok('cllsappmon')).not.toContain('web_mon');
	});
});

describe('NAME=value arguments', () => {
	it('claddappmon reads them as claddres does: a word without = continues the value before it', () => {
		const cluster = testCluster();
		cluster.ok("claddappmon name=app_mon RESOURCE_TO_MONITOR=app_srv PROCESSES='appd' 'appd_worker' PROCESS_OWNER=root");
		expect(cluster.ok('cllsappmon app_mon')).toContain('PROCESSES="appd appd_worker"');
		cluster.refused('claddappmon appd', 'claddappmon: appd is not NAME=value.');
		cluster.refused('claddappmon name=m2 COLOUR=red', 'claddappmon: COLOUR is not one of name, RESOURCE_TO_MONITOR');
		cluster.refused('claddres -g rg_app vg', 'claddres: vg is not NAME=value.');
	});
});

describe('run-time policies', () => {
	it('the settling time is cluster-wide and shown for groups it applies to', () => {
		const cluster = testCluster();
		expect(cluster.ok('clsettlingtime -c')).toBe('#settling_time\n0\n');
		cluster.ok('clsettlingtime -t 90');
		cluster.ok('clchgrp -g rg_app -S OFAN');
		expect(cluster.ok('clshowres -g rg_app')).toMatch(/Settling Time\s+90 seconds/);
		expect(cluster.ok('clsettlingtime')).toBe('Settling time: 90 seconds\n');
	});

	it('a timer policy in use cannot be removed; renaming it follows it into its groups', () => {
		const cluster = testCluster();
		cluster.ok('claddfbtimer -n nightly -r daily -H 23 -M 30');
		cluster.ok('claddres -g rg_app FALLBACK_AT=nightly');
		expect(cluster.run('clrmfbtimer -n nightly').stderr).toContain('is used by resource group rg_app');
		cluster.ok('clchfbtimer -n nightly -N late -H 1');
		expect(cluster.ok('clshowres -g rg_app')).toMatch(/Delayed Fallback Timer\s+late \(daily at 01:30\)/);
		cluster.ok('claddres -g rg_app FALLBACK_AT=');
		cluster.ok('clrmfbtimer -n late');
		expect(cluster.ok('cllsfbtimer')).toBe('');
	});
});

describe('names and lookups, refused alike by every definition command', () => {
	it('a bad or taken name, or an object that is not defined: an ERROR line, exit 1, nothing changed', () => {
		const cluster = testCluster();
		cluster.ok('claddserv -s web_srv -b /usr/local/ha/web_start.sh -e /usr/local/ha/web_stop.sh');
		cluster.ok('claddappmon name=app_mon RESOURCE_TO_MONITOR=app_srv PROCESSES=appd PROCESS_OWNER=root');
		cluster.ok('claddfbtimer -n nightly -r daily -H 23 -M 30');
		for (const [line, message] of [
			['clchgrp -g rg_app -G 9lives', 'ERROR: Resource group name "9lives" is not valid'],
			['claddserv -s stop -b /a -e /b', 'ERROR: Application server name "stop" is a reserved word in HACMP'],
			['clchserv -s web_srv -n app_srv', 'ERROR: Application server app_srv already exists.'],
			['clchserv -s nosuch -b /x', 'ERROR: Application server nosuch is not defined.'],
			['cllsserv -n nosuch', 'ERROR: Application server nosuch is not defined.'],
			[
				'claddappmon name=app_mon RESOURCE_TO_MONITOR=app_srv PROCESSES=appd PROCESS_OWNER=root',
				'ERROR: Application monitor app_mon already exists.',
			],
			['clchappmon name=nosuch RESTART_COUNT=1', 'ERROR: Application monitor nosuch is not defined.'],
			['cllsappmon app_mon nosuch', 'ERROR: Application monitor nosuch is not defined.'],
			['clrmappmon nosuch', 'ERROR: Application monitor nosuch is not defined.'],
			['claddfbtimer -n nightly -r weekly -H 1 -M 0 -w 0', 'ERROR: The delayed fallback timer policy nightly already exists.'],
			['clchfbtimer -n nightly -N a-b', 'ERROR: The delayed fallback timer policy name "a-b" is not valid'],
			['clchfbtimer -n nosuch -H 1', 'ERROR: The delayed fallback timer policy nosuch is not defined.'],
			['cllsfbtimer -n nosuch', 'ERROR: The delayed fallback timer policy nosuch is not defined.'],
			['clrmfbtimer -n nosuch', 'ERROR: The delayed fallback timer policy nosuch is not defined.'],
		] as const) {
			cluster.refused(line, message);
		}
	});
});
