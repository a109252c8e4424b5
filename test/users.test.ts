import {describe, expect, it} from 'vitest';
import {validateState} from '../src/store/state-file.js';
import {migrate} from '../src/store/migrations.js';
import {STATE_VERSION} from '../src/cluster/state.js';
import {testCluster} from './helpers/cluster.js';

describe('account files on a node', () => {
	it('shows /etc/passwd, /etc/group and hashed passwords, never the clear text', () => {
		const cluster = testCluster();
		expect(cluster.ok('grep oracle /etc/passwd')).toBe('oracle:!:201:200:Oracle software owner:/home/oracle:/usr/bin/ksh\n');
		expect(cluster.ok('grep ^dba /etc/group')).toBe('dba:!:200:oracle\n');
		cluster.ok('mkuser pat');
		cluster.ok("echo 'Secret12\nSecret12' | passwd pat");
		const shadow = cluster.ok('cat /etc/security/passwd');
		expect(shadow).toMatch(/pat:\n\tpassword = [./0-9A-Za-z]{13}\n\tlastupdate = \d+\n\tflags = ADMCHG\n/);
		expect(shadow).not.toContain('Secret12');
		expect(cluster.ok('cat /usr/lib/security/mkuser.default')).toContain('home = /home/$USER');
	});

	it('gives big its 5,000 users without storing them', () => {
		const cluster = testCluster('big');
		expect(cluster.ok('lsuser -a id u05000')).toBe('u05000 id=6000\n');
		expect(cluster.state.accounts).toBeUndefined();
	});
});

describe('AIX commands on the local node', () => {
	it('mkuser takes the lowest free uid from 200 and mkuser.default, lsuser shows it', () => {
		const cluster = testCluster();
		cluster.ok('mkuser gecos="Pat Doe" pat');
		expect(cluster.ok('lsuser -a id pgrp groups home shell gecos pat')).toBe(
			'pat id=200 pgrp=staff groups=staff home=/home/pat shell=/usr/bin/ksh gecos=Pat Doe\n',
		);
		expect(cluster.ok('lsuser -c -a id home pat')).toBe('#name:id:home\npat:200:/home/pat\n');
		expect(cluster.ok('lsuser -f -a id pat')).toBe('pat:\n\tid=200\n\n');
		expect(cluster.ok('id pat')).toBe('uid=200(pat) gid=1(staff)\n');
		expect(cluster.ok('lsuser ALL').split('\n').length).toBeGreaterThan(15);
	});

	it('run by hand on each node, leaves the same user with different uids, which clverify reports', () => {
		const cluster = testCluster();
		cluster.ok('mkuser id=300 pat', 'node1');
		cluster.ok('mkuser pat', 'node2');
		expect(cluster.ok('lsuser -a id pat', 'node1')).toBe('pat id=300\n');
		expect(cluster.ok('lsuser -a id pat', 'node2')).toBe('pat id=200\n');
		expect(cluster.run('clverify').stdout).toContain('User pat has a different user id on the cluster nodes: node1 300, node2 200.');
	});

	it('chuser, rmuser, mkgroup, chgroup, rmgroup', () => {
		const cluster = testCluster();
		cluster.ok('mkgroup id=500 apps');
		cluster.ok('mkuser pgrp=apps groups=apps,dba pat');
		expect(cluster.ok('lsgroup -a id users dba')).toBe('dba id=200 users=oracle,pat\n');
		cluster.ok('chuser shell=/usr/bin/csh pat');
		expect(cluster.ok('grep ^pat: /etc/passwd')).toBe('pat:*:200:500::/home/pat:/usr/bin/csh\n');
		cluster.refused('rmgroup apps', '3004-697 Group "apps" is the primary group of user "pat".');
		cluster.ok('rmuser -p pat');
		cluster.refused('lsuser pat', '3004-687 User "pat" does not exist.');
		expect(cluster.ok('lsgroup -a users dba')).toBe('dba users=oracle\n');
		cluster.ok('chgroup users=oracle apps');
		cluster.ok('rmgroup apps');
		expect(cluster.run('grep -c apps /etc/group').stdout).toBe('0\n');
	});

	it('plain rmuser leaves the password stanza in /etc/security/passwd; rmuser -p removes it, as AIX does', () => {
		const cluster = testCluster();
		cluster.ok('mkuser pat');
		cluster.ok('mkuser kim');
		cluster.ok("echo 'Secret12\nSecret12' | passwd pat");
		cluster.ok("echo 'Secret34\nSecret34' | passwd kim");
		cluster.ok('rmuser pat');
		cluster.ok('rmuser -p kim');
		const shadow = cluster.ok('cat /etc/security/passwd');
		expect(shadow).toMatch(/\npat:\n\tpassword = [./0-9A-Za-z]{13}\n\tlastupdate = \d+\n\tflags = ADMCHG\n/);
		expect(shadow).not.toContain('kim:');
		expect(cluster.run('grep -c ^pat: /etc/security/user').stdout).toBe('0\n');
		expect(validateState(JSON.parse(JSON.stringify(cluster.state)))).toBeUndefined();
		cluster.ok('mkuser pat');
		expect(cluster.ok('grep -c ^pat: /etc/security/passwd')).toBe('1\n');
		cluster.ok('rmuser -p pat');
		expect(cluster.run('grep -c ^pat: /etc/security/passwd').stdout).toBe('0\n');
		cluster.ok('cl_rmuser operator');
		expect(cluster.ok('grep -c ^operator: /etc/security/passwd', 'node2')).toBe('1\n');
	});

	it('refuses bad input with AIX messages and changes nothing', () => {
		const cluster = testCluster();
		cluster.refused('mkuser averylongname', '3004-694 Error adding "averylongname" : Name is too long.');
		cluster.refused('mkuser -- -pat', '3004-694 Error adding "-pat" : Invalid name.');
		cluster.refused('mkuser id=201 pat', '3004-692 Error changing "id" to "201" : Value is invalid.');
		cluster.refused('mkuser colour=red pat', '3004-691 Error changing "colour" : Attribute is not valid.');
		cluster.refused('mkuser oracle', '3004-689 User "oracle" exists.');
		cluster.refused('chuser shell=/bin/ksh nobody1', '3004-687 User "nobody1" does not exist.');
		cluster.refused('mkuser pgrp=nogroup pat', '3004-686 Group "nogroup" does not exist.');
	});
});

describe('NIS', () => {
	const nisClient = () => {
		const cluster = testCluster();
		for (const node of ['node1', 'node2']) cluster.ok('mkclient -S nisserv', node);
		return cluster;
	};

	it('NIS users resolve on a client but are not in its local files', () => {
		const cluster = nisClient();
		expect(cluster.ok('lsuser -a id registry nisusr1')).toBe('nisusr1 id=3001 registry=NIS\n');
		expect(cluster.run('grep -c nisusr1 /etc/passwd').stdout).toBe('0\n');
		expect(cluster.ok('tail -1 /etc/passwd')).toBe('+::0:0:::\n');
		cluster.ok('rmclient');
		cluster.refused('lsuser nisusr1', '3004-687 User "nisusr1" does not exist.');
	});

	it('cl_lsuser does not show NIS users; cl_chuser warns and refuses to change one', () => {
		const cluster = nisClient();
		expect(cluster.ok('cl_lsuser -a id ALL')).not.toContain('nisusr1');
		const result = cluster.refused('cl_chuser shell=/bin/csh nisusr1', 'User nisusr1 does not exist on node(s) node1,node2.');
		expect(result.stderr).toContain('Do not use HACMP user management with NIS');
	});
});

describe('C-SPOC', () => {
	it('cl_mkuser gives one uid free on every node, logged only where it ran', () => {
		const cluster = testCluster();
		cluster.ok('mkuser temp', 'node2');
		cluster.ok('cl_mkuser pat');
		expect(cluster.ok('cl_lsuser -a id pat')).toBe('node1: pat id=204\nnode2: pat id=204\n');
		expect(cluster.file('node1', '/tmp/cspoc.log')).toContain('cl_mkuser pat');
		expect(cluster.file('node2', '/tmp/cspoc.log')).toBe('');
		expect(cluster.run('clverify').stdout).not.toContain('different user id');
	});

	it('cl_mkuser refuses an id taken on any node, and a user that exists on one', () => {
		const cluster = testCluster();
		cluster.ok('mkuser id=300 temp', 'node2');
		cluster.refused('cl_mkuser id=300 pat', 'cl_mkuser: User ID 300 is already in use on node(s) node2; choose another.');
		cluster.refused('cl_mkuser temp', 'cl_mkuser: User temp already exists on node(s) node2.');
	});

	it('cl_chgroup refuses a gid another group has on any node, and keeps the group its own', () => {
		const cluster = testCluster();
		cluster.ok('cl_mkgroup apps');
		cluster.ok('mkgroup id=300 temp', 'node2');
		cluster.refused('cl_chgroup id=300 apps', 'cl_chgroup: Group ID 300 is already in use on node(s) node2; choose another.');
		const own = /apps id=(\d+)/.exec(cluster.ok('lsgroup -a id apps'))![1];
		cluster.ok(`cl_chgroup id=${own} apps`);
		cluster.ok('cl_chgroup id=301 apps');
		expect(cluster.ok('cl_lsgroup -a id apps')).toBe('node1: apps id=301\nnode2: apps id=301\n');
	});

	it('cl_rmuser removes the account everywhere; the home directory stays, owned by the old uid', () => {
		const cluster = testCluster();
		cluster.ok('cl_mkuser -cspoc "-n node1,node2" pat');
		cluster.ok('cl_rmuser -p pat');
		cluster.refused('cl_lsuser pat', 'node1: 3004-687 User "pat" does not exist.');
		expect(cluster.state.accounts!.node2!.homes['/home/pat']).toEqual({uid: 200, gid: 1, mode: '750'});
	});

	it('cl_chuser, cl_mkgroup, cl_chgroup, cl_rmgroup and cl_chpasswd act on every node', () => {
		const cluster = testCluster();
		cluster.ok('cl_chuser shell=/usr/bin/csh oracle');
		expect(cluster.ok('cl_lsuser -a shell oracle')).toBe('node1: oracle shell=/usr/bin/csh\nnode2: oracle shell=/usr/bin/csh\n');
		cluster.ok('cl_mkgroup apps');
		expect(cluster.ok('cl_lsgroup -a id apps')).toBe('node1: apps id=202\nnode2: apps id=202\n');
		cluster.ok('cl_chgroup users=oracle apps');
		cluster.ok('cl_rmgroup apps');
		cluster.refused('cl_lsgroup apps', '3004-686 Group "apps" does not exist.');
		cluster.ok("echo 'Newpass1\nNewpass1' | cl_chpasswd -f ADMCHG oracle");
		expect(cluster.ok('cat /etc/security/passwd', 'node2')).toContain('flags = ADMCHG');
	});
});

describe('names users choose', () => {
	it('a user and a group named toString are ordinary accounts; __proto__ is too long for AIX', () => {
		const cluster = testCluster();
		cluster.ok('cl_mkgroup toString');
		cluster.ok('cl_mkuser pgrp=toString toString');
		expect(cluster.ok('cl_lsuser -a id pgrp toString')).toBe('node1: toString id=200 pgrp=toString\nnode2: toString id=200 pgrp=toString\n');
		cluster.refused('mkuser __proto__', '3004-694 Error adding "__proto__" : Name is too long.');
	});
});

describe('passwords and processes', () => {
	it('pwdadm sets, shows and clears the password flags', () => {
		const cluster = testCluster();
		cluster.ok('pwdadm -f ADMCHG oracle');
		expect(cluster.ok('pwdadm -q oracle')).toBe('oracle:\n\tlastupdate = 1104537600\n\tflags = ADMCHG\n');
		cluster.ok('pwdadm -c oracle');
		expect(cluster.ok('pwdadm -q oracle')).toBe('oracle:\n\tlastupdate = 1104537600\n\tflags = \n');
		cluster.refused("echo 'abc\nabd' | passwd oracle", '3004-604 Your entries do not match.');
	});

	it('refuses to remove a user whose application is running, on any node', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			const config = state.configs[state.nodes.node1!.dcd]!;
			config.appMonitors.app_mon = {
				name: 'app_mon',
				server: 'app_srv',
				kind: 'process',
				stabilization: 60,
				restartCount: 3,
				restartInterval: 0,
				action: 'notify',
				owner: 'oracle',
			} as (typeof config.appMonitors)[string];
			state.nodes.node1!.apps.app_srv = {pid: 4242, since: state.clock};
		});
		cluster.refused('cl_rmuser oracle', 'node1: 3004-714 Cannot remove user "oracle": it owns running processes (application server app_srv).');
		cluster.ok('rmuser oracle', 'node2');
	});
});

describe('the state file', () => {
	it('keeps only what changed, checks its shape, and takes a version 4 file as it is', () => {
		const cluster = testCluster();
		cluster.ok('cl_mkuser pat');
		const data = JSON.parse(JSON.stringify(cluster.state));
		expect(Object.keys(data.accounts.node1.users)).toEqual(['pat']);
		expect(validateState(data)).toBeUndefined();
		data.accounts.node1.users.pat.id = 'two hundred';
		expect(validateState(data)).toBe('its accounts.node1.users.pat.id is not a number');
		const old = {...JSON.parse(JSON.stringify(cluster.state)), version: 4};
		delete old.accounts;
		expect(migrate(old, 4, STATE_VERSION)).toBeUndefined();
		expect(validateState(old)).toBeUndefined();
	});
});
