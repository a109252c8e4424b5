/** Finding screens: `hasmit find` and the pure search it runs over the menus. */
import {describe, expect, it} from 'vitest';
import {screenIndex, searchScreens} from '../src/menu/search.js';
import {hasmit, sandbox} from './helpers/cli.js';
import {menuCatalog} from './helpers/smit.js';

const found = (...words: string[]) => searchScreens(screenIndex(menuCatalog()), words).map(m => `${m.entry.kind} ${m.entry.id} ${m.where}`);

describe('screen search', () => {
	it('indexes every screen reachable from top_menu once, with its menu path and the fast path that opens it', () => {
		const catalog = menuCatalog();
		const index = screenIndex(catalog);
		expect(index.length).toBe(catalog.menus.size + catalog.selectors.size + catalog.dialogs.size);
		expect(new Set(index.map(e => `${e.kind}:${e.id}`)).size).toBe(index.length);
		const move = index.find(e => e.id === 'cl_rg_move')!;
		expect(move.path).toEqual([
			'System Management',
			'Communications Applications and Services',
			'HACMP for AIX',
			'System Management (C-SPOC)',
			'HACMP Resource Group and Application Management',
			'Move a Resource Group to Another Node',
			'[Select a Resource Group]',
			'[Select a Destination Node]',
			'Move a Resource Group to Another Node',
		]);
		expect([move.fastPath, move.fastPathIsScreen]).toEqual(['cl_rg_move_select', false]);
		expect(index.find(e => e.id === 'clstart')).toMatchObject({fastPath: 'clstart', fastPathIsScreen: true});
	});

	it('finds the move dialogs by clRGmove, matched in their command, before screens whose help names it', () => {
		const matches = found('clRGmove');
		expect(matches.slice(0, 3)).toEqual(['dialog cl_rg_online command', 'dialog cl_rg_offline command', 'dialog cl_rg_move command']);
		expect(matches.slice(3).every(m => m.endsWith(' help'))).toBe(true);
	});

	it('finds the start dialog by rc.cluster, and ranks title matches first; a word must start a word (move is not in Remove)', () => {
		expect(found('rc.cluster')).toEqual(['dialog clstart command']);
		const moves = found('move', 'resource', 'group');
		expect(moves[0]).toBe('dialog cl_rg_move title');
		expect(moves).not.toContain('dialog cm_rm_grp title');
		expect(found('RESOURCE', 'Group').length).toBeGreaterThan(5);
		expect(found('no-such-screen-word')).toEqual([]);
		expect(found()).toEqual([]);
	});
});

describe('hasmit find', () => {
	it('prints each match with its menu path, fast path and command', () => {
		const {env} = sandbox();
		const result = hasmit(['find', 'rc.cluster'], {env});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(
			[
				'Start Cluster Services  (Dialog clstart; found in its command)',
				'    Menu path: System Management > Communications Applications and Services > HACMP for AIX > System Management (C-SPOC) > ' +
					'Manage HACMP Services > Start Cluster Services',
				'    Fast path: smitty clstart',
				'    Command:   _SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster',
				'',
			].join('\n'),
		);
		expect(hasmit(['find', 'clRGmove'], {env}).stdout).toContain(
			'Move a Resource Group to Another Node  (Dialog cl_rg_move; found in its command)\n' +
				'    Menu path: System Management > Communications Applications and Services > HACMP for AIX > System Management (C-SPOC) > ' +
				'HACMP Resource Group and Application Management > Move a Resource Group to Another Node > [Select a Resource Group] > ' +
				'[Select a Destination Node] > Move a Resource Group to Another Node\n' +
				'    Fast path: smitty cl_rg_move_select (then the selections after it in the menu path)\n' +
				'    Command:   /usr/es/sbin/cluster/utilities/clRGmove -m -i\n',
		);
	});

	it('says so, with a non-zero exit, when nothing matches or nothing is asked', () => {
		const {env} = sandbox();
		expect(hasmit(['find', 'zzzz'], {env})).toEqual({code: 1, stdout: '', stderr: 'hasmit find: no screen matches zzzz.\n'});
		const none = hasmit(['find'], {env});
		expect(none.code).not.toBe(0);
		expect(none.stderr).toBe('hasmit find: name what to look for.\nUsage: hasmit find WORD...\n');
	});
});
