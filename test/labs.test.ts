import {describe, expect, it} from 'vitest';
import type {Session} from '../src/command/shell.js';
import {createRegistry} from '../src/domains/index.js';
import {checkLab} from '../src/lab/check.js';
import {loadLabs, runCheck, runSolutionStep, setUp} from '../src/lab/engine.js';
import {TEST_CLOCK} from './helpers/cluster.js';
import {menuCatalog} from './helpers/smit.js';

const {labs, problems} = loadLabs('menus/labs');
const registry = createRegistry();

describe('guided labs are honest', () => {
	it('every lab file is valid', () => {
		expect(problems).toEqual([]);
		expect(labs.map(l => l.name)).toEqual([
			'app-monitor-fallover',
			'cspoc-logical-volume',
			'move-resource-group',
			'ptf-rolling',
			'start-stop-takeover',
			'verify-corrective',
		]);
	});

	for (const lab of labs) {
		it(`${lab.name}: every check fails on the set-up cluster and passes after the solution (SMIT steps driven headless)`, () => {
			const session: Session = {state: setUp(lab, registry, TEST_CLOCK), node: '', registry};
			const checks = lab.steps.flatMap(s => s.checks);
			expect(checks.map(c => runCheck(c, session.state, registry))).toEqual(
				checks.map(c => expect.objectContaining({title: c.title, passed: false})),
			);
			for (const step of lab.solution) expect(runSolutionStep(step, session, menuCatalog())).toBeUndefined();
			expect(checks.map(c => runCheck(c, session.state, registry))).toEqual(checks.map(c => ({title: c.title, passed: true, why: ''})));
			expect(checkLab(lab, registry, menuCatalog(), TEST_CLOCK)).toEqual([]);
		});
	}
});
