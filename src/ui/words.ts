/**
 * SMIT's own words (instructions, key legends, pop-up titles, COMMAND STATUS, messages), one catalogue per
 * language, as AIX ships smit's message catalogue per locale; the screens' language is the catalog's
 * (AppState.language). Menus, fields and help come translated with the menus (src/menu/translation.ts).
 * Each text keeps its number of lines, and each legend its number of keys, in every language (the tuple types
 * say so), so a screen's layout is the same in both: only what is drawn differs.
 */
import type {Language} from '../command/language.js';

type Lines<N extends number, T extends string[] = []> = T['length'] extends N ? T : Lines<N, [...T, string]>;

const EN = {
	menuInstructions: ['', 'Move cursor to desired item and press Enter.'] as Lines<2>,
	dialogInstructions: ['Type or select values in entry fields.', 'Press Enter AFTER making all desired changes.', ''] as Lines<3>,
	entryFields: '[Entry Fields]',
	statusTitle: 'COMMAND STATUS',
	statusNote: 'Before command completion, additional instructions may appear below.',
	command: 'Command: ',
	running: 'running',
	ok: 'OK',
	failed: 'failed',
	yes: 'yes',
	no: 'no',
	statusHelp:
		'The output of the command you ran. Use the arrow keys, PgUp and PgDn to read it, / to find text and n to find the next match. F6 shows the ' +
		'command; F3 returns to the screen you ran it from.',
	menuKeys: ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image', 'F9=Shell', 'F10=Exit', 'Enter=Do'] as Lines<7>,
	dialogKeys: [
		'F1=Help',
		'F2=Refresh',
		'F3=Cancel',
		'F4=List',
		'F5=Reset',
		'F6=Command',
		'F7=Edit',
		'F8=Image',
		'F9=Shell',
		'F10=Exit',
		'Enter=Do',
	] as Lines<11>,
	statusKeys: ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F6=Command', 'F8=Image', 'F9=Shell', 'F10=Exit', '/=Find', 'n=Find Next'] as Lines<9>,
	listKeys: ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do', '/=Find', 'n=Find Next'] as Lines<8>,
	multiListKeys: ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F7=Select', 'F8=Image', 'F10=Exit', 'Enter=Do', '/=Find', 'n=Find Next'] as Lines<9>,
	popupKeys: ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do'] as Lines<6>,
	/** A help pop-up: no help on help. */
	helpKeys: ['F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do'] as Lines<5>,
	/** The F7 edit box and the find box. */
	editKeys: ['F3=Cancel', 'Enter=Do'] as Lines<2>,
	/** The find box over a menu: F4 searches every screen. */
	findScreenKeys: ['F3=Cancel', 'F4=All Screens', 'Enter=Do'] as Lines<3>,
	singleInstructions: ['Move cursor to desired item and press Enter.'] as Lines<1>,
	multiInstructions: [
		'Move cursor to desired item and press F7.',
		'    ONE OR MORE items can be selected.',
		'Press Enter AFTER making all selections.',
	] as Lines<3>,
	rangeInstructions: ['The value must be in this range.'] as Lines<1>,
	editInstructions: ['Edit the value, then press Enter to put it in the entry field.'] as Lines<1>,
	findInstructions: ['Type the text to find and press Enter.'] as Lines<1>,
	findScreenInstructions: ['Type the text to find and press Enter.', 'F4 finds the words in every screen instead.'] as Lines<2>,
	findTitle: 'FIND',
	returnNote: 'Press Enter or Cancel to return to the application.',
	confirmTitle: 'ARE YOU SURE?',
	confirm: [
		'Continuing may delete information you may want',
		'to keep.  This is your last chance to stop',
		'before continuing.',
		'     Press Enter to continue.',
		'     Press Cancel to return to the application.',
	].join('\n'),
	errorTitle: 'ERROR MESSAGE',
	messageTitle: 'MESSAGE',
	commandTitle: 'SHOW COMMAND STRING',
	explainTitle: 'EXPLAIN COMMAND',
	fastPathTitle: 'Current fast path:',
	noHelp: 'No help text is available for this item.',
	noItems: 'There are no items to choose from for this entry field.',
	noScreen: (text: string) => `No screen matches ${text || 'nothing'}.`,
	screensWith: (words: string) => `Screens with ${words}`,
	screensHelp:
		'Every screen whose title, command or help has all the words typed, those matched by title first. ' +
		'The fast path is on the right. Enter opens the screen, or the selection screen before it when it is reached through one; F3 returns.',
	shellBanner: 'Type exit to return to SMIT. Commands run on the simulated cluster.',
	/** smitty FASTPATH at the F9 prompt, without such a screen. */
	fastPathNotFound: (name: string) => `1800-106 The fast path "${name}" was not found.`,
	tooSmall: (columns: number, rows: number) => `The terminal is too small for SMIT: make it at least ${columns} columns by ${rows} rows. F10 exits.`,
};

export type Words = typeof EN;

/** Simplified Chinese, in the wording of AIX's zh_CN SMIT where known; the F-key names stay as the keys are labelled. */
const ZH: Words = {
	menuInstructions: ['', '将光标移到所需的项，然后按 Enter 键。'],
	dialogInstructions: ['在输入字段中输入或选择值。', '完成所有需要的更改后按 Enter 键。', ''],
	entryFields: '[输入字段]',
	statusTitle: '命令状态',
	statusNote: '在命令完成之前，下面可能会出现其他指示信息。',
	command: '命令：',
	running: '正在运行',
	ok: '正常',
	failed: '失败',
	yes: '是',
	no: '否',
	statusHelp: '所运行命令的输出。用方向键、PgUp 和 PgDn 阅读，/ 查找文本，n 查找下一个匹配。F6 显示命令；F3 返回运行它的屏幕。',
	menuKeys: ['F1=帮助', 'F2=刷新', 'F3=取消', 'F8=映像', 'F9=Shell', 'F10=退出', 'Enter=执行'],
	dialogKeys: ['F1=帮助', 'F2=刷新', 'F3=取消', 'F4=列表', 'F5=复位', 'F6=命令', 'F7=编辑', 'F8=映像', 'F9=Shell', 'F10=退出', 'Enter=执行'],
	statusKeys: ['F1=帮助', 'F2=刷新', 'F3=取消', 'F6=命令', 'F8=映像', 'F9=Shell', 'F10=退出', '/=查找', 'n=查找下一个'],
	listKeys: ['F1=帮助', 'F2=刷新', 'F3=取消', 'F8=映像', 'F10=退出', 'Enter=执行', '/=查找', 'n=查找下一个'],
	multiListKeys: ['F1=帮助', 'F2=刷新', 'F3=取消', 'F7=选择', 'F8=映像', 'F10=退出', 'Enter=执行', '/=查找', 'n=查找下一个'],
	popupKeys: ['F1=帮助', 'F2=刷新', 'F3=取消', 'F8=映像', 'F10=退出', 'Enter=执行'],
	helpKeys: ['F2=刷新', 'F3=取消', 'F8=映像', 'F10=退出', 'Enter=执行'],
	editKeys: ['F3=取消', 'Enter=执行'],
	findScreenKeys: ['F3=取消', 'F4=所有屏幕', 'Enter=执行'],
	singleInstructions: ['将光标移到所需的项，然后按 Enter 键。'],
	multiInstructions: ['将光标移到所需的项，然后按 F7 键。', '    可以选择一项或多项。', '完成所有选择后按 Enter 键。'],
	rangeInstructions: ['值必须在此范围内。'],
	editInstructions: ['编辑值，然后按 Enter 键将它放入输入字段。'],
	findInstructions: ['输入要查找的文本，然后按 Enter 键。'],
	findScreenInstructions: ['输入要查找的文本，然后按 Enter 键。', '按 F4 键则在所有屏幕中查找这些词。'],
	findTitle: '查找',
	returnNote: '按 Enter 键或“取消”返回应用程序。',
	confirmTitle: '确实要继续吗？',
	confirm: ['继续操作可能会删除您想保留的信息。', '这是您在继续之前停止的最后机会。', '     按 Enter 键继续。', '     按“取消”返回应用程序。'].join(
		'\n',
	),
	errorTitle: '错误消息',
	messageTitle: '消息',
	commandTitle: '显示命令字符串',
	explainTitle: '解释命令',
	fastPathTitle: '当前快速路径：',
	noHelp: '此项没有可用的帮助文本。',
	noItems: '此输入字段没有可供选择的项。',
	noScreen: (text: string) => `没有与 ${text || '（空）'} 匹配的屏幕。`,
	screensWith: (words: string) => `含有 ${words} 的屏幕`,
	screensHelp:
		'标题、命令或帮助中含有所输入的全部词的屏幕，标题匹配的在前。快速路径在右边。Enter 打开该屏幕（需经选择屏幕进入的，打开它前面的选择屏幕）；F3 返回。',
	shellBanner: '输入 exit 返回 SMIT。命令在模拟集群上运行。',
	fastPathNotFound: (name: string) => `1800-106 找不到快速路径“${name}”。`,
	tooSmall: (columns: number, rows: number) => `终端太小，无法显示 SMIT：请至少设为 ${columns} 列 ${rows} 行。F10 退出。`,
};

export const WORDS: Record<Language, Words> = {en: EN, zh: ZH};
