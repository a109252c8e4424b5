/**
 * Every dialog of AIX's own SMIT screens (menus/aix_*.json), headless on node1 of the two-node cluster: after its
 * set-up, the dialog opened as SMIT opens it (after its selector, with its discover), the fields changed as a user
 * would, the command F6 shows, and that command run successfully.
 */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand, menuCatalog} from './helpers/smit.js';

interface Case {
	/** Lines run first on node1. */
	setup?: string[];
	/** What the selector before the dialog passed on. */
	raw?: string;
	set?: Record<string, string>;
	command: string;
}

const VARYON = 'varyonvg datavg';
const PTF = '/usr/sys/inst.images/hacmp_ptf';
const SM_INST = '/usr/lib/instl/sm_inst installp_cmd';
const SCRATCH_LV = [VARYON, 'mklv -y scratchlv datavg 1'];
const JFS = [VARYON, 'crfs -v jfs -g datavg -a size=65536 -m /old'];

const CASES: Record<string, Case> = {
	// File systems
	lsfs_all: {command: 'lsfs'},
	lsmntfs: {command: 'mount'},
	mountfs: {setup: [VARYON], set: {'FILE SYSTEM name': '/data'}, command: "mount '/data'"},
	umountfs: {setup: [VARYON, 'mount /data'], set: {'NAME of file system to unmount': '/data'}, command: "umount '/data'"},
	backfilesys: {
		setup: [VARYON, 'mount /data'],
		set: {
			'FILESYSTEM name': '/data',
			'DESTINATION device or file': '/tmp/data.bak',
			'LEVEL of backup (0 for a full backup)': '1',
			'RECORD backup in /etc/dumpdates?': 'yes',
		},
		command: "backup -f '/tmp/data.bak' '-1' '-u' '/data'",
	},
	lsjfs2: {command: 'lsfs -v jfs2'},
	crjfs2_dialog: {
		setup: [VARYON],
		raw: 'datavg',
		set: {'SIZE of file system (in 512-byte blocks)': '65536', 'MOUNT POINT': '/app'},
		command: "crfs -v jfs2 -g 'datavg' -a size='65536' -m '/app' -A 'yes' -p 'rw'",
	},
	crjfs2lvstd: {
		setup: SCRATCH_LV,
		set: {'LOGICAL VOLUME name': 'scratchlv', 'MOUNT POINT': '/scratch', 'Mount AUTOMATICALLY at system restart?': 'no'},
		command: "crfs -v jfs2 -d 'scratchlv' -m '/scratch' -A 'no' -p 'rw'",
	},
	chjfs2_dialog: {
		setup: [VARYON],
		raw: '/data',
		set: {'SIZE of file system (in 512-byte blocks)': '8519680'},
		command: "chfs -a size='8519680' '/data'",
	},
	rmjfs2: {setup: [VARYON, 'crfs -v jfs2 -g datavg -a size=65536 -m /scratch'], set: {'FILE SYSTEM name': '/scratch'}, command: "rmfs '/scratch'"},
	lsjfs: {command: 'lsfs -v jfs'},
	crjfs_dialog: {
		setup: [VARYON],
		raw: 'datavg',
		set: {'SIZE of file system (in 512-byte blocks)': '65536', 'MOUNT POINT': '/old', PERMISSIONS: 'read only'},
		command: "crfs -v jfs -g 'datavg' -a size='65536' -m '/old' -A 'yes' -p 'ro'",
	},
	crjfslvstd: {
		setup: [VARYON, 'mklv -y oldlv -t jfs datavg 1'],
		set: {'LOGICAL VOLUME name': 'oldlv', 'MOUNT POINT': '/old'},
		command: "crfs -v jfs -d 'oldlv' -m '/old' -A 'yes' -p 'rw'",
	},
	chjfs_dialog: {setup: JFS, raw: '/old', set: {PERMISSIONS: 'read only'}, command: "chfs -p 'ro' '/old'"},
	rmjfs: {setup: JFS, set: {'FILE SYSTEM name': '/old', 'Remove Mount Point': 'yes'}, command: "rmfs '-r' '/old'"},
	// Software
	install_latest_dialog: {raw: PTF, command: `${SM_INST} -a -Q -d '${PTF}' -f '_all_latest' '-c' '-N' '-g' '-X' '-G'`},
	update_all_dialog: {
		raw: PTF,
		set: {'COMMIT software updates?': 'no', 'SAVE replaced files?': 'yes'},
		command: `${SM_INST} -a -Q -d '${PTF}' -f '_update_all' '-g' '-X' '-G'`,
	},
	list_installed_sw: {set: {'SOFTWARE name': 'cluster.*'}, command: "lslpp -l 'cluster.*'"},
	list_history: {command: 'lslpp -h'},
	commit: {setup: [`installp -a -d ${PTF} all`], command: `${SM_INST} -c -f'all' '-g' '-X'`},
	reject: {setup: [`installp -a -d ${PTF} all`], set: {'SOFTWARE name': 'cluster.es.server.rte'}, command: `${SM_INST} -r -f'cluster.es.server.rte'`},
	// Volume groups
	lsvg: {set: {'List only the ACTIVE volume groups?': 'yes'}, command: "lsvg '-o'"},
	mkvg: {set: {'VOLUME GROUP name': 'appvg', 'PHYSICAL VOLUME names': 'hdisk4 hdisk5'}, command: "mkvg -y 'appvg' -V '39' 'hdisk4' 'hdisk5'"},
	lsvg1_dialog: {setup: [VARYON], raw: 'datavg', command: "lsvg 'datavg'"},
	varyonvg: {set: {'VOLUME GROUP name': 'datavg', 'RESYNCHRONIZE stale physical partitions?': 'no'}, command: "varyonvg '-n' 'datavg'"},
	varyoffvg: {setup: [VARYON], set: {'VOLUME GROUP name': 'datavg'}, command: "varyoffvg 'datavg'"},
	importvg: {
		setup: ['exportvg datavg'],
		set: {'VOLUME GROUP name': 'datavg', 'PHYSICAL VOLUME name': 'hdisk3', 'Volume Group MAJOR NUMBER': '50'},
		command: "importvg -y 'datavg' -V '50' 'hdisk3'",
	},
	exportvg: {set: {'VOLUME GROUP name': 'datavg'}, command: "exportvg 'datavg'"},
	mirrorvg_dialog: {
		setup: ['mkvg -y appvg hdisk4 hdisk5', 'mklv -y applv appvg 2'],
		raw: 'appvg',
		set: {'Mirror sync mode': 'No Sync'},
		command: "mirrorvg '-s' 'appvg'",
	},
	unmirrorvg_dialog: {setup: [VARYON], raw: 'datavg', set: {'PHYSICAL VOLUME names': 'hdisk3'}, command: "unmirrorvg 'datavg' 'hdisk3'"},
	chvg_dialog: {
		setup: [VARYON],
		raw: 'datavg',
		set: {'Activate volume group AUTOMATICALLY at system restart?': 'yes'},
		command: "chvg -a 'y' 'datavg'",
	},
	extendvg: {setup: [VARYON], set: {'VOLUME GROUP name': 'datavg', 'PHYSICAL VOLUME names': 'hdisk4'}, command: "extendvg 'datavg' 'hdisk4'"},
	reducevg: {
		setup: [VARYON, 'extendvg datavg hdisk4'],
		set: {'VOLUME GROUP name': 'datavg', 'PHYSICAL VOLUME names': 'hdisk4'},
		command: "reducevg 'datavg' 'hdisk4'",
	},
	syncvg_vg: {setup: [VARYON], set: {'VOLUME GROUP name': 'datavg'}, command: "syncvg -v 'datavg'"},
	syncvg_lv: {setup: [VARYON], set: {'LOGICAL VOLUME name': 'datalv'}, command: "syncvg -l 'datalv'"},
	// Logical volumes
	lslv_all: {setup: [VARYON], command: 'lsvg -o | lsvg -i -l'},
	mklv_dialog: {
		setup: [VARYON],
		raw: 'datavg',
		set: {
			'Logical volume NAME': 'applv',
			'Number of LOGICAL PARTITIONS': '4',
			'Logical volume TYPE': 'jfs2',
			'Number of COPIES of each logical partition': '2',
		},
		command: "mklv -y 'applv' -t 'jfs2' -c '2' 'datavg' '4'",
	},
	chlv_dialog: {setup: [VARYON], raw: 'datalv', set: {'Mirror Write Consistency?': 'passive'}, command: "chlv -w 'p' 'datalv'"},
	chlv1: {
		setup: SCRATCH_LV,
		set: {'NEW logical volume name': 'renamedlv', 'CURRENT logical volume name': 'scratchlv'},
		command: "chlv -n 'renamedlv' 'scratchlv'",
	},
	extendlv_dialog: {setup: [VARYON], raw: 'datalv', set: {'Number of ADDITIONAL logical partitions': '2'}, command: "extendlv 'datalv' '2'"},
	mklvcopy_dialog: {
		setup: SCRATCH_LV,
		raw: 'scratchlv',
		set: {'SYNCHRONIZE the data in the new logical partition copies?': 'yes'},
		command: "mklvcopy '-k' 'scratchlv' '2'",
	},
	rmlvcopy_dialog: {setup: [VARYON], raw: 'datalv', command: "rmlvcopy 'datalv' '1'"},
	splitlvcopy_dialog: {setup: [VARYON], raw: 'datalv', set: {'NEW logical volume name': 'splitlv'}, command: "splitlvcopy -y 'splitlv' 'datalv' '1'"},
	lslv_dialog: {setup: [VARYON], raw: 'datalv', set: {'List OPTION': 'physical volume map'}, command: "lslv '-l' 'datalv'"},
	rmlv: {setup: SCRATCH_LV, set: {'LOGICAL VOLUME name': 'scratchlv'}, command: "rmlv -f 'scratchlv'"},
	// Physical volumes
	lspv_all: {command: 'lspv'},
	lspv1_dialog: {setup: [VARYON], raw: 'hdisk2', set: {'List OPTION': 'logical volumes'}, command: "lspv '-l' 'hdisk2'"},
	// Subsystems
	lssrc_all: {command: 'lssrc -a'},
	qssys: {set: {'Subsystem name': 'clcomdES', 'LONG status?': 'yes'}, command: "lssrc -s 'clcomdES' '-l'"},
	startssys: {set: {'Subsystem name': 'clinfoES'}, command: "startsrc -s 'clinfoES'"},
	stopssys: {setup: ['startsrc -s clinfoES'], set: {'Subsystem name': 'clinfoES', 'STOP type': 'cancel'}, command: "stopsrc -s 'clinfoES' '-c'"},
	// TCP/IP
	lsinet: {command: 'ifconfig -a'},
	lshostent: {command: 'hostent -S'},
	mkhostent: {
		set: {'INTERNET ADDRESS (dotted decimal)': '10.10.10.30', 'HOST NAME': 'db_svc'},
		command: "hostent -a '10.10.10.30' -h 'db_svc'",
	},
	chhostent_dialog: {
		setup: ['hostent -a 10.10.10.30 -h db_svc'],
		raw: '10.10.10.30',
		set: {'HOST NAME': 'db_svc db'},
		command: "hostent -c '10.10.10.30' -h 'db_svc db'",
	},
	rmhostent_dialog: {setup: ['hostent -a 10.10.10.30 -h db_svc'], raw: '10.10.10.30', command: "hostent -d '10.10.10.30'"},
};

describe("every dialog of AIX's SMIT", () => {
	it('is in the table below', () => {
		const catalog = menuCatalog();
		const dialogs = [...catalog.sources].filter(([key, file]) => key.startsWith('dialog:') && file.includes('aix_')).map(([key]) => key.slice(7));
		expect(dialogs.sort()).toEqual(Object.keys(CASES).sort());
	});

	for (const [id, {setup = [], raw, set = {}, command}] of Object.entries(CASES)) {
		it(`${id}: ${command}`, () => {
			const c = testCluster('two-node');
			for (const line of setup) c.ok(line);
			const line = dialogCommand(c, id, raw === undefined ? {} : {_rawname: raw, _cookedname: raw}, set);
			expect(line).toBe(command);
			c.ok(line);
		});
	}
});
