/**
 * Names that are also members of every JavaScript object (`__proto__`,
 * `constructor`, `toString`, ...) are names like any other: each command family
 * that makes or looks up something by name takes them, or refuses them by the
 * object's real naming rule, and never fails with an internal error.
 */
import {describe, expect, it} from 'vitest';
import {runLine} from '../src/command/shell.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {PROTOTYPE_NAMES} from './fuzz/fuzz.js';

/** A cluster whose every line is checked for internal errors. */
function cluster(): TestCluster {
	const c = testCluster('two-node');
	const run = c.run.bind(c);
	c.run = (line, node) => {
		const result = run(line, node);
		expect(result.stderr, line).not.toContain('internal error');
		return result;
	};
	return c;
}

// AIX VG and LV names: up to 15 characters.
const lvmName = (name: string) => name.length <= 15;

describe.each(PROTOTYPE_NAMES)('the name %s', name => {
	it('names a resource group', () => {
		const c = cluster();
		c.refused(`clrmgrp -g ${name}`, `Resource group ${name} is not defined`);
		c.ok(`claddgrp -g ${name} -n 'node1 node2' -S OHN -O FNPN -B FBHPN`);
		expect(c.ok('cllsgrp').split('\n')).toContain(name);
		c.refused(`claddgrp -g ${name} -n 'node1 node2' -S OHN -O FNPN -B FBHPN`, `Resource group ${name} already exists.`);
		c.ok(`clchgrp -g ${name} -G ${name}_2`);
		c.ok(`clrmgrp -g ${name}_2`);
		expect(c.ok('cllsgrp').trim()).toBe('rg_app');
	});

	it('names an application server', () => {
		const c = cluster();
		c.refused(`clrmserv ${name}`, `Application server ${name} is not defined.`);
		c.ok(`claddserv -s ${name} -b /usr/local/ha/start_app.sh -e /usr/local/ha/stop_app.sh`);
		expect(c.ok(`cllsserv -n ${name}`)).toMatch(new RegExp(`^${name} +/usr/local/ha/start_app.sh`));
		c.ok(`clchserv -s ${name} -n ${name}_2`);
		c.ok(`clrmserv ${name}_2`);
		expect(c.ok('cllsserv')).not.toContain(name);
	});

	it('names an application monitor', () => {
		const c = cluster();
		c.refused(`clrmappmon ${name}`, `Application monitor ${name} is not defined.`);
		c.ok(
			`claddappmon name=${name} RESOURCE_TO_MONITOR=app_srv MONITOR_TYPE=process PROCESSES=appd PROCESS_OWNER=root INSTANCE_COUNT=1 ` +
				`STABILIZATION_INTERVAL=60 RESTART_COUNT=0 FAILURE_ACTION=notify`,
		);
		expect(c.ok(`cllsappmon ${name}`)).toContain(`name="${name}"`);
		c.ok(`clrmappmon ${name}`);
		c.refused(`cllsappmon ${name}`, `Application monitor ${name} is not defined.`);
	});

	it('names a delayed fallback timer policy', () => {
		const c = cluster();
		c.refused(`cllsfbtimer -n ${name}`, `policy ${name} is not defined`);
		c.ok(`claddfbtimer -n ${name} -r daily -H 1 -M 0`);
		expect(c.ok(`cllsfbtimer -n ${name}`)).toMatch(new RegExp(`^${name} +daily at 01:00`));
		c.ok(`clchfbtimer -n ${name} -N ${name}_2`);
		expect(c.ok('cllsfbtimer')).toMatch(new RegExp(`^${name}_2 +daily at 01:00`));
		c.ok(`clrmfbtimer -n ${name}_2`);
		expect(c.ok('cllsfbtimer')).toBe('');
	});

	it('names a volume group and a logical volume, or is refused by the 15-character rule', () => {
		const c = cluster();
		c.ok('varyonvg datavg');
		if (!lvmName(name)) {
			c.refused(`mkvg -y ${name} hdisk6`, `0516-1002 mkvg: The name ${name} is not valid`);
			c.refused(`mklv -y ${name} datavg 1`, `0516-1002 mklv: The name ${name} is not valid`);
			return;
		}
		c.refused(`lslv ${name}`, /0516-306/);
		c.ok(`mklv -y ${name} datavg 1`);
		expect(c.ok(`lslv ${name}`)).toContain(`LOGICAL VOLUME:     ${name} `);
		c.ok(`rmlv -f ${name}`);
		c.refused(`lslv ${name}`, /0516-306/);
		c.refused(`lsvg ${name}`, /0516-306/);
		c.ok(`mkvg -y ${name} hdisk6`);
		expect(c.ok(`lsvg ${name}`)).toContain(`VOLUME GROUP:       ${name} `);
		c.ok(`varyoffvg ${name}`);
		c.ok(`exportvg ${name}`);
		c.refused(`lsvg ${name}`, /0516-306/);
	});

	it('names a file system', () => {
		const c = cluster();
		c.ok('varyonvg datavg');
		c.ok(`crfs -v jfs2 -g datavg -m /${name} -a size=8M`);
		expect(c.ok(`lsfs /${name}`)).toContain(` /${name} `);
		c.ok(`rmfs /${name}`);
		c.refused(`rmfs /${name}`, `0506-334 /${name} is not a known file system.`);
	});

	it('names a file: cat, grep, wc and redirections', () => {
		const c = cluster();
		// A state just read from its file, whose first command reads a file by redirection.
		const loaded = {...c.session, state: JSON.parse(JSON.stringify(c.state))};
		expect(runLine(loaded, `cat < ${name}`).stderr).toBe(`ksh: ${name}: 0403-016 Cannot find or open the file.\n`);
		c.refused(`cat ${name}`, `cat: 0652-050 Cannot open ${name}.`);
		c.refused(`cat < ${name}`, `ksh: ${name}: 0403-016 Cannot find or open the file.`);
		c.ok(`echo hello > ${name}`);
		expect(c.ok(`cat ${name}`)).toBe('hello\n');
		expect(c.ok(`grep hell ${name}`)).toBe('hello\n');
		expect(c.ok(`cat < ${name}`)).toBe('hello\n');
		expect(c.ok(`wc -l ${name}`)).toMatch(/^\s+1 /);
	});

	it('is not a node: -n lists, C-SPOC, node arguments', () => {
		const c = cluster();
		c.refused(`claddgrp -g rg_x -n 'node1 ${name}' -S OHN -O FNPN -B FBHPN`, `${name} is not a cluster node`);
		c.refused(`cl_lsvg -cspoc '-n ${name}'`, `${name} is not a cluster node`);
		c.refused(`cl_lsvg -cspoc '-g ${name}'`, `Resource group ${name} is not defined`);
		c.refused(`clshowres -n ${name}`, `${name} is not a cluster node`);
		c.refused(`hasmit_load -n ${name}`, `${name} is not a node`);
		c.refused(`lssrc -s ${name}`, `0513-085 The ${name} Subsystem is not on file.`);
	});

	it('survives the state file: a JSON round trip keeps every object so named', () => {
		const c = cluster();
		c.ok(`claddgrp -g ${name} -n 'node1 node2' -S OHN -O FNPN -B FBHPN`);
		c.ok(`claddfbtimer -n ${name} -r daily -H 1 -M 0`);
		c.ok(`echo kept > ${name}`);
		const session = {...c.session, state: JSON.parse(JSON.stringify(c.state))};
		expect(runLine(session, 'cllsgrp').stdout.split('\n')).toContain(name);
		expect(runLine(session, `cllsfbtimer -n ${name}`).stdout).toMatch(new RegExp(`^${name} `));
		expect(runLine(session, `cat ${name}`).stdout).toBe('kept\n');
		expect(runLine(session, `clrmgrp -g ${name}`).code).toBe(0);
		expect(runLine(session, 'cllsgrp').stdout.split('\n')).not.toContain(name);
	});
});
