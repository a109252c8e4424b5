/** Commands that ask, answered in COMMAND STATUS: smitty lends the terminal to the command it runs. */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {runLine} from '../../src/command/shell.js';
import {KEY} from '../helpers/keys.js';
import {memoryRunner} from '../helpers/runner.js';
import {renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

/** node1's /etc/hosts loses the service label: verification offers to add it back (an interactive corrective action). */
const NO_SERVICE_LABEL = ['grep -v app_svc /etc/hosts > /tmp/hosts', 'cat /tmp/hosts > /etc/hosts'];
const QUESTION = 'Add "10.10.10.100 app_svc" to /etc/hosts on node node1? (y/n)';

describe('an interactive corrective action in COMMAND STATUS', () => {
	/** Extended Verification and Synchronization, verifying only, correcting interactively. */
	async function verifyInteractively() {
		const app = smitty('cm_ext_ver_and_sync', NO_SERVICE_LABEL);
		await app.settle('[Entry Fields]');
		await app.press(KEY.TAB, /Verify, Synchronize or Both +Verify/);
		await app.press(KEY.DOWN, 'verification?');
		app.stdin.write(KEY.TAB);
		await app.press(KEY.TAB, /during +Interactively/);
		return app;
	}

	it('Extended Verification stops at the question; y and Enter take the action', async () => {
		const app = await verifyInteractively();
		const asked = await app.press(KEY.ENTER, QUESTION).then(() => app.frame());
		expect(asked).toContain('Command: running');
		expect(asked).toContain('Verifying Cluster Topology...');
		expect(asked.split('\n').filter(l => l.startsWith(QUESTION))).toEqual([QUESTION]); // the last line waits
		expect(app.runner.session.state.nodes.node1!.files['/etc/hosts']).not.toContain('app_svc'); // nothing happened yet
		await app.press('y', `${QUESTION} y`);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.session.state.nodes.node1!.files['/etc/hosts']).toContain('app_svc');
		expect(app.runner.lines.filter(l => l.includes('cldare'))).toHaveLength(2); // asked, then ran with the answer
		expect(app.frame()).not.toContain('No answer was given');
	});

	it('n leaves the problem as it is, and verification fails as it would on AIX', async () => {
		const app = await verifyInteractively();
		await app.press(KEY.ENTER, QUESTION);
		await app.press('n', `${QUESTION} n`);
		await app.press(KEY.ENTER, 'Command: failed');
		expect(app.runner.session.state.nodes.node1!.files['/etc/hosts']).not.toContain('app_svc');
	});

	it("5.2's Start Cluster Services corrects nothing and asks nothing: the start fails on the problem", async () => {
		const app = smitty('clstart', NO_SERVICE_LABEL);
		await app.settle('[Entry Fields]');
		await app.press(KEY.ENTER, 'Command: failed');
		expect(app.frame()).not.toContain(QUESTION);
		expect(app.runner.session.state.nodes.node1!.acd).toBeNull();
	});
});

describe("a line on SMIT's terminal (runLine with answers)", () => {
	const broken = () => {
		const runner = memoryRunner([]);
		for (const line of NO_SERVICE_LABEL) expect(runner.run(line).code).toBe(0);
		return runner.session;
	};

	it('stops at the first question without an answer, with its output so far and nothing changed', () => {
		const session = broken();
		const before = session.state;
		const asked = runLine(session, 'clverify -C interactive', 'tui-dialog', []);
		expect(asked.question).toBe(QUESTION);
		expect(asked.output).toContain('Verifying Cluster Resources...');
		expect(session.state).toBe(before);
		const answered = runLine(session, 'clverify -C interactive', 'tui-dialog', ['y']);
		expect(answered.question).toBeUndefined();
		expect(answered.stdout).toContain(`${QUESTION} y`);
		expect(session.state.nodes.node1!.files['/etc/hosts']).toContain('app_svc');
	});

	it('without a terminal (exec, scripts) the command reads no answer, as before', () => {
		const result = runLine(broken(), 'clverify -C interactive', 'exec');
		expect(result.question).toBeUndefined();
		expect(result.stdout).toContain(`${QUESTION} \nNo answer was given: the problem is left as it is.`);
	});
});
