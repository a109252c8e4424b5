import {describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadCatalog, resolveFastPath} from '../src/menu/catalog.js';
import {checkCatalog, commandNames} from '../src/menu/check.js';
import {buildCommand, type FieldValue} from '../src/menu/build.js';
import {joinColons, parseDiscover, parseList, splitColons} from '../src/menu/colon.js';
import {menuJsonSchema, type CommandOption} from '../src/menu/schema.js';
import {tokenize} from '../src/command/tokenize.js';
import {createRegistry} from '../src/domains/index.js';
import {loadCheckedMenus} from '../src/cli/menus.js';
import {MENUS_DIR} from '../src/paths.js';

function menuDir(files: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'hasmit-menus-'));
	for (const [name, content] of Object.entries(files))
		writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
	return dir;
}

const top = {sm_menu_opt: [{id: 'top_menu', id_seq_num: '010', next_id: 'demo', text: 'Demo', next_type: 'm'}]};

describe('the shipped menus', () => {
	it('pass hasmit menus check', () => {
		expect(loadCheckedMenus().problems).toEqual([]);
	});

	it('declare the schema, which is generated from the code', () => {
		expect(JSON.parse(readFileSync(join(MENUS_DIR, 'menu.schema.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(menuJsonSchema())));
		expect(JSON.parse(readFileSync(join(MENUS_DIR, 'cl_admin.json'), 'utf8')).$schema).toBe('./menu.schema.json');
	});

	it('open the real fast paths', () => {
		const {catalog} = loadCheckedMenus();
		expect(resolveFastPath(catalog, 'clstart')?.kind).toBe('dialog');
		expect(resolveFastPath(catalog, 'hacmp')?.kind).toBe('menu');
		expect(resolveFastPath(catalog, 'cl_admin')?.kind).toBe('menu');
		expect(resolveFastPath(catalog, 'nosuch')).toBeUndefined();
		expect(resolveFastPath(catalog, 'clstart', 'menu')).toBeUndefined();
	});
});

describe('menu schema', () => {
	it('reports problems as file: screen id: field: problem', () => {
		const dir = menuDir({
			'bad.json': {
				sm_menu_opt: [{id: 'top_menu', id_seq_num: '010', next_id: 'x', text: 'X', next_type: 'q'}],
				sm_cmd_hdr: [{id: 'dlg', name: 'Dialog', cmd_to_exec: 'date', ask: 'maybe'}],
				sm_cmd_opt: [{id: 'opts', id_seq_num: '010', name: 'Field', entry_typ: 't'}],
			},
			'broken.json': '{"sm_menu_opt": [',
		});
		const {problems} = loadCatalog(dir);
		expect(problems).toEqual([
			'bad.json: top_menu: next_type: "q" is not one of "m", "d", "n", "i"',
			'bad.json: dlg: ask: "maybe" is not one of "", "y", "n"',
			'bad.json: opts: entry_typ: is not a known property',
			expect.stringMatching(/^broken\.json: -: -: not valid JSON/),
		]);
	});
});

describe('menus check', () => {
	const registry = createRegistry();
	it('finds unresolved targets, duplicates, unknown commands and unreachable screens', () => {
		const dir = menuDir({
			'top.json': top,
			'demo.json': {
				sm_menu_opt: [
					{id: 'demo', id_seq_num: '010', next_id: 'missing_menu', text: 'Nowhere', next_type: 'm'},
					{id: 'demo', id_seq_num: '020', next_id: 'dlg', text: 'Dialog', next_type: 'd'},
					{id: 'demo', id_seq_num: '020', next_id: 'dlg', text: 'Again', next_type: 'd'},
					{id: 'fp', next_id: 'nothing', next_type: 'd', alias: 'y'},
				],
				sm_cmd_hdr: [
					{id: 'dlg', option_id: 'dlg_opts', name: 'Dialog', cmd_to_exec: 'frobnicate -x'},
					{id: 'dlg', name: 'Dialog twice', cmd_to_exec: 'date'},
					{id: 'lonely', name: 'Unreachable', cmd_to_exec: 'date'},
				],
				sm_cmd_opt: [{id: 'dlg_opts', id_seq_num: '010', name: 'Ring', op_type: 'r', disp_values: 'a,b', aix_values: '-a', cmd_to_list: 'lsnothing'}],
			},
		});
		const {catalog, problems} = loadCatalog(dir);
		expect(problems).toEqual([]);
		expect(checkCatalog(catalog, registry)).toEqual([
			'demo.json: demo: next_id: "missing_menu" is not a menu',
			'demo.json: demo: id_seq_num: duplicate item sequence 020',
			'demo.json: fp: next_id: "nothing" is not a dialog',
			'demo.json: dlg: cmd_to_exec: command "frobnicate" is not known to the command layer',
			'demo.json: dlg: id: duplicate id: another dialog has it',
			'demo.json: dlg_opts[010]: cmd_to_list: command "lsnothing" is not known to the command layer',
			'demo.json: dlg_opts[010]: aix_values: has 1 values for 2 disp_values',
			'demo.json: lonely: -: this dialog cannot be reached from top_menu',
		]);
	});

	it('requires top_menu', () => {
		const {catalog} = loadCatalog(menuDir({'x.json': {sm_menu_opt: []}}));
		expect(checkCatalog(catalog, registry)).toContain('-: top_menu: -: there is no top_menu menu: every screen must be reachable from it');
	});

	it('names the commands a line runs, through env assignments, pipes and fix_args', () => {
		expect(commandNames("_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster '-N'")).toEqual([
			'/usr/es/sbin/cluster/cspoc/fix_args',
			'cl_rc.cluster',
		]);
		expect(commandNames('lssrc -a | grep cl > /tmp/x; date')).toEqual(['lssrc', 'grep', 'date']);
	});
});

describe('command building', () => {
	const field = (over: Partial<CommandOption>): CommandOption => ({
		id: 'o',
		id_seq_num: '010',
		disc_field_name: '',
		name: 'F',
		op_type: '',
		entry_type: 't',
		entry_size: 0,
		required: '',
		prefix: '',
		cmd_to_list_mode: '',
		cmd_to_list: '',
		cmd_to_list_postfix: '',
		multi_select: '',
		value_index: 0,
		disp_values: '',
		aix_values: '',
		help: '',
		...over,
	});
	const value = (v: string, initial = ''): FieldValue => ({value: v, initial});

	it('puts flags first, positionals last, only changed values unless required, ring aix values', () => {
		const fields = [
			field({prefix: '--', required: '+', id_seq_num: '005'}),
			field({op_type: 'r', disp_values: 'now,restart,both', aix_values: '-N,-R,-B', required: '+'}),
			field({prefix: '-n '}),
			field({prefix: '-x '}),
			field({prefix: '-q ', required: '?'}),
			field({op_type: 'r', disp_values: 'true,false', aix_values: '-b,', required: 'y'}),
		];
		const line = buildCommand('cmd -a', fields, [
			value('vg1'),
			value('now', 'now'),
			value('n1', ''),
			value('same', 'same'),
			value(''),
			value('false', 'true'),
		]);
		expect(line).toBe("cmd -a '-N' -n 'n1' 'vg1'");
	});

	it('writes the four multi_select forms', () => {
		const build = (multi: CommandOption['multi_select'], v: string) => buildCommand('c', [field({prefix: '-n ', multi_select: multi})], [value(v)]);
		expect(build(',', 'a,b')).toBe("c -n 'a,b'");
		expect(build('y', 'a b')).toBe("c -n 'a' 'b'");
		expect(build('m', 'a b')).toBe("c -n 'a' -n 'b'");
		expect(build('', 'a b')).toBe("c -n 'a b'");
	});

	it('round-trips: the parser gets back exactly the values the fields held (random values)', () => {
		let seed = 12345;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const alphabet = ['a', 'Z', '0', ' ', "'", '"', ';', '$', '\\', '`', '|', '&', '>', '#', '*', '\t', '\n', '-', '=', 'é'];
		for (let round = 0; round < 500; round++) {
			const count = 1 + Math.floor(random() * 5);
			const values = Array.from({length: count}, () =>
				Array.from({length: 1 + Math.floor(random() * 12)}, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
			);
			const fields = values.map((_, i) => field({id_seq_num: String(i), prefix: i % 2 ? '--' : `-${String.fromCharCode(97 + i)} `}));
			const line = buildCommand(
				'/usr/bin/cmd',
				fields,
				values.map(v => value(v)),
			);
			const words = tokenize(line).map(t => (t.kind === 'word' ? t.value : `<${t.op}>`));
			const flags = values.flatMap((v, i) => (i % 2 ? [] : [`-${String.fromCharCode(97 + i)}`, v]));
			const positionals = values.filter((_, i) => i % 2);
			expect(words).toEqual(['/usr/bin/cmd', ...flags, ...positionals]);
		}
	});
});

describe('colon output', () => {
	it('reads discover records with #!: escapes', () => {
		expect(parseDiscover('#name:mount:size\ndatalv:/data#!:x:64\n')).toEqual({name: 'datalv', mount: '/data:x', size: '64'});
		expect(parseDiscover('no header\n')).toBeUndefined();
		expect(splitColons(joinColons(['a:b', '', 'c']))).toEqual(['a:b', '', 'c']);
	});

	it('reads list output by mode, with header and comment lines not selectable', () => {
		const out = '# Node   State\nnode1   UP\n#   note\nnode2   DOWN\n';
		expect(parseList(out, '1')).toEqual([
			{text: '# Node   State', value: '', selectable: false},
			{text: 'node1   UP', value: 'node1', selectable: true},
			{text: '#   note', value: '', selectable: false},
			{text: 'node2   DOWN', value: 'node2', selectable: true},
		]);
		expect(parseList(out, '2')[1]!.value).toBe('UP');
		expect(parseList('1..99\n', 'r')).toEqual([{text: '1..99', value: '', selectable: false}]);
		expect(parseList('', '')).toEqual([]);
	});
});

describe('reading values back into fields', () => {
	const ring: CommandOption = {
		id: 'o',
		id_seq_num: '010',
		disc_field_name: '',
		name: 'F',
		op_type: 'r',
		entry_type: 'n',
		entry_size: 0,
		required: '',
		prefix: '',
		cmd_to_list_mode: '',
		cmd_to_list: '',
		cmd_to_list_postfix: '',
		multi_select: '',
		value_index: 1,
		disp_values: 'now,restart,both',
		aix_values: '-N,-R,-B',
		help: '',
	};
	it('shows a ring value a command printed as its aix value, and starts at value_index', async () => {
		const {displayValue, ringDefault, commandValue} = await import('../src/menu/build.js');
		expect(ringDefault(ring)).toBe('restart');
		expect(displayValue(ring, '-B')).toBe('both');
		expect(displayValue(ring, 'now')).toBe('now');
		expect(displayValue(ring, 'other')).toBe('other');
		for (const shown of ['now', 'restart', 'both']) expect(displayValue(ring, commandValue(ring, shown))).toBe(shown);
	});
	it('splits a multi-select field back into its entries', async () => {
		const {joinSelection, splitSelection} = await import('../src/menu/build.js');
		for (const multi of [',', 'y', 'm']) {
			const field: CommandOption = {...ring, op_type: 'l', multi_select: multi as CommandOption['multi_select']};
			expect(splitSelection(field, joinSelection(field, ['a', 'b', 'c']))).toEqual(['a', 'b', 'c']);
		}
	});
});
