/**
 * A full-screen program on the real terminal (clstat in `hasmit shell`, `hasmit status` on a terminal): its output in
 * pages (src/ui/screens/program.ts), drawn again every so many seconds and on `r`; `f` / `b` page, `q` or Ctrl-C quits.
 */
import {createProgram, PROGRAM_KEYS, refreshProgram, turnPage, programView} from '../ui/screens/program.js';
import {toAnsi} from '../ui/render/line.js';
import {enterTerminal} from '../ui/terminal.js';

/** Show `first`, then what `again` returns every `seconds` (catching up with the cluster), until q. */
export function runFullScreen(first: readonly string[], seconds: number, again: () => readonly string[]): Promise<void> {
	const {stdin, stdout} = process;
	const terminal = enterTerminal(stdin, stdout);
	let program = createProgram({line: '', seconds}, first);
	const size = () => ({width: Math.max(stdout.columns || 80, 1), height: Math.max(stdout.rows || 24, 1)});
	const draw = () =>
		stdout.write(
			`\x1b[H${programView(program, size())
				.map(line => `${toAnsi(line)}\x1b[K`)
				.join('\r\n')}\x1b[J`,
		);
	const refresh = () => {
		program = refreshProgram(program, again());
		draw();
	};
	return new Promise(resolve => {
		const timer = setInterval(refresh, seconds * 1000);
		const quit = () => {
			clearInterval(timer);
			stdin.off('data', key);
			stdout.off('resize', draw);
			terminal.restore();
			resolve();
		};
		function key(chunk: Buffer | string) {
			for (const char of chunk.toString()) {
				const action = char === '\x03' ? 'quit' : PROGRAM_KEYS[char];
				if (action === 'quit') return quit();
				if (action === 'refresh') refresh();
				else if (action) {
					program = turnPage(program, action, size());
					draw();
				}
			}
		}
		stdin.on('data', key);
		stdin.resume();
		stdout.on('resize', draw);
		draw();
	});
}
