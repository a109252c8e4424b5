/**
 * HACMP 5.2 (HACMP/ES), the release of the planning guide (seed 004):
 * /usr/es/sbin/cluster, RSCT's topology, group and event services under the
 * ES daemons, clcomdES running from boot, custom resource groups.
 */
import {RG_MOVE_EVENTS, type ReleaseProfile} from './profile.js';

const DIR = '/usr/es/sbin/cluster';
const LEVEL = '5.2.0.0';

export const HACMP_52: ReleaseProfile = {
	release: '5.2',
	product: 'HACMP 5.2',
	clusterDir: DIR,
	serverFileset: 'cluster.es.server.rte',
	filesets: {
		'bos.rte': {level: '5.2.0.30', description: 'Base Operating System Runtime'},
		'rsct.basic.rte': {level: '2.3.3.0', description: 'RSCT Basic Function'},
		'cluster.es.client.lib': {level: LEVEL, description: 'ES Client Libraries'},
		'cluster.es.cspoc.rte': {level: LEVEL, description: 'ES CSPOC Runtime Commands'},
		'cluster.es.server.rte': {level: LEVEL, description: 'ES Base Server Runtime'},
		'cluster.es.server.utils': {level: LEVEL, description: 'ES Server Utilities'},
	},
	subsystems: [
		{name: 'topsvcs', group: 'topsvcs', part: 'rsct', program: '/usr/sbin/rsct/bin/hatsd -n 1 -o deadManSwitch'},
		{name: 'grpsvcs', group: 'grpsvcs', part: 'rsct', program: '/usr/sbin/rsct/bin/hagsd grpsvcs'},
		{name: 'grpglsm', group: 'grpsvcs', part: 'rsct', program: '/usr/sbin/rsct/bin/hagsglsmd grpglsm'},
		{name: 'emsvcs', group: 'emsvcs', part: 'rsct', program: '/usr/sbin/rsct/bin/haemd HACMP 1 -'},
		{name: 'emaixos', group: 'emsvcs', part: 'rsct', program: '/usr/sbin/rsct/bin/harmad -t HACMP -n'},
		{name: 'ctrmc', group: 'rsct', part: 'rsct', boot: true, program: '/usr/sbin/rsct/bin/rmcd -r'},
		{name: 'clcomdES', group: 'clcomdES', part: 'hacmp', boot: true, role: 'comd', program: `${DIR}/clcomd -d`},
		// 5.2's cluster manager runs only while cluster services do (it runs from boot from 5.3 on).
		{name: 'clstrmgrES', group: 'cluster', part: 'hacmp', role: 'manager', program: `${DIR}/clstrmgr`},
		{name: 'clsmuxpdES', group: 'cluster', part: 'hacmp', role: 'smux', program: `${DIR}/clsmuxpd`},
		{name: 'clinfoES', group: 'cluster', part: 'optional', role: 'info', program: `${DIR}/clinfo`},
		// No cllockdES: the Cluster Lock Manager was last supported in HACMP 5.1 (HACMP 5.4 Installation Guide, terminology).
	],
	odmDirectory: '/etc/es/objrepos',
	managerSccsid: '"@(#)36\t1.135.1.37 src/43haes/usr/sbin/cluster/hacmprd/main.C, hacmp.pe, 52haes_r520, 0420A_hacmp520 5/11/04 16:48:47"',
	clVersion: 7,
	inittab: [
		`harc:2:wait:${DIR}/etc/harc.net # HACMP for AIX network startup`,
		'clcomdES:2:once:startsrc -s clcomdES >/dev/console 2>&1',
		`clinit:a:wait:/bin/touch ${DIR}/.telinit # HACMP for AIX These must be the last entries of inittab!`,
		`pst_clinit:a:wait:/bin/echo Created ${DIR}/.telinit > /dev/console # HACMP for AIX These must be the last entries of inittab!`,
	],
	clusterLog: '/var/adm/cluster.log',
	fileSystems: ['jfs', 'jfs2'],
	ipLabelRoles: ['boot', 'service', 'persistent'],
	stopModes: ['graceful', 'takeover', 'forced'],
	// From 5.2 every group is defined by its startup, fallover and fallback policies (seed 004); legacy ones are converted.
	groupTypes: ['custom'],
	events: RG_MOVE_EVENTS,
	networkTypes: ['ether', 'token', 'fddi', 'atm', 'hps', 'rs232', 'tmscsi', 'tmssa', 'diskhb'],
	ipatMethods: ['aliasing', 'replacement'],
	adapterModel: 'es',
	lsvg: {concurrent: 'Enhanced-Capable', aix5Lines: true},
	ifconfigFlags: {
		up: '5e080863,c0<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT,CHECKSUM_OFFLOAD(ACTIVE),CHAIN>',
		down: '5e080862,c0<BROADCAST,NOTRAILERS,SIMPLEX,MULTICAST,GROUPRT,64BIT,CHECKSUM_OFFLOAD(ACTIVE),CHAIN>',
	},
	verifiesAtStart: true,
	heartbeats: 'topsvcs',
	networkModules: ['ether', 'token', 'fddi', 'atm', 'hps', 'rs232', 'tmscsi', 'tmssa', 'diskhb'],
	nodeCommPaths: true,
	fastDiskTakeover: true,
	eventSummaries: true,
};
