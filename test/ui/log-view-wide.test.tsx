/** HACMP Log Viewing: the scan and watch screens show the log in COMMAND STATUS, so a long log line is never cut at 80 columns. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {KEY} from '../helpers/keys.js';
import {menuCatalog} from '../helpers/smit.js';
import {renderApp} from '../helpers/ui.js';
import {memoryRunner} from '../helpers/runner.js';

afterEach(() => cleanup());

/** 150 characters: word00 .. word14, each padded to ten columns with dots. */
const LONG = Array.from({length: 15}, (_, i) => `word${String(i).padStart(2, '0')}....`).join('');

for (const [fastPath, log] of [
	['cm_scan_hacmp_out', '/tmp/hacmp.out'],
	['cm_watch_cluster_log', '/var/adm/cluster.log'],
] as const) {
	it(`${fastPath}: a 150-character line of ${log} scrolls sideways with left and right, marked where it goes on`, async () => {
		const runner = memoryRunner();
		runner.run(`echo '${LONG}' >> ${log}`);
		const app = renderApp({fastPath, catalog: menuCatalog(), runner});
		await app.settle('Command: OK');
		const line = () =>
			app
				.frame()
				.split('\n')
				.find(l => l.includes('word'))!;
		expect(line()).toBe(`${LONG.slice(0, 79)}>`);
		await app.press(KEY.RIGHT.repeat(3), /word14\.\.\.\.$/m);
		expect(line().startsWith('<')).toBe(true);
		expect(line().endsWith('word14....')).toBe(true);
		await app.press(KEY.LEFT.repeat(3), /^word00/m);
		expect(line()).toBe(`${LONG.slice(0, 79)}>`);
	});
}
