/** What the key decoder produces from raw terminal input. */

/** Names of the keys the decoder recognises (letters are used for Ctrl and Alt keys). */
export type KeyName =
	| 'up'
	| 'down'
	| 'left'
	| 'right'
	| 'home'
	| 'end'
	| 'pageup'
	| 'pagedown'
	| 'insert'
	| 'delete'
	| 'tab'
	| 'enter'
	| 'backspace'
	| 'escape'
	| 'begin'
	| `f${number}`
	| string;

export interface KeyEvent {
	kind: 'key';
	name: KeyName;
	shift?: boolean;
	ctrl?: boolean;
	/** Alt / Meta: an ESC prefix or a modifier parameter. */
	alt?: boolean;
	/** The F-key came from Esc+digit (smitty's equivalents for terminals without F-keys). */
	escDigit?: boolean;
}

/** Printable text typed at the keyboard (one or more characters). */
export interface TextEvent {
	kind: 'text';
	text: string;
}

/** Text between bracketed-paste markers. */
export interface PasteEvent {
	kind: 'paste';
	text: string;
}

export type InputEvent = KeyEvent | TextEvent | PasteEvent;

