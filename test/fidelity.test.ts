/**
 * hasmit against real text. Each excerpt below is copied from a public source (named with it) and compared with what
 * hasmit shows in the same situation, so that what was made faithful stays faithful.
 */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {loadCheckedMenus} from '../src/cli/menus.js';
import {commandLine, openFastPath, setField} from '../src/menu/dialog.js';
import {accepted, smitOn} from './helpers/smit.js';
import {testCluster} from './helpers/cluster.js';

const SG24_5131 = 'IBM Redbook SG24-5131-00, IBM Certification Study Guide AIX HACMP (HACMP 4.3)';

const on43 = () => {
	const cluster = testCluster();
	cluster.arrange(state => setRelease(state, '4.3'));
	return cluster;
};

/** The events hacmp.out shows starting, in order. */
const started = (log: string) => [...log.matchAll(/EVENT START: (\S+)/g)].map(m => m[1]!);

/** The sub-events run between an event's START and COMPLETED lines. */
function subEvents(log: string, event: string): string[] {
	const from = log.indexOf(`EVENT START: ${event}`);
	const to = log.indexOf(`EVENT COMPLETED: ${event}`, from);
	return started(log.slice(from, to)).slice(1);
}

/** `names` appear in `documented` and in its order (a sub-event runs only when its resource is configured). */
const inDocumentedOrder = (names: readonly string[], documented: readonly string[]) =>
	names.every((name, i) => documented.includes(name) && (i === 0 || documented.indexOf(names[i - 1]!) < documented.indexOf(name)));

describe(`HACMP 4.3 as ${SG24_5131} shows it`, () => {
	it('8.2.2.1 (p.157, https://manualsdump.com/en/manuals/ibm-sg24-5131-00/120400/175): the inittab entry of rc.cluster -R', () => {
		const real = 'hacmp:2:wait:/usr/sbin/cluster/etc/rc.cluster -boot > /dev/console 2>&1 # Bring up Cluster';
		const cluster = on43();
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -R');
		expect(cluster.ok('grep ^hacmp: /etc/inittab')).toBe(`${real}\n`);
	});

	it('8.2.1 (p.156): the HACMP daemons are clstrmgr, clsmuxpd, cllockd and clinfo', () => {
		const real = ['clstrmgr', 'clsmuxpd', 'cllockd', 'clinfo'];
		const shown = on43()
			.ok('lssrc -a')
			.split('\n')
			.slice(1, -1)
			.map(line => line.trim().split(/\s+/)[0]);
		expect(shown.sort()).toEqual([...real].sort());
	});

	it('5.1.1 (pp.118-119, https://manualsdump.com/en/manuals/ibm-sg24-5131-00/120400/136 and /137): node_up and node_down sub-events', () => {
		const nodeUpLocal = ['acquire_service_addr', 'acquire_takeover_addr', 'get_disk_vg_fs'];
		const nodeDownLocal = ['stop_server', 'release_takeover_addr', 'release_vg_fs', 'release_service_addr'];
		const nodeDownRemote = ['acquire_takeover_addr', 'get_disk_vg_fs'];
		const cluster = on43();
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N', 'node2');
		cluster.ok('/usr/sbin/cluster/etc/clstop -gr -N');
		const node1 = cluster.file('node1', '/tmp/hacmp.out');
		const node2 = cluster.file('node2', '/tmp/hacmp.out');
		expect(subEvents(node1, 'node_up_local')).toEqual(['acquire_service_addr', 'get_disk_vg_fs']);
		expect(inDocumentedOrder(subEvents(node1, 'node_up_local'), nodeUpLocal)).toBe(true);
		expect(subEvents(node1, 'node_down_local')).toEqual(['stop_server', 'release_vg_fs', 'release_service_addr']);
		expect(inDocumentedOrder(subEvents(node1, 'node_down_local'), nodeDownLocal)).toBe(true);
		expect(subEvents(node2, 'node_down_remote')).toEqual(nodeDownRemote);
		// "node_up_local_complete: Calls the start_server script"; node_down_complete initiates node_down_remote_complete.
		expect(subEvents(node1, 'node_up_local_complete')).toEqual(['start_server']);
		expect(started(node2).slice(-3)).toEqual(['node_down_complete', 'node_down_remote_complete', 'start_server']);
	});

	it('8.2.3.2 (p.158): a forced stop leaves the service address, applications, file systems and volume groups up', () => {
		const cluster = on43();
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		cluster.ok('/usr/sbin/cluster/etc/clstop -f -N');
		const node1 = cluster.state.nodes.node1!;
		expect(Object.values(node1.interfaces).flatMap(i => i.addresses)).toContain('app_svc');
		expect(node1.apps.app_srv).toBeDefined();
		expect(node1.lvm.mounts['/data']).toBeDefined();
		expect(node1.lvm.varyon.datavg).toBeDefined();
		expect(node1.subsystems.clstrmgr!.pid).toBe(0);
	});
});

describe('HACMP 5 command lines as published', () => {
	it("smit clstop's command, as a public wrapper script copied it (code index file 24716890332): ring values quoted", () => {
		// biome-ignore lint/suspicious/noTemplateCurlyInString: ${NODES} is the script's own shell variable.
		const real = "_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_clstop '-N' -cspoc-n ${NODES} '-s' '-gr'";
		const cluster = testCluster();
		const {catalog} = loadCheckedMenus();
		let stop = accepted(openFastPath(catalog, 'clstop', smitOn(cluster)));
		stop = accepted(setField(stop, 'BROADCAST cluster shutdown?', 'false'));
		stop = accepted(setField(stop, 'Shutdown mode (graceful or graceful with takeover, forced)', 'takeover'));
		expect(commandLine(stop)).toBe(real.replace(/\$\{NODES\}/, "'node1'"));
	});

	// IBM's cl_rc.cluster page: https://www.ibm.com/docs/zh/SSPHQG_7.2/command/cl_rc.cluster.html
	it("every flag smit clstart (5.2) can give is in IBM's cl_rc.cluster syntax", () => {
		const real =
			'cl_rc.cluster [-cspoc "[-f] [-g ResourceGroup | -nNodeList ]"] [-boot] [b] [-i | I] [-N | -R | -B] [-M | -A] [-x] [-r] [-v] [-C interactive|yes]';
		// The page drops some dashes ([b], [-i | I]): a flag is any word opening a bracket or following a bar.
		const documented = new Set([...real.matchAll(/(?:\[|\| )-?([a-zA-Z]+)/g)].map(m => m[1]!));
		const {catalog} = loadCheckedMenus();
		const flags = catalog.dialogs.get('clstart')!.fields.flatMap(f =>
			f.aix_values
				.split(',')
				.filter(Boolean)
				.map(v => v.replace(/^-/, '')),
		);
		expect(flags.filter(flag => !documented.has(flag))).toEqual([]);
		expect(flags).toEqual(['N', 'R', 'B', 'b', 'i', 'r']);
	});
});
