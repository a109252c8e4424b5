/** What the key decoder produces from raw terminal input. */

export interface KeyEvent {
	kind: 'key';
	/**
	 * up down left right home end pageup pagedown insert delete begin tab enter
	 * backspace escape f1..f20, or the letter of a Ctrl or Alt key.
	 */
	name: string;
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
