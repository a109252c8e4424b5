import {describe, expect, it} from 'vitest';
import {hostLab} from '../../src/lab/host.js';
import {loadLabs, setUp} from '../../src/lab/engine.js';
import {observe} from '../../src/command/shell.js';
import {showLab} from '../../src/ui/app/controller.js';
import {renderFrame} from '../../src/ui/app/frame.js';
import {startAt} from '../../src/ui/app/open.js';
import {initialState, sizeFor} from '../../src/ui/app/state.js';
import {createStore} from '../../src/ui/app/store.js';
import {resolveFastPath} from '../../src/menu/catalog.js';
import {lineText} from '../../src/ui/render/line.js';
import {NO_LOG} from '../../src/ui/logs/smit-log.js';
import {memoryRunner} from '../helpers/runner.js';
import {menuCatalog} from '../helpers/smit.js';
import {TEST_CLOCK} from '../helpers/cluster.js';

const lab = loadLabs('menus/labs').labs.find(l => l.name === 'move-resource-group')!;

/** smitty cl_rg_move_select on the lab's own cluster, with the lab's panel, at columns x rows. */
function labApp(columns: number, rows: number) {
	const runner = memoryRunner([]);
	runner.session.state = setUp(lab, runner.session.registry, TEST_CLOCK);
	const {session} = runner;
	const host = hostLab(
		lab,
		{observe: o => observe(session, o), state: () => session.state, restore: s => void (session.state = s)},
		session.registry,
		() => TEST_CLOCK,
	);
	const catalog = menuCatalog();
	const target = resolveFastPath(catalog, 'cl_rg_move_select')!;
	const store = createStore(env => showLab(startAt(initialState(sizeFor(columns, rows)), env, target), host.view()), {
		catalog,
		runner,
		log: NO_LOG,
		noExec: false,
		noCommands: false,
		lab: host,
	});
	const frame = () => renderFrame(store.getState()).map(l => lineText(l).trimEnd());
	return {store, frame, runner};
}

describe('the lab panel under the SMIT screens', () => {
	it('at 80x24 folds to one line and keeps the frame its size; F11 there keeps it folded', () => {
		const {store, frame} = labApp(80, 24);
		expect(frame()).toHaveLength(23);
		expect(frame().at(-1)).toBe('Lab step 1/1 [ ][ ][ ] Find where rg_app is online now, then move it to  F11=Lab');
		// F11 on a small terminal keeps it folded: the screens keep their rows.
		store.input('\x1b[23~');
		expect(frame()).toHaveLength(23);
	});

	it('wider and taller, F11 opens the panel with the goal, the checks and the hints asked for (Esc+h), and folds it again', () => {
		const {store, frame} = labApp(100, 40);
		store.input('\x1b[23~');
		const open = frame();
		expect(open).toHaveLength(39);
		expect(open.slice(-12)[0]).toMatch(/^Move a resource group to the other node: Cluster services run on both nodes/);
		expect(open).toContain('  [ ] rg_app is ONLINE on node2');
		expect(open.at(-1)).toBe('F11=Fold  Esc+h=Hint  Esc+s=Solution  Esc+u=Undo  Esc+r=Reset');
		store.input('\x1bh');
		expect(frame()).toContain("Hint 1: clRGinfo shows each group's state on each node.");
		store.input('\x1bs');
		expect(frame()).toContain('  smitty cl_rg_move_select → rg_app → node2');
		store.input('\x1b[23~');
		expect(frame()).toHaveLength(39);
		expect(frame().at(-1)).toMatch(/^Lab step 1\/1 \[ \]\[ \]\[ \] .* F11=Lab$/);
	});

	it('ticks each check as a command changes the cluster, says when the lab is complete, and undoes the last command', () => {
		const {store, frame, runner} = labApp(100, 40);
		store.input('\x1b[23~');
		runner.run('clRGmove -g rg_app -n node2 -m', 'f9-shell');
		store.input('\x1b[23~');
		expect(frame().at(-1)).toBe(`${`Lab complete: ${lab.title}.`.padEnd(92)} F11=Lab`);
		store.input('\x1b[23~');
		expect(frame()).toContain('Lab complete.');
		store.input('\x1bu');
		expect(frame()).toContain('The last command was undone.');
		expect(frame()).toContain('  [ ] rg_app is ONLINE on node2');
		store.input('\x1bu');
		expect(frame().join('\n')).toContain('Nothing to undo');
	});

	it('without a lab, F11 rings the bell and changes nothing', () => {
		const runner = memoryRunner([]);
		const catalog = menuCatalog();
		const store = createStore(env => startAt(initialState(sizeFor(80, 24)), env, resolveFastPath(catalog, 'top_menu')!), {
			catalog,
			runner,
			log: NO_LOG,
			noExec: false,
			noCommands: false,
		});
		const before = renderFrame(store.getState());
		const bell = store.getState().bell;
		store.input('\x1b[23~');
		expect(store.getState().bell).toBe(bell + 1);
		expect(renderFrame(store.getState())).toEqual(before);
	});
});
