/** SMIT's dialog rules driven headless (src/menu/dialog.ts): what they refuse, with SMIT's messages, and the lines they run. */
import {describe, expect, it} from 'vitest';
import {observe} from '../src/command/shell.js';
import {describeProblem, openDialog, openFastPath, refused, runDialog, setField, type Refused} from '../src/menu/dialog.js';
import {testCluster} from './helpers/cluster.js';
import {accepted, dialog, menuCatalog, smitOn} from './helpers/smit.js';

const problem = (outcome: object | Refused) => (refused(outcome) ? describeProblem(outcome.problem) : 'accepted');

describe('headless SMIT', () => {
	it('opens a fast path through its selector; each line it runs says it came from SMIT', () => {
		const c = testCluster();
		const seen: string[] = [];
		observe(c.session, run => seen.push(`${run.origin}: ${run.line}`));
		const model = accepted(openFastPath(menuCatalog(), 'cl_mklv_select', smitOn(c), ['datavg']));
		expect(model.fields.slice(0, 3).map(f => f.value)).toEqual(['rg_app', 'datavg', 'node1,node2']);
		expect(seen).toEqual(["smit-discover: /usr/es/sbin/cluster/sbin/cl_lvmdefaults vg 'datavg'"]);
		const run = accepted(runDialog(accepted(setField(model, 'Number of LOGICAL PARTITIONS', '2')), smitOn(c)));
		expect(run.result?.code).toBe(0);
		expect(seen.at(-1)).toBe("smit-dialog: /usr/es/sbin/cluster/cspoc/fix_args nop cl_mklv -cspoc-n 'node1,node2' -t 'jfs' 'datavg' '2'");
	});

	it('refuses what SMIT would not do, says why, and runs nothing', () => {
		const c = testCluster();
		const catalog = menuCatalog();
		expect(problem(openFastPath(catalog, 'cl_lvm', smitOn(c)))).toBe('The screen "cl_lvm" is a menu: choose a dialog or a selector.');
		expect(problem(openFastPath(catalog, 'cl_mklv_select', smitOn(c)))).toBe('The selector "cl_mklv_select" needs a value: none was given.');
		expect(problem(openFastPath(catalog, 'no_such_path', smitOn(c)))).toBe('The screen "no_such_path" was not found in the menu files.');

		const model = accepted(openFastPath(catalog, 'cl_mklv_select', smitOn(c), ['datavg']));
		expect(problem(setField(model, 'VOLUME GROUP name', 'othervg'))).toBe('VOLUME GROUP name is shown for information only.');
		expect(problem(setField(model, 'Logical volume TYPE', 'ext4'))).toMatch(/^"ext4" is not a value of Logical volume TYPE: jfs, jfs2, /);
		expect(problem(setField(model, 'Colour', 'red'))).toBe('The dialog "cl_mklv_dialog" has no field "Colour".');

		const before = c.state;
		const ran: string[] = [];
		observe(c.session, run => ran.push(run.line));
		expect(problem(runDialog(model, smitOn(c)))).toBe(
			'A value is required for this entry field:\n  Number of LOGICAL PARTITIONS\nType or select a value, then press Enter again.',
		);
		const typo = accepted(setField(model, 'Number of LOGICAL PARTITIONS', 'ten'));
		expect(problem(runDialog(typo, smitOn(c)))).toContain('"ten" is not a number.');
		expect(ran).toEqual([]);
		expect(c.state).toBe(before);
	});

	it('a discover that fails stops the dialog with its command and what it said', () => {
		const c = testCluster();
		const opened = openDialog(dialog('cm_ch_grp'), {_rawname: 'rg_nosuch'}, smitOn(c));
		const [said, ...rest] = problem(opened).split('\n');
		expect(said).toMatch(/^The discover command failed with exit code [1-9]\d*:$/);
		expect(rest.slice(0, 2)).toEqual(["  /usr/es/sbin/cluster/utilities/clshowres -c -g 'rg_nosuch'", '']);
		expect(rest[2]).toContain('rg_nosuch');
	});
});
