/** The pop-ups drawn over a screen; the last one opened gets the keys. */
import type {Selector} from '../../menu/catalog.js';
import type {Context} from '../screens/types.js';
import type {FieldRules, FieldState} from '../widgets/field/index.js';
import type {ListState} from '../widgets/list/index.js';

/** A command waiting for ARE YOU SURE? (or about to run). */
export interface PendingRun {
	/** The dialog's fast path. */
	id: string;
	command: string;
	execMode: string;
	/** Stack index of the dialog that built it; -1 for a ghost dialog (nothing on the stack). */
	dialogAt: number;
}

export interface ListPopup {
	kind: 'list';
	title: string;
	list: ListState;
	/** What choosing each item puts in the field. */
	values: readonly string[];
	multi: boolean;
	/** A range (cmd_to_list_mode r): shown for information only. */
	range: boolean;
	/** A field's value, a selector's choice, or (the find box's F4 over a menu) a screen to open by its fast path. */
	target: {type: 'field'; index: number} | {type: 'selector'; selector: Selector; context: Context} | {type: 'screen'};
	help: string;
}

export interface TextPopup {
	kind: 'text';
	variant: 'help' | 'command' | 'error' | 'message' | 'confirm' | 'fastpath' | 'picture';
	title: string;
	text: string;
	/** First visible line of the wrapped text. */
	top: number;
	/** confirm: what Enter runs. */
	then?: PendingRun;
	/** Closing it leaves SMIT with this code (a fast path that could not open). */
	exitOnClose?: number;
}

export interface EditPopup {
	kind: 'edit';
	title: string;
	/** The dialog field being edited. */
	index: number;
	field: FieldState;
	rules: FieldRules;
}

export interface FindPopup {
	kind: 'find';
	field: FieldState;
	/** Over a menu: F4 looks for the words in every screen (hasmit find) instead of this list. */
	screens?: boolean;
}

export type Popup = ListPopup | TextPopup | EditPopup | FindPopup;
