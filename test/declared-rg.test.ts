/**
 * The resource group, application, run-time policy, move, verify/sync and C-SPOC helper commands
 * are declared: help for every flag and operand, Usage as before.
 */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const U = '/usr/es/sbin/cluster/utilities';
const POLICY = '[-S OHN|OFAN|OAAN|OUDP -O FNPN|FUDNP|BO -B FBHPN|NFB] [-s ignore|primary|either|both]';
const RESOURCES =
	'SERVICE_LABEL, APPLICATIONS, VOLUME_GROUP, CONCURRENT_VOLUME_GROUP, FORCED_VARYON, VG_AUTO_IMPORT, FILESYSTEM, FSCHECK_TOOL, RECOVERY_METHOD, ' +
	'FS_BEFORE_IPADDR, EXPORT_FILESYSTEM, MOUNT_FILESYSTEM, DISK, MISC_DATA, INACTIVE_TAKEOVER, CASCADE_WO_FALLBACK, NODE_PRIORITY_POLICY, FALLBACK_AT';
const MONITOR =
	'NAME=value ... where NAME is name, RESOURCE_TO_MONITOR, MONITOR_TYPE, PROCESSES, PROCESS_OWNER, INSTANCE_COUNT, MONITOR_METHOD, ' +
	'MONITOR_INTERVAL, HUNG_MONITOR_SIGNAL, STABILIZATION_INTERVAL, RESTART_COUNT, RESTART_INTERVAL, FAILURE_ACTION, NOTIFY_METHOD, CLEANUP_METHOD, ' +
	'RESTART_METHOD';

/** Each command's path and the Usage it printed before it was declared. */
const USAGE: Record<string, string> = {
	[`${U}/claddgrp`]: `Usage: claddgrp -g group -n 'node1 node2 ...' ${POLICY}`,
	[`${U}/clchgrp`]: `Usage: clchgrp -g group [-G new_name] [-n 'node1 node2 ...'] ${POLICY}`,
	[`${U}/clrmgrp`]: 'Usage: clrmgrp -g group',
	[`${U}/claddres`]: `Usage: claddres -g group NAME=value ...\n       NAME is one of ${RESOURCES}`,
	[`${U}/cllsres`]: 'Usage: cllsres [-c] [-g group]',
	[`${U}/clshowres`]: 'Usage: clshowres [-c] [-g group | -n node]',
	[`${U}/cllssvcs`]: 'Usage: cllssvcs',
	[`${U}/cllsvg`]: 'Usage: cllsvg [-g group]',
	[`${U}/cllsfs`]: 'Usage: cllsfs [-g group]',
	[`${U}/cllsdnp`]: 'Usage: cllsdnp',
	[`${U}/claddserv`]: 'Usage: claddserv -s server_name -b start_script -e stop_script',
	[`${U}/clchserv`]: 'Usage: clchserv -s server_name [-n new_name] [-b start_script] [-e stop_script]',
	[`${U}/clrmserv`]: 'Usage: clrmserv server_name',
	[`${U}/cllsserv`]: 'Usage: cllsserv [-c] [-n server_name]',
	[`${U}/claddappmon`]: `Usage: claddappmon ${MONITOR}`,
	[`${U}/clchappmon`]: `Usage: clchappmon name=monitor_name ${MONITOR}`,
	[`${U}/clrmappmon`]: 'Usage: clrmappmon monitor_name',
	[`${U}/cllsappmon`]: 'Usage: cllsappmon [-c] [-t process|user] [monitor_name]',
	[`${U}/clsettlingtime`]: 'Usage: clsettlingtime [-c] [-t seconds]',
	[`${U}/claddfbtimer`]:
		'Usage: claddfbtimer -n name -r daily|weekly|monthly|yearly|once -H hour -M minute [-w day_of_week] [-d day_of_month] [-m month] [-y year]',
	[`${U}/clchfbtimer`]:
		'Usage: clchfbtimer -n name [-N new_name] [-r recurrence] [-H hour] [-M minute] [-w day_of_week] [-d day_of_month] [-m month] [-y year]',
	[`${U}/clrmfbtimer`]: 'Usage: clrmfbtimer -n name',
	[`${U}/cllsfbtimer`]: 'Usage: cllsfbtimer [-c] [-n name]',
	[`${U}/clverify`]: 'Usage: clverify [-c] [-C no|yes|interactive] [-V normal|verbose]',
	'/usr/es/sbin/cluster/diag/clverify': 'Usage: clverify [-c] [-C no|yes|interactive] [-V normal|verbose]',
	[`${U}/cldare`]: 'Usage: cldare -r -t [-v | -x] [-f] [-c] [-C no|yes|interactive] [-V normal|verbose]',
	[`${U}/clRGmove`]: 'Usage: clRGmove -g groupname [-n nodename] -m | -u | -d [-p] [-i]',
	[`${U}/cllsrgmove`]: 'Usage: cllsrgmove -m | -u | -d [-g groupname]',
	'/usr/es/sbin/cluster/cspoc/fix_args': 'Usage: fix_args Operation Command [Arguments...]',
};

/** The commands that only show the cluster. */
const READ_ONLY = ['cllsres', 'clshowres', 'cllssvcs', 'cllsvg', 'cllsfs', 'cllsdnp', 'cllsserv', 'cllsappmon', 'cllsfbtimer', 'cllsrgmove'];

// The registry the test cluster runs (wherever the composition root builds it).
const {registry} = testCluster().session;

describe('declared resource group commands', () => {
	for (const [path, usage] of Object.entries(USAGE)) {
		const name = path.slice(path.lastIndexOf('/') + 1);
		it(`${path} has help for itself, every flag and every operand`, () => {
			const help = registry.lookup(path)?.help;
			expect(help?.summary).toMatch(/^[A-Z].*\.$/);
			const missing = [
				...Object.entries(help!.flags).map(([flag, f]) => [`-${flag}`, f.help] as const),
				...help!.operands.map(o => [o.name, o.help] as const),
			].filter(([, text]) => !text);
			expect(missing).toEqual([]);
			expect(help!.readOnly).toBe(READ_ONLY.includes(name));
		});

		it(`${path} -? prints the Usage it always did`, () => {
			const result = testCluster().run(`${path} -?`);
			expect(result.code).toBe(1);
			expect(result.stderr).toBe(`${name}: Not a recognized flag: ?\n${usage}\n`);
		});
	}

	it('clverify is one declaration found in both directories', () => {
		expect(registry.lookup(`${U}/clverify`)!.help).toBe(registry.lookup('/usr/es/sbin/cluster/diag/clverify')!.help);
	});
});

describe('one way to refuse', () => {
	it('a definition refusal is an ERROR: line from the catalogue, and changes nothing', () => {
		const cluster = testCluster();
		expect(cluster.refused('claddserv -s 9srv -b /start -e /stop', /^ERROR: Application server name "9srv" is not valid/).stderr).toBe(
			'ERROR: Application server name "9srv" is not valid: use up to 32 letters, digits and underscores, not starting with a digit.\n',
		);
		expect(cluster.refused('clshowres -n ghost', /ghost/).stderr).toBe('ERROR: ghost is not a cluster node.\n');
	});

	it("claddgrp's and clchgrp's policies are declared values: a value not among them is refused by the declaration, as before", () => {
		for (const name of ['claddgrp', 'clchgrp']) {
			const flags = registry.lookup(name)!.help.flags;
			expect([flags.S?.values, flags.O?.values, flags.B?.values, flags.s?.values]).toEqual([
				['OHN', 'OFAN', 'OAAN', 'OUDP'],
				['FNPN', 'FUDNP', 'BO'],
				['FBHPN', 'NFB'],
				['ignore', 'primary', 'either', 'both'],
			]);
		}
		const cluster = testCluster();
		const usage = `Usage: claddgrp -g group -n 'node1 node2 ...' ${POLICY}\n`;
		const add = (policies: string) => cluster.refused(`claddgrp -g rg_x -n 'node1 node2' ${policies}`, /claddgrp/).stderr;
		expect(add('-S OHX -O FNPN -B NFB')).toBe(`claddgrp: OHX is not a startup policy; use one of OHN, OFAN, OAAN, OUDP.\n${usage}`);
		expect(add('-S OHN -O FNP -B NFB')).toBe(`claddgrp: FNP is not a fallover policy; use one of FNPN, FUDNP, BO.\n${usage}`);
		expect(add('-S OHN -O FNPN -B never')).toBe(`claddgrp: never is not a fallback policy; use one of FBHPN, NFB.\n${usage}`);
		// -s beside them refuses in the same words, not getopt's `-s takes ...`.
		expect(add('-S OHN -O FNPN -B NFB -s nowhere')).toBe(
			`claddgrp: nowhere is not a site policy; use one of ignore, primary, either, both.\n${usage}`,
		);
		expect(cluster.refused('clchgrp -g rg_app -B never', /never/).stderr).toMatch(
			/^clchgrp: never is not a fallback policy; use one of FBHPN, NFB\.\nUsage: clchgrp /,
		);
	});

	it('an operand where a command takes none is refused by the declaration, with the Usage', () => {
		const cluster = testCluster();
		expect(cluster.refused('clrmfbtimer -n nightly extra', /extra/).stderr).toBe(
			'clrmfbtimer: unexpected argument extra.\nUsage: clrmfbtimer -n name\n',
		);
		expect(cluster.refused('clrmserv db_srv other', /other/).stderr).toBe('clrmserv: unexpected argument other.\nUsage: clrmserv server_name\n');
	});
});
