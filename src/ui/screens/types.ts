/** The screens on SMIT's stack. Each keeps everything typed into it, so F3 back finds it as it was. */
import type {Dialog, Menu, Selector} from '../../menu/catalog.js';
import type {Names} from '../../menu/dialog.js';
import type {CommandOption} from '../../menu/schema.js';
import type {ListState} from '../widgets/list/index.js';
import type {PendingRun} from '../popups/types.js';
import type {ScrollState} from '../widgets/scroll/index.js';

/** Columns and the number of lines drawn (the terminal's rows less one, see Ink 6.8's full-screen trap). */
export interface Size {
	width: number;
	height: number;
}

/** Names passed from screen to screen: _rawname, _cookedname and discovered values. */
export type Context = Names;

export interface MenuScreen {
	kind: 'menu';
	id: string;
	menu: Menu;
	list: ListState;
}

export interface FormField {
	option: CommandOption;
	/** What the field shows (for a ring, the displayed value). */
	value: string;
	/** Text cursor in the value. */
	cursor: number;
	/** The discovered or default value: F5 restores it, and an unchanged value is not sent. */
	initial: string;
}

interface FormBase {
	id: string;
	fields: FormField[];
	/** The field under the cursor. */
	cursor: number;
	/** First visible row of the field area. */
	top: number;
	context: Context;
}

export interface DialogScreen extends FormBase {
	kind: 'dialog';
	dialog: Dialog;
}

export interface SelectorScreen extends FormBase {
	kind: 'selector';
	selector: Selector;
}

export type FormScreen = DialogScreen | SelectorScreen;

export interface StatusScreen {
	kind: 'status';
	/** The fast path of the dialog that ran (F8). */
	id: string;
	command: string;
	state: 'running' | 'ok' | 'failed';
	stdout: boolean;
	stderr: boolean;
	output: ScrollState;
	/** The command waits at a question for the user's answer (smitty lends it the terminal). */
	asking?: Asking;
}

/** A question the command stopped at: the run to repeat with the answers, and the answer being typed. */
export interface Asking {
	run: PendingRun;
	/** The answers given to the earlier questions. */
	answers: readonly string[];
	question: string;
	/** What is typed at the question is not shown (a password). */
	unechoed?: true;
	/** The output up to the question. */
	before: readonly string[];
	typed: string;
}

export type Screen = MenuScreen | FormScreen | StatusScreen;
