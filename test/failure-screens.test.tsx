/** F6 in a fault dialog (issue 11, item 6): the command, then what it would do, previewed on a copy of the cluster. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from './helpers/keys.js';
import {renderProduct as smitty} from './helpers/ui.js';

afterEach(() => cleanup());

describe('Fault Injection on screen', () => {
	it('F6 on Power Off a Node shows the command and the events that would run; nothing changes', async () => {
		const app = smitty('cm_fault_node_off', ['cl_rc.cluster -N']);
		await app.settle('Power Off a Node (simulation only)');
		await app.press('node1', /Node +\[node1/);
		const before = app.runner.session.state;
		await app.press(KEY.F6, 'SHOW COMMAND STRING');
		const frame = app.frame();
		expect(frame).toContain("/usr/lpp/hasmit/bin/hasmit_fault node off 'node1'");
		expect(frame).toContain('What if: /usr/lpp/hasmit/bin/hasmit_fault node off');
		expect(frame).toContain('node_down node1  (node2)');
		expect(app.runner.session.state).toBe(before);
	});
});
