/** HACMP 4.3's adapters define its networks (SG24-5131 4.2.3): Add, Change / Show and Remove an Adapter, and what they leave in the ODM. */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {commandLine, fieldChoices, openFastPath, runDialog, setField} from '../src/menu/dialog.js';
import {testCluster} from './helpers/cluster.js';
import {accepted, menuCatalog, smitOn} from './helpers/smit.js';

const U = '/usr/sbin/cluster/utilities';

const on43 = () => {
	const cluster = testCluster();
	cluster.arrange(state => setRelease(state, '4.3'));
	cluster.ok("echo '10.1.1.1\tnode1_priv' >> /etc/hosts");
	cluster.ok("echo '10.1.1.2\tnode2_priv' >> /etc/hosts");
	cluster.ok("echo '10.1.2.1\tnode1_priv2' >> /etc/hosts");
	cluster.ok("echo '192.168.10.101\tapp2_svc' >> /etc/hosts");
	cluster.ok("echo '192.168.12.11\tnode1_stby2' >> /etc/hosts");
	return cluster;
};

const networks = (cluster: ReturnType<typeof on43>) => [...cluster.ok('odmget HACMPnetwork').matchAll(/^\tname = "(\w+)"$/gm)].map(m => m[1]);

describe("4.3's Add an Adapter", () => {
	it("has 4.3's fields, rings and F4 lists, the study guide's help, and builds its command from them", () => {
		const cluster = on43();
		let model = accepted(openFastPath(menuCatalog('4.3'), 'cm_add_adapter_43', smitOn(cluster)));
		expect(model.fields.map(f => f.option.name)).toEqual([
			'Adapter IP Label',
			'Network Type',
			'Network Name',
			'Network Attribute',
			'Adapter Function',
			'Adapter Identifier',
			'Adapter Hardware Address',
			'Node Name',
		]);
		const option = (name: string) => model.fields.find(f => f.option.name === name)!.option;
		expect(option('Network Type').disp_values).toBe('ether,token,fddi,atm,hps,rs232,tmscsi,tmssa');
		expect(option('Network Attribute').disp_values).toBe('public,private,serial');
		expect(option('Adapter Function').disp_values).toBe('service,standby,boot');
		expect(option('Network Attribute').help).toContain('In the context of HACMP, serial networks means “non-TCP/IP”');
		expect(option('Adapter Function').help).toContain('A node has a single service adapter for each public or private network.');
		expect(option('Network Name').help).toContain('must be used consistently for adapters on the same physical network');
		const f4 = (name: string) =>
			accepted(fieldChoices(option(name), {}, smitOn(cluster)))
				.filter(e => e.selectable)
				.map(e => e.value);
		expect(f4('Network Name')).toEqual(['net_ether_01', 'net_rs232_01']);
		expect(f4('Node Name')).toEqual(['node1', 'node2']);
		expect(f4('Adapter IP Label')).toContain('node1_priv');
		for (const [field, value] of [
			['Adapter IP Label', 'node1_priv'],
			['Network Type', 'token'],
			['Network Name', 'net_priv'],
			['Network Attribute', 'private'],
			['Adapter Function', 'service'],
			['Node Name', 'node1'],
		])
			model = accepted(setField(model, field!, value!));
		expect(commandLine(model)).toBe(`${U}/claddinterface -i 'node1_priv' -t 'token' -w 'net_priv' -A 'private' -f 'service' -n 'node1'`);
		accepted(runDialog(model, smitOn(cluster)));
		// The adapter defined its network, with the type and attribute it gave.
		expect(networks(cluster)).toEqual(['net_ether_01', 'net_rs232_01', 'net_priv']);
		expect(cluster.ok(`odmget -q 'name = net_priv' HACMPnetwork`)).toMatch(/attr = "private"\n\tnetwork_id = 2\n\tnimname = "token"\n/);
		expect(cluster.ok(`odmget -q 'ip_label = node1_priv' HACMPadapter`)).toContain('\tfunction = "service"\n\tidentifier = "10.1.1.1"\n');
		expect(cluster.ok(`${U}/cllsif -n node1`)).toMatch(/^node1_priv +service +net_priv +token +private +node1 +10\.1\.1\.1 /m);
	});

	it('refuses an adapter that disagrees with its network, or breaks the rules of adapter functions', () => {
		const cluster = on43();
		const add = (args: string, message: string) => cluster.refused(`${U}/claddinterface ${args}`, message);
		add('-i node1_priv -w net_priv -f service -n node1', 'ERROR: Network net_priv is not defined: give the Network Type');
		add('-i node1_priv -w net_priv -t ether -A serial -f service -n node1', 'Network type ether is a TCP/IP network: its Network Attribute');
		add(
			'-i node1_priv -w net_priv -t atm -A public -f service -n node1',
			'Network net_priv is an ATM network: ATM networks must be defined as private.',
		);
		cluster.ok(`${U}/claddinterface -i node1_priv -w net_priv -t token -A private -f service -n node1`);
		add('-i node2_priv -w net_priv -t token -A public -f service -n node2', 'Adapter node2_priv gives network net_priv the attribute public');
		add('-i node2_priv -w net_priv -t ether -A private -f service -n node2', 'node2_priv is given type ether, but network net_priv is token.');
		add('-i node1_priv2 -w net_priv -t token -A private -f standby -n node1', 'private networks have no standby adapters (except ATM networks)');
		// A node's own service adapter: app_svc is shared by the group's nodes, so node1 has none on net_ether_01 yet.
		cluster.ok(`${U}/claddinterface -i app2_svc -w net_ether_01 -t ether -A public -f service -n node1`);
		add('-i node1_priv2 -w net_ether_01 -f service -n node1', 'Node node1 already has the service adapter app2_svc on network net_ether_01');
		add('-i node1_priv2 -w net_priv -t token -A private -f service -n node1', 'Node node1 already has the service adapter node1_priv');
		add('-i node1_stby2 -w net_ether_01 -t ether -A public -f boot -n node1', 'Boot adapter node1_stby2 is on no subnet of the service adapters');
		add('-i node1_tty2 -w net_rs232_01 -t rs232 -A serial -f standby -d /dev/tty1 -n node1', 'a communication device takes the function service');
		// Nothing of a refused adapter stays: no half-defined network.
		expect(networks(cluster)).toEqual(['net_ether_01', 'net_rs232_01', 'net_priv']);
	});

	it("claddnode -a, the adapter's attributes colon-separated, defines a network the same way", () => {
		const cluster = on43();
		cluster.ok(`${U}/claddnode -a node1_priv:token:net_priv:private:service:10.1.1.1 -n node1`);
		expect(networks(cluster)).toEqual(['net_ether_01', 'net_rs232_01', 'net_priv']);
		cluster.refused(`${U}/claddnode -a node2_priv:token:net_priv:public:service -n node2`, 'gives network net_priv the attribute public');
		cluster.refused(`${U}/claddnode -a node2_priv:token:net_priv:private:service:10.1.1.9 -n node2`, 'IP label node2_priv is 10.1.1.2 in /etc/hosts');
	});

	it("claddinterface leaves out what the network gives: a defined network's type and attribute, a new serial network's attribute", () => {
		const cluster = on43();
		// The serial ports freed first: removing the last adapters of net_rs232_01 removes it.
		for (const node of ['node1', 'node2']) cluster.ok(`${U}/clrmnode -a ${node}_tty1_01`);
		cluster.ok(`${U}/claddinterface -i node1_tty1 -w net_rs232_02 -t rs232 -f service -d /dev/tty1 -n node1`);
		cluster.ok(`${U}/claddinterface -i node2_tty1 -w net_rs232_02 -f service -d /dev/tty1 -n node2`);
		expect(cluster.ok(`${U}/cllsif`)).toMatch(/^node2_tty1 +service +net_rs232_02 +rs232 +serial +node2 +\/dev\/tty1/m);
		expect(networks(cluster)).toEqual(['net_ether_01', 'net_rs232_02']);
	});

	it('takes a standby adapter on a subnet apart from the service and boot adapters only', () => {
		const cluster = on43();
		cluster.ok("echo '192.168.10.50\tnode1_stby3' >> /etc/hosts");
		cluster.refused(`${U}/claddinterface -i node1_stby3 -w net_ether_01 -t ether -A public -f standby -n node1`, 'is on the subnet of');
		cluster.ok(`${U}/claddinterface -i node1_stby2 -w net_ether_01 -t ether -A public -f standby -n node1`);
		expect(cluster.ok(`${U}/cllsif -n node1`)).toMatch(/^node1_stby2 +standby +net_ether_01 /m);
	});
});

describe("4.3's adapters in the ODM", () => {
	it('a service adapter keeps its hardware address in HACMPadapter, and cllsif shows it', () => {
		const cluster = on43();
		cluster.ok(`${U}/claddinterface -i app2_svc -w net_ether_01 -t ether -A public -f service -h 020000aa0001 -n node1`);
		expect(cluster.ok(`odmget -q 'ip_label = app2_svc' HACMPadapter`)).toContain('\tidentifier = "192.168.10.101"\n\thaddr = "020000aa0001"\n');
		expect(cluster.ok(`${U}/cllsif -n node1`)).toMatch(/^app2_svc +service +net_ether_01 +ether +public +node1 +192\.168\.10\.101 +020000aa0001 /m);
	});
});

describe("4.3's Change / Show and Remove an Adapter", () => {
	it('Change / Show an Adapter shows every field of the adapter and sends what changed to clchnode', () => {
		const cluster = on43();
		const catalog = menuCatalog('4.3');
		expect(catalog.menus.get('cm_adapters_43')!.items.map(i => i.text)).toEqual(['Add an Adapter', 'Change / Show an Adapter', 'Remove an Adapter']);
		let model = accepted(openFastPath(catalog, 'cm_ch_adapter_43_select', smitOn(cluster), ['node1_boot2']));
		expect(model.fields.map(f => [f.option.name, f.value])).toEqual([
			['Adapter IP Label', 'node1_boot2'],
			['New Adapter Label', 'node1_boot2'],
			['Network Type', 'ether'],
			['Network Name', 'net_ether_01'],
			['Network Attribute', 'public'],
			['Adapter Function', 'standby'],
			['Adapter Identifier', '192.168.11.11'],
			['Adapter Hardware Address', ''],
			['Node Name', 'node1'],
		]);
		expect(commandLine(model)).toBe(`${U}/clchnode -a 'node1_boot2'`);
		cluster.ok(`${U}/claddinterface -i node1_priv -w net_priv -t token -A private -f service -n node1`);
		model = accepted(openFastPath(catalog, 'cm_ch_adapter_43_select', smitOn(cluster), ['node1_priv']));
		model = accepted(setField(model, 'New Adapter Label', 'node1_priv2'));
		expect(commandLine(model)).toBe(`${U}/clchnode -a 'node1_priv' -i 'node1_priv2'`);
		accepted(runDialog(model, smitOn(cluster)));
		expect(cluster.ok(`${U}/cllsif -n node1`)).toMatch(/^node1_priv2 +service +net_priv +token +private +node1 +10\.1\.2\.1 /m);
		// The only adapter of a network naming another network anew: the old network goes, the new one is defined.
		cluster.ok(`${U}/clchnode -a node1_priv2 -w net_tr -A public`);
		expect(networks(cluster)).toEqual(['net_ether_01', 'net_rs232_01', 'net_tr']);
		expect(cluster.ok(`odmget -q 'name = net_tr' HACMPnetwork`)).toMatch(/attr = "public"\n.*\n\tnimname = "token"\n/);
		cluster.refused(
			`${U}/clchnode -a node1_priv2 -w net_ether_01 -t token`,
			'ERROR: node1_priv2 is given type token, but network net_ether_01 is ether.',
		);
	});

	it('Remove an Adapter lists every adapter; removing the last adapter of a network removes the network', () => {
		const cluster = on43();
		cluster.ok(`${U}/claddinterface -i node1_priv -w net_priv -t token -A private -f service -n node1`);
		cluster.ok(`${U}/claddinterface -i node2_priv -w net_priv -t token -A private -f service -n node2`);
		const catalog = menuCatalog('4.3');
		const select = catalog.selectors.get('cm_rm_adapter_43_select')!;
		const listed = accepted(fieldChoices(select.body, {}, smitOn(cluster))).map(e => e.value);
		expect(listed).toEqual(expect.arrayContaining(['node1_boot1', 'node1_boot2', 'app_svc', 'node1_priv', 'node1_tty1_01']));
		const model = accepted(openFastPath(catalog, 'cm_rm_adapter_43_select', smitOn(cluster), ['node1_priv']));
		expect(commandLine(model)).toBe(`${U}/clrmnode -a 'node1_priv'`);
		accepted(runDialog(model, smitOn(cluster)));
		expect(networks(cluster)).toContain('net_priv');
		cluster.ok(`${U}/clrmnode -a node2_priv`);
		expect(networks(cluster)).toEqual(['net_ether_01', 'net_rs232_01']);
		// So does removing a node with the last adapters of a network.
		cluster.ok(`${U}/claddinterface -i node2_priv -w net_priv -t token -A private -f service -n node2`);
		cluster.ok(`${U}/clrmgrp -g rg_app`);
		cluster.ok(`${U}/clrmnode -n node2`);
		expect(networks(cluster)).toEqual(['net_ether_01', 'net_rs232_01']);
		expect(cluster.ok(`${U}/cllsnw -N`)).toBe('net_ether_01\nnet_rs232_01\n');
	});
});

describe("4.3's adapter commands say their own flags", () => {
	it('a usage error of claddinterface and clchnode on 4.3 shows -t, -A and -f in the Usage, exit 1', () => {
		const cluster = on43();
		cluster.refused(`${U}/claddinterface -i x -w y -a 1`, /^Usage: claddinterface -i Label -w Network \[-t Type\] \[-A Attribute\] \[-f Function\]/m);
		const clchnode = /^Usage: clchnode -a Label \[-i NewLabel\] \[-w Network\] \[-t Type\] \[-A Attribute\] \[-f Function\]/m;
		cluster.refused(`${U}/clchnode -a node1_boot1 -x`, clchnode);
	});
});

describe('HACMP 5.2 keeps its own interfaces and networks', () => {
	it("claddinterface and clchnode know no -t, -A or -f of 4.3's adapters, and removing an interface keeps its network", () => {
		const cluster = testCluster();
		const usage = cluster.run('/usr/es/sbin/cluster/utilities/claddinterface -h');
		expect(usage.stderr).toContain('Usage: claddinterface -i Label -w Network [-f Function]');
		expect(usage.stderr).not.toMatch(/-t Type|-A Attribute/);
		cluster.refused('/usr/es/sbin/cluster/utilities/claddinterface -i x -w net_ether_01 -t ether', 'Not a recognized flag: t');
		cluster.refused('/usr/es/sbin/cluster/utilities/clchnode -a node1_boot1 -f boot', 'Not a recognized flag: f');
		cluster.ok('/usr/es/sbin/cluster/utilities/clmodnetwork -a -n net_tr -i token');
		expect(cluster.ok('/usr/es/sbin/cluster/utilities/cllsnw -N')).toContain('net_tr');
		expect(cluster.ok('/usr/es/sbin/cluster/utilities/cllsadapter')).not.toContain('app_svc');
	});
});
