/** The screens this change added (the cluster picture, the explained command, the find list) on small terminals. */
import {describe, expect, it} from 'vitest';
import {frameText, lineText} from '../../src/ui/render/line.js';
import {renderFrame} from '../../src/ui/app/frame.js';
import {handleCommand} from '../../src/ui/app/controller.js';
import type {Command} from '../../src/ui/keys/commands.js';
import {startAt} from '../../src/ui/app/open.js';
import {initialState, sizeFor} from '../../src/ui/app/state.js';
import type {Env} from '../../src/ui/app/env.js';
import {resolveFastPath} from '../../src/menu/catalog.js';
import {NO_LOG} from '../../src/ui/logs/smit-log.js';
import {memoryRunner} from '../helpers/runner.js';
import {menuCatalog} from '../helpers/smit.js';

const catalog = menuCatalog();

function frame(fastPath: string, columns: number, rows: number, commands: Command[]) {
	const env: Env = {catalog, runner: memoryRunner(), log: NO_LOG, noExec: false, noCommands: false, defer() {}};
	const start = startAt(initialState(sizeFor(columns, rows)), env, resolveFastPath(catalog, fastPath)!);
	return renderFrame(commands.reduce((state, command) => handleCommand(state, env, command), start));
}

describe('new pop-ups on small terminals', () => {
	it.each([
		[80, 24],
		[40, 10],
		[30, 9],
		[20, 9],
	] as const)('at %ix%i every line fits and the frame keeps its height', (columns, rows) => {
		for (const [fastPath, commands] of [
			['top_menu', [{type: 'picture'}]],
			['clstart', [{type: 'command'}, {type: 'help'}]],
			['top_menu', [{type: 'text', text: '/'}, {type: 'text', text: 'move'}, {type: 'list'}]],
		] as const) {
			const lines = frame(fastPath, columns, rows, [...commands]);
			expect(lines).toHaveLength(rows - 1);
			for (const line of lines) expect(lineText(line).length, `${fastPath} ${frameText(lines)}`).toBeLessThanOrEqual(columns);
		}
	});

	it('the picture opens over a menu at 40x10 with its title on screen', () => {
		expect(frameText(frame('top_menu', 40, 10, [{type: 'picture'}]))).toContain('CLUSTER PICTURE');
	});
});
