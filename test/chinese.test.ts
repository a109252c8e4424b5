/** Chinese (LANG=zh_CN.UTF-8 or --lang zh): display widths, the translation checks, a lab and man in Chinese. */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {columns, cutToWidth, displayWidth, piecesOfWidth} from '../src/command/display-width.js';
import {languageOf} from '../src/command/language.js';
import {manPage, missingManualLines} from '../src/command/manual.js';
import {createRegistry} from '../src/domains/index.js';
import {commandIn, MANUAL_CATALOGUES} from '../src/commands/man.js';
import {loadCatalog} from '../src/menu/catalog.js';
import {MISSING_TRANSLATION, missingMenuTranslations, translationReport} from '../src/menu/translation.js';
import {missingLabTranslations} from '../src/lab/translation.js';
import {hasmit, sandbox} from './helpers/cli.js';
import {memoryRunner} from './helpers/runner.js';
import {TEST_CLOCK} from './helpers/cluster.js';
import {hostLab} from '../src/lab/host.js';
import {loadLabs, setUp} from '../src/lab/engine.js';
import {labPanelView} from '../src/ui/screens/lab-panel.js';
import {fieldView} from '../src/ui/widgets/field/index.js';
import {popupView} from '../src/ui/popups/view.js';
import {lineText, wrap} from '../src/ui/render/line.js';

/** A line padded to 80 columns, as the panel draws it. */
const fitted = (line: string) => line + ' '.repeat(80 - displayWidth(line));

describe('display width', () => {
	it('counts a Chinese character as two columns and cuts, pads and wraps by columns', () => {
		expect(displayWidth('资源组 rg_app')).toBe(13);
		expect(displayWidth('ＡＢ')).toBe(4);
		expect(columns('资源组', 1, 5)).toBe(' 源 ');
		expect(displayWidth(cutToWidth('启动集群服务', 7, '>'))).toBe(7);
		expect(cutToWidth('启动集群服务', 7, '>')).toBe('启动集>');
		expect(piecesOfWidth('集群abc服务', 5)).toEqual(['集群a', 'bc服', '务']);
		expect(wrap('将资源组移到另一个节点 clRGmove -m', 12)).toEqual(['将资源组移到', '另一个节点', 'clRGmove -m']);
		// No line starts with closing punctuation or ends with an opening bracket.
		expect(wrap('显示计时器（hasmit 打印）。', 10)).toEqual(['显示计时器', '（hasmit', '打印）。']);
	});

	it('an entry field holding Chinese keeps its window within its columns, the cursor in view', () => {
		const view = (cursor: number, focused = true) => lineText(fieldView({value: '资源组rg', cursor}, 6, focused));
		expect(view(5)).toBe('< rg ');
		expect(view(0)).toBe('资源组');
		expect(view(2)).toBe('资源组');
		expect(view(0, false)).toBe('资源 >');
		for (let cursor = 0; cursor <= 5; cursor++) expect(displayWidth(view(cursor))).toBeLessThanOrEqual(6);
	});

	it('the F7 edit box lays a Chinese value out in lines of its columns, the cursor on its line', () => {
		const field = {value: `${'资源组'.repeat(30)}END`, cursor: 93};
		const placed = popupView({kind: 'edit', title: '用户信息', field, index: 0, rules: {}}, {width: 80, height: 24}, true);
		const rows = placed.lines.map(lineText);
		for (const line of rows) expect(displayWidth(line)).toBe(76);
		// 90 characters of two columns in lines of 72: 36 a line, then the rest with END and the cursor after it.
		expect(rows.filter(line => line.includes('资源组'))).toHaveLength(3);
		expect(rows.find(line => line.includes('END'))).toBe(`| ${'资源组'.repeat(6)}END${' '.repeat(33)} |`);
	});

	it('takes the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
		expect(languageOf({LANG: 'zh_CN.UTF-8'})).toBe('zh');
		expect(languageOf({LANG: 'zh_CN.UTF-8', LC_ALL: 'C'})).toBe('en');
		expect(languageOf({LC_MESSAGES: 'ZH_CN'})).toBe('zh');
		expect(languageOf({})).toBe('en');
	});
});

/** Whether a missing translation fails the checks (the one switch) or is a warning. */
const FAILS = MISSING_TRANSLATION === 'error';
/** The lines a report lists, as errors or as warnings by the switch. */
const listed = (report: {errors: string[]; warnings: string[]}) => (FAILS ? report.errors : report.warnings);

/** A copy of the real menus to break. */
function menusCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'hasmit-zh-'));
	cpSync('menus', dir, {recursive: true});
	return dir;
}

describe('translations of the menus', () => {
	it('every text of every menu file has its Chinese, and the screens show it', () => {
		const {catalog, problems} = loadCatalog('menus', {language: 'zh'});
		expect(problems).toEqual([]);
		// As menus check judges it: MISSING_TRANSLATION may make texts added without Chinese warnings only.
		expect(translationReport(missingMenuTranslations(catalog), 'menu').errors).toEqual([]);
		expect(catalog.menus.get('cl_manage_services')?.title).toBe('管理 HACMP 服务');
		expect(catalog.dialogs.get('clstart')?.fields.map(f => f.name)[0]).toBe('现在、系统重新启动时或两者都启动');
		expect(loadCatalog('menus').catalog.dialogs.get('clstart')?.name).toBe('Start Cluster Services');
	});

	it('menus check fails on a text without its translation, naming the file, the record and the field', () => {
		const dir = menusCopy();
		const file = join(dir, 'cl_admin.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('\t\t\t"zh": {"text": "启动集群服务", ', '\t\t\t"zh": {'));
		const {catalog} = loadCatalog(dir);
		const report = translationReport(missingMenuTranslations(catalog), 'menu');
		expect(listed(report)).toEqual([
			'cl_admin.json: cl_manage_services 010 clstart: zh.text: has no Chinese translation ("Start Cluster Services")',
			'cl_admin.json: -: -: 1 menu text without a Chinese translation (zh)',
		]);
		const run = hasmit(['menus', 'check', '--menus', dir], {env: sandbox().env});
		expect(run.code).toBe(FAILS ? 1 : 0);
		expect(run.stderr).toContain('cl_admin.json: cl_manage_services 010 clstart: zh.text: has no Chinese translation');
		if (FAILS) expect(run.stderr).toContain('hasmit menus check: 2 problems in');
	});

	it('hasmit find searches and answers in Chinese', () => {
		const found = hasmit(['--lang', 'zh', 'find', 'clRGmove'], {env: sandbox().env}).stdout;
		expect(found).toContain('使资源组联机  （对话 cl_rg_online；在其命令中找到）\n    菜单路径： 系统管理 > 通信应用程序和服务 > HACMP for AIX');
		expect(found).toContain('    命令：     /usr/es/sbin/cluster/utilities/clRGmove -u -i');
		// 5.2 has no DARE Resource Migration: a sticky location is clRGmove's.
		expect(hasmit(['--lang', 'zh', 'find', '粘性'], {env: sandbox().env}).stdout).toMatch(/^将资源组移动到另一个节点/m);
	});

	it('a menu file added without translations is reported file by file', () => {
		const dir = menusCopy();
		const added = {
			releases: ['5.2'],
			sm_menu_opt: [{id: 'cl_admin', id_seq_num: '990', next_id: 'cl_manage_services', text: 'New Item', next_type: 'm', help: 'Help.'}],
		};
		writeFileSync(join(dir, 'cl_added.json'), JSON.stringify(added));
		const run = hasmit(['menus', 'check', '--menus', dir], {env: sandbox().env});
		expect(run.code).toBe(FAILS ? 1 : 0);
		const lines = run.stderr.split('\n').map(line => line.replace(/^warning: /, ''));
		expect(lines.filter(line => line.startsWith('cl_added.json'))).toEqual([
			'cl_added.json: cl_admin 990 cl_manage_services: zh.text: has no Chinese translation ("New Item")',
			'cl_added.json: cl_admin 990 cl_manage_services: zh.help: has no Chinese translation ("Help.")',
			'cl_added.json: -: -: 2 menu texts without a Chinese translation (zh)',
		]);
	});
});

describe('a lab in Chinese', () => {
	it('every lab text has its Chinese, and a lab started under LANG=zh_CN.UTF-8 reads in Chinese', () => {
		const {labs} = loadLabs(join('menus', 'labs'));
		expect(
			translationReport(
				labs.flatMap(lab => missingLabTranslations(`${lab.name}.json`, lab)),
				'lab',
			).errors,
		).toEqual([]);
		const {env} = sandbox();
		const started = hasmit(['labs', 'start', 'move-resource-group'], {env: {...env, LANG: 'zh_CN.UTF-8'}});
		expect(started.code).toBe(0);
		expect(started.stdout).toContain('将资源组移到另一个节点 (seed 000 §8.5.3)');
		expect(started.stdout).toContain('查明 rg_app 现在在何处联机，然后将它移到 node2');
		expect(hasmit(['labs', 'hint'], {env: {...env, LANG: 'zh_CN.UTF-8'}}).stdout).toContain('clRGinfo 显示每个资源组在每个节点上的状态。');
		const moved = hasmit(['labs', 'exec', 'clRGmove -g rg_app -n node2 -m'], {env: {...env, LANG: 'zh_CN.UTF-8'}});
		expect(moved.stdout).toContain('Resource group movement successful.');
		expect(moved.stdout).toContain('[x] rg_app 在 node2 上为 ONLINE');
		// --lang en wins over the locale.
		expect(hasmit(['--lang', 'en', 'labs', 'status'], {env: {...env, LANG: 'zh_CN.UTF-8'}}).stdout).toContain('Move a resource group');
		// The solution names a dialog's fields by the labels the screens show.
		hasmit(['labs', 'start', 'start-stop-takeover'], {env: {...env, LANG: 'zh_CN.UTF-8'}});
		expect(hasmit(['labs', 'solution'], {env: {...env, LANG: 'zh_CN.UTF-8'}}).stdout).toBe(
			'smitty clstart\nsmitty clstart (on node2)\nsmitty clstop\n      关闭方式（正常、正常并接管、强制）: takeover\n',
		);
	});

	it('the lab panel says its own words in Chinese and keeps to the width', () => {
		const lab = loadLabs(join('menus', 'labs'), 'zh').labs.find(l => l.name === 'move-resource-group')!;
		const runner = memoryRunner([]);
		const {session} = runner;
		session.state = setUp(lab, session.registry, TEST_CLOCK);
		const cluster = {observe: () => () => {}, state: () => session.state, restore: () => {}};
		const host = hostLab(lab, cluster, session.registry, () => TEST_CLOCK, {language: 'zh'});
		host.view();
		host.act('hint');
		const folded = labPanelView({view: host.view(), open: false, terminal: {width: 80, height: 24}}, 80).map(lineText);
		expect(folded[0]).toMatch(/^实验第 1\/1 步 \[ \]\[ \]\[ \] 查明 rg_app .* F11=实验$/);
		expect(displayWidth(folded[0]!)).toBe(80);
		const open = labPanelView({view: host.view(), open: true, terminal: {width: 80, height: 40}}, 80).map(lineText);
		expect(open).toContain(fitted('提示 1：clRGinfo 显示每个资源组在每个节点上的状态。'));
		expect(open[0]).toMatch(/^将资源组移到另一个节点：集群服务在两个节点上运行/);
		expect(open.at(-1)).toMatch(/^F11=折叠 {2}Esc\+h=提示/);
		for (const line of open) expect(displayWidth(line)).toBe(80);
	});

	it('labs check fails on a text without its translation', () => {
		const {labs} = loadLabs(join('menus', 'labs'));
		const lab = labs.find(l => l.name === 'dare-sticky')!;
		const untranslated = {...lab, steps: lab.steps.map(step => ({...step, zh: {text: step.zh!.text, hints: step.zh!.hints.slice(1)}}))};
		expect(listed(translationReport(missingLabTranslations('dare-sticky.json', untranslated), 'lab'))).toEqual([
			'dare-sticky.json: steps.0.hints.1: zh: has no Chinese translation ("cldare -M rg_a:node3:sticky; clfindres r...")',
			'dare-sticky.json: -: -: 1 lab text without a Chinese translation (zh)',
		]);
	});
});

describe('man in Chinese', () => {
	const registry = createRegistry();
	it('every line of every declared command has its Chinese', () => {
		const missing = missingManualLines(registry.commands(), MANUAL_CATALOGUES.zh).map(line => ({file: 'manual-zh.json', ...line}));
		expect(translationReport(missing, 'manual').errors).toEqual([]);
	});

	it('prints the page in Chinese under a Chinese locale, wrapped to 78 columns; command output stays English', () => {
		const {env} = sandbox();
		const page = hasmit(['exec', 'man clRGmove'], {env: {...env, LANG: 'zh_CN.UTF-8'}}).stdout;
		expect(page.split('\n').slice(0, 4)).toEqual(['clRGmove 命令', '', '用途', '       在运行中的集群里将资源组移到另一个节点，或使其联机或脱机。']);
		expect(page).toContain('       -m              将资源组移到另一个节点（-n）');
		expect(Math.max(...page.split('\n').map(displayWidth))).toBeLessThanOrEqual(78);
		expect(hasmit(['--lang', 'zh', 'exec', 'lssrc -g cluster'], {env}).stdout).toContain('Subsystem         Group            PID          Status');
		// A line's own LANG= wins, as in ksh.
		expect(hasmit(['--lang', 'zh', 'exec', 'LC_ALL=C man cat'], {env}).stdout).toMatch(/^cat Command\n/);
	});

	it('reads a C-SPOC page the same way through the registry', () => {
		const page = manPage(commandIn(registry.lookup('cl_mklv')!, 'zh'), 'zh');
		expect(page).toContain('创建逻辑卷。通过 C-SPOC，在所选节点上。');
		expect(page).toContain('标志');
	});
});
