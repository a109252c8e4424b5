/** smit.log and smit.script writers: append only, SMIT's formats, carrying on when a file cannot be written. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createSmitLog} from '../../src/ui/logs/smit-log.js';
import {scriptLines} from '../../src/cli/exec.js';

const NOW = () => Date.UTC(2026, 10, 21, 23, 25, 56);

describe('smit.log and smit.script', () => {
	it("appends, never overwrites, in SMIT's formats", () => {
		const dir = mkdtempSync(join(tmpdir(), 'hasmit-log-'));
		const logFile = join(dir, 'smit.log');
		const scriptFile = join(dir, 'smit.script');
		writeFileSync(logFile, 'before\n');
		writeFileSync(scriptFile, '# before\n');
		const log = createSmitLog({logFile, scriptFile, verbose: false, trace: false, now: NOW});
		log.start();
		log.screen('Menu', {FastPath: 'top_menu', id: 'top_menu', title: 'System Management'});
		log.command("echo 'a b'");
		log.output('a b\n');
		log.tool('List', 'lsvg', {stdout: 'x', stderr: '', output: 'x', code: 0}); // not verbose: not written
		log.exit();
		expect(readFileSync(logFile, 'utf8')).toBe(
			[
				'before',
				'[Nov 21 2026, 23:25:56]',
				'        Starting SMIT',
				'',
				'(Menu screen selected,',
				'        FastPath = "top_menu",',
				'        id = "top_menu",',
				'        title = "System Management".)',
				'',
				'[Nov 21 2026, 23:25:56]',
				'Command_to_Execute follows below:',
				">> echo 'a b'",
				'',
				'Output from Command_to_Execute follows below:',
				'---- start ----',
				'a b',
				'---- end ----',
				'',
				'[Nov 21 2026, 23:25:56]',
				'        Exiting SMIT',
				'',
				'',
			].join('\n'),
		);
		const script = readFileSync(scriptFile, 'utf8');
		expect(script).toBe("# before\n#\n# [Nov 21 2026, 23:25:56]\n#\necho 'a b'\n\n");
		expect(scriptLines(script)).toEqual(["echo 'a b'"]); // what `hasmit exec -` replays
	});
	it('verbose records list, discover and classify commands', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hasmit-log-'));
		const logFile = join(dir, 'smit.log');
		const log = createSmitLog({logFile, scriptFile: join(dir, 's'), verbose: true, trace: true, now: NOW});
		log.tool('Discover', 'lsdisc', {stdout: '#a\n1\n', stderr: '', output: '#a\n1\n', code: 0});
		log.trace('open dialog x');
		expect(readFileSync(logFile, 'utf8')).toBe(
			'Command_to_Discover follows below:\n>> lsdisc\n\nOutput from Command_to_Discover (exit code 0) follows below:\n---- start ----\n#a\n1\n---- ' +
				'end ----\n\n(trace) open dialog x\n',
		);
	});
	it('carries on when the files cannot be written', () => {
		const log = createSmitLog({
			logFile: '/nonexistent/dir/smit.log',
			scriptFile: '/nonexistent/dir/smit.script',
			verbose: true,
			trace: true,
			now: NOW,
		});
		expect(() => {
			log.start();
			log.command('x');
			log.output('');
			log.exit();
		}).not.toThrow();
	});
});
