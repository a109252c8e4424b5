import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {hasmit, sandbox} from './helpers/cli.js';

describe('hasmit labs', () => {
	it('lists the labs by source section with the learner progress', () => {
		const {env} = sandbox();
		const before = hasmit(['lab'], {env});
		expect(before.code).toBe(0);
		expect(before.stdout).toMatch(/^seed 000 §8\.4\.3\n {2}cspoc-logical-volume {4}Add a logical volume .* \(not started\)$/m);
		hasmit(['labs', 'start', 'move-resource-group'], {env});
		expect(hasmit(['labs', 'list'], {env}).stdout).toMatch(/^ {2}move-resource-group .*\(0\/1 steps done\)$/m);
	});

	it('works on its own cluster: ticks checks as lines run, undoes the last change, never touches the learner state', () => {
		const {env, state} = sandbox();
		const started = hasmit(['labs', 'start', 'cspoc-logical-volume'], {env});
		expect(started.stdout).toContain('Step 1: Add the logical volume applv (JFS2, 10 logical partitions) to datavg through C-SPOC.');
		expect(existsSync(state)).toBe(false);
		const made = hasmit(['labs', 'exec', "cl_mklv -cspoc '-n node1,node2' -y applv -t jfs2 datavg 10"], {env});
		expect(made.code).toBe(0);
		expect(made.stdout).toContain("[x] datavg holds applv (lsvg -l on node1)\n[x] node2's ODM knows applv without an importvg\n");
		// A read is no checkpoint: undo still takes back the cl_mklv.
		expect(hasmit(['exec', '--lab', '--node', 'node2', 'lslv applv'], {env})).toMatchObject({
			code: 0,
			stdout: expect.stringMatching(/^LOGICAL VOLUME: +applv/),
		});
		const status = hasmit(['lab', 'cspoc-logical-volume', '--check'], {env});
		expect(status.code).toBe(1);
		expect(status.stdout).toContain('  Step 1: Add the logical volume');
		expect(status.stdout).toContain(
			'> Step 2: Create the JFS2 file system /app on applv through C-SPOC.\n    [ ] /etc/filesystems on node1 has /app',
		);
		// A checkpoint before each changing line: undo takes them back one at a time.
		expect(hasmit(['labs', 'exec', "cl_crfs -cspoc '-n node1,node2' -v jfs2 -d applv -m /app"], {env}).stdout).toContain(
			'[x] /etc/filesystems on node1 has /app\n',
		);
		expect(hasmit(['labs', 'undo'], {env}).stdout).toBe('hasmit: the lab cspoc-logical-volume is back where it was before the last command.\n');
		expect(hasmit(['labs', 'status'], {env}).stdout).toContain('    [x] datavg holds applv (lsvg -l on node1)\n');
		expect(hasmit(['labs', 'status'], {env}).stdout).toContain('    [ ] /etc/filesystems on node1 has /app');
		expect(hasmit(['labs', 'undo'], {env}).stdout).toBe('hasmit: the lab cspoc-logical-volume is back where it was before the last command.\n');
		expect(hasmit(['labs', 'status'], {env}).stdout).toContain('    [ ] datavg holds applv (lsvg -l on node1) (no line matches ^applv\\s+jfs2\\s)');
		const again = hasmit(['labs', 'undo'], {env});
		expect(again).toMatchObject({code: 2, stderr: expect.stringContaining('there is nothing to undo')});
		expect(existsSync(state)).toBe(false);
	});

	it('gives hints one more at a time, shows the solution, and the explanation once done', () => {
		const {env} = sandbox();
		hasmit(['labs', 'start', 'verify-corrective'], {env});
		expect(hasmit(['labs', 'hint'], {env}).stdout).toMatch(/^Hint 1\/3: Verification is in/);
		expect(hasmit(['labs', 'hint'], {env}).stdout.split('\n').filter(Boolean)).toHaveLength(2);
		expect(hasmit(['labs', 'solution'], {env}).stdout).toBe(
			'smitty cm_ext_ver_and_sync\n      Verify, Synchronize or Both: Verify\n      Automatically correct errors found during verification?: Yes\n',
		);
		expect(hasmit(['labs', 'exec', 'clverify -C yes'], {env}).stdout).toContain(
			'[x] Verification passes\n[x] rhosts on node1 no longer names oldnode\n',
		);
		const done = hasmit(['labs', 'status'], {env});
		expect(done.code).toBe(0);
		expect(done.stdout).toContain('Lab complete.\n\nclcomdES accepts a connection only from addresses listed');
		expect(hasmit(['labs', 'reset'], {env}).code).toBe(0);
		expect(hasmit(['labs', 'status'], {env}).code).toBe(1);
	});

	it('labs check validates the shipped labs and refuses a lab with unknown commands, missing screens or a check that cannot fail', () => {
		const {env, dir} = sandbox();
		expect(hasmit(['labs', 'check'], {env})).toMatchObject({
			code: 0,
			stdout: expect.stringMatching(/^hasmit labs check: 40 labs are valid; each of their \d+ checks/),
		});
		const labs = join(dir, 'labs-src');
		mkdirSync(labs);
		const lab = {
			title: 'Broken',
			// Translated, so that only the faults below are reported.
			zh: {title: '坏的', goal: '目标', explanation: '解释'},
			source: 'seed 000 §8.1',
			scenario: 'two-node',
			goal: 'g',
			steps: [
				{
					text: 's',
					zh: {text: '步骤', hints: []},
					hints: [],
					checks: [
						{title: 'always true', zh: {title: '总是真'}, run: 'hostname'},
						{title: 'nonsense', zh: {title: '无意义'}, run: 'frobnicate -x'},
					],
				},
			],
			solution: [{smit: 'no_such_screen'}],
			explanation: 'e',
		};
		writeFileSync(join(labs, 'broken.json'), JSON.stringify(lab));
		const bad = hasmit(['labs', 'check', '--labs', labs], {env});
		expect(bad.code).toBe(1);
		expect(bad.stderr).toBe(
			'broken: steps.0.checks.1: command "frobnicate" is not known to the command layer\n' +
				'broken: solution.0: the screen "no_such_screen" does not exist\n' +
				`hasmit labs check: 2 problems in ${labs}\n`,
		);
		writeFileSync(join(labs, 'broken.json'), JSON.stringify({...lab, steps: [{...lab.steps[0], checks: [lab.steps[0]!.checks[0]]}], solution: []}));
		expect(hasmit(['labs', 'check', '--labs', labs], {env}).stderr).toContain(
			'broken: steps.0.checks.0: "always true" passes before the learner has done anything: it cannot fail\n',
		);
		writeFileSync(
			join(labs, 'broken.json'),
			JSON.stringify({...lab, steps: [{text: 's', zh: {text: '步骤', hints: []}, hints: [], checks: []}], solution: []}),
		);
		expect(hasmit(['labs', 'check', '--labs', labs], {env}).stderr).toBe(
			`broken: steps.0: has no check: it is done before the learner does anything\nhasmit labs check: 1 problem in ${labs}\n`,
		);
	});

	it('refuses an unknown lab and a bad sub-command with a message, not a stack trace', () => {
		const {env} = sandbox();
		expect(hasmit(['labs', 'start', 'nosuch'], {env})).toMatchObject({
			code: 2,
			stderr: expect.stringMatching(/^hasmit: there is no lab named nosuch\. Labs: /),
		});
		expect(hasmit(['labs', 'hint'], {env})).toMatchObject({code: 2, stderr: 'hasmit: no lab is running: hasmit labs start NAME\n'});
		expect(hasmit(['labs', 'frob'], {env})).toMatchObject({code: 2, stderr: expect.stringMatching(/^Usage: hasmit labs list\n/)});
	});
});
