import {describe, expect, it} from 'vitest';
import {observe, runLine, type Session} from '../src/command/shell.js';
import {createRegistry} from '../src/domains/index.js';
import {checkLab} from '../src/lab/check.js';
import {loadLabs, runCheck, runSolutionStep, setUp} from '../src/lab/engine.js';
import {watchLab} from '../src/lab/watch.js';
import {TEST_CLOCK} from './helpers/cluster.js';
import {menuCatalog} from './helpers/smit.js';

const {labs, problems} = loadLabs('menus/labs');
const registry = createRegistry();

describe('guided labs are honest', () => {
	it('every lab file is valid', () => {
		expect(problems).toEqual([]);
		expect(labs.map(l => l.name)).toEqual([
			'app-monitor-fallover',
			'build-from-bare',
			'cspoc-logical-volume',
			'cspoc-users',
			'cspoc-volume-group',
			'cvm-activation-modes',
			'cvm-detach-policy',
			'cvm-drl-recovery',
			'cvm-master-failover',
			'cvm-rolling-upgrade',
			'dare-add-group',
			'dare-sticky',
			'dare-stop-clear',
			'delayed-fallback',
			'disk-heartbeat',
			'disk-replacement',
			'dynamic-node-priority',
			'event-failure-recovery',
			'fast-disk-takeover',
			'forced-varyon',
			'heartbeat-ip-aliases',
			'ipat-replacement',
			'kill-cluster-manager',
			'lazy-update',
			'manual-lvm-update',
			'monitor-clstat',
			'move-resource-group',
			'nfs-export',
			'persistent-labels',
			'ptf-rolling',
			'scheduled-backup-events',
			'settling-time',
			'split-brain',
			'split-mirror-backup',
			'start-at-restart',
			'start-stop-takeover',
			'stop-modes',
			'sync-three-cases',
			'var-sizing',
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
			for (const step of lab.solution) expect(runSolutionStep(step, session, menuCatalog(lab.release))).toBeUndefined();
			expect(checks.map(c => runCheck(c, session.state, registry))).toEqual(checks.map(c => ({title: c.title, passed: true, why: ''})));
			expect(checkLab(lab, registry, menuCatalog(lab.release), TEST_CLOCK)).toEqual([]);
		});
	}
});

describe('a lab followed through the session observer', () => {
	it('ticks each check the moment a line makes it true, from a shell line or a SMIT dialog, and keeps the state before it for undo', () => {
		const lab = labs.find(l => l.name === 'cspoc-logical-volume')!;
		const session: Session = {state: setUp(lab, registry, TEST_CLOCK), node: 'node1', registry};
		const start = session.state;
		const watch = watchLab(lab, observer => observe(session, observer), session.state, registry);
		runLine(session, 'lsvg -l datavg', 'shell');
		expect(watch).toMatchObject({checkpoint: undefined, ticked: []});
		runLine(session, "cl_mklv -cspoc '-n node1,node2' -y applv -t jfs2 datavg 10", 'shell');
		expect(watch.checkpoint).toBe(start);
		expect(watch.ticked).toEqual(['datavg holds applv (lsvg -l on node1)', "node2's ODM knows applv without an importvg"]);
		const afterLv = session.state;
		expect(runSolutionStep(lab.solution[1]!, session, menuCatalog())).toBeUndefined();
		expect(watch.checkpoint).toBe(afterLv);
		expect(watch.ticked.slice(2)).toEqual(['/etc/filesystems on node1 has /app', '/etc/filesystems on node2 has /app']);
		// A checkpoint before each changing line: undo goes back one line at a time, to the lab's start.
		expect(watch.undo()).toBe(afterLv);
		expect(watch.undo()).toBe(start);
		expect(watch.undo()).toBeUndefined();
		watch.stop();
		expect(runLine(session, 'cl_rmfs -cspoc "-n node1,node2" /app', 'shell').code).toBe(0);
		expect(watch.checkpoint).toBeUndefined();
	});
});
