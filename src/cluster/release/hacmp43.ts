/**
 * HACMP for AIX 4.3 (classic), the release of the study guide (seed 000,
 * SG24-5131): /usr/sbin/cluster, the four daemons of §8.2.1 started by
 * clstart and stopped by clstop (none runs while services are down),
 * cascading, rotating and concurrent groups, and the forced stop, which
 * only classic (not HACMP/ES) supports.
 */
import {CLASSIC_EVENTS, type ReleaseProfile} from './profile.js';

const DIR = '/usr/sbin/cluster';

export const HACMP_43: ReleaseProfile = {
	release: '4.3',
	product: 'HACMP for AIX 4.3',
	clusterDir: DIR,
	// SG24-5131 8.2: clstop is in etc/, and C-SPOC's cl_rc.cluster and cl_clstop in utilities/.
	movedCommands: {
		[`${DIR}/etc/clstop`]: '/usr/es/sbin/cluster/utilities/clstop',
		[`${DIR}/utilities/cl_rc.cluster`]: '/usr/es/sbin/cluster/cspoc/cl_rc.cluster',
		[`${DIR}/utilities/cl_clstop`]: '/usr/es/sbin/cluster/cspoc/cl_clstop',
	},
	serverFileset: 'cluster.base.server.rte',
	filesets: {
		// HACMP 4.3.1 ran on AIX 4.3.3.
		'bos.rte': {level: '4.3.3.75', description: 'Base Operating System Runtime'},
		'cluster.base.client.lib': {level: '4.3.1.0', description: 'HACMP Base Client Libraries'},
		'cluster.base.client.rte': {level: '4.3.1.0', description: 'HACMP Base Client Runtime'},
		'cluster.base.server.rte': {level: '4.3.1.0', description: 'HACMP Base Server Runtime'},
		'cluster.base.server.utils': {level: '4.3.1.0', description: 'HACMP Base Server Utilities'},
		'cluster.cspoc.rte': {level: '4.3.1.0', description: 'HACMP CSPOC Runtime Commands'},
	},
	subsystems: [
		{name: 'clstrmgr', group: 'cluster', part: 'hacmp', role: 'manager', program: `${DIR}/clstrmgr`},
		{name: 'clsmuxpd', group: 'cluster', part: 'hacmp', role: 'smux', program: `${DIR}/clsmuxpd`},
		{name: 'clinfo', group: 'cluster', part: 'optional', role: 'info', program: `${DIR}/clinfo`},
		{name: 'cllockd', group: 'lock', part: 'optional', role: 'lock', program: `${DIR}/cllockd`},
	],
	odmDirectory: '/etc/objrepos',
	managerSccsid: '"@(#)36\t1.49 src/packages/cluster/usr/sbin/cluster/clstrmgr/main.c, hacmp.clstrmgr, 43haes_r431, 9940A_hacmp431 9/28/99 10:12:43"',
	clVersion: 4,
	inittab: [],
	clusterLog: '/var/adm/cluster.log',
	fileSystems: ['jfs'],
	ipLabelRoles: ['boot', 'service'],
	stopModes: ['graceful', 'takeover', 'forced'],
	groupTypes: ['cascading', 'rotating', 'concurrent'],
	events: CLASSIC_EVENTS,
	networkTypes: ['ether', 'token', 'fddi', 'atm', 'hps', 'rs232', 'tmscsi', 'tmssa'],
	ipatMethods: ['replacement'],
	adapterModel: 'classic',
	lsvg: {concurrent: 'Capable', aix5Lines: false},
	// AIX 4.3.3 knows no checksum offload or interface chains.
	ifconfigFlags: {
		up: 'e080863<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT>',
		down: 'e080862<BROADCAST,NOTRAILERS,SIMPLEX,MULTICAST,GROUPRT,64BIT>',
	},
	verifiesAtStart: false,
	heartbeats: 'nim',
	// SG24-5131 4.2.4: the modules of its network types, and generic IP, SOCC and SLIP.
	networkModules: ['ether', 'token', 'fddi', 'atm', 'hps', 'rs232', 'tmscsi', 'tmssa', 'IP', 'socc', 'slip'],
	nodeCommPaths: false,
	fastDiskTakeover: false,
	eventSummaries: false,
};
