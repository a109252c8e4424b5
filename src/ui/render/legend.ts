/** The function-key legends at the foot of screens and pop-ups: four columns, 20 wide at 80 columns. */
import {place, text, type Line} from './line.js';

export const MENU_KEYS = ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image', 'F9=Shell', 'F10=Exit', 'Enter=Do'];
export const DIALOG_KEYS = [
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
];
export const STATUS_KEYS = ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F6=Command', 'F8=Image', 'F9=Shell', 'F10=Exit', '/=Find', 'n=Find Next'];
export const LIST_KEYS = ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do', '/=Find', 'n=Find Next'];
export const MULTI_LIST_KEYS = ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F7=Select', 'F8=Image', 'F10=Exit', 'Enter=Do', '/=Find', 'n=Find Next'];
export const POPUP_KEYS = ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do'];
/** A range list (information only): no find. */
export const RANGE_LIST_KEYS = POPUP_KEYS;
/** A help pop-up: no help on help. */
export const HELP_KEYS = ['F2=Refresh', 'F3=Cancel', 'F8=Image', 'F10=Exit', 'Enter=Do'];
/** The F7 edit box and the find box. */
export const EDIT_KEYS = ['F3=Cancel', 'Enter=Do'];
/** The find box over a menu: F4 searches every screen. */
export const FIND_SCREEN_KEYS = ['F3=Cancel', 'F4=All Screens', 'Enter=Do'];

/** Lay out key labels in `columns` columns across `width`. */
export function legend(keys: readonly string[], width: number, columns = 4): Line[] {
	const step = Math.max(Math.floor(width / columns), 12);
	const perLine = Math.max(Math.min(columns, Math.floor((width + 2) / step)), 1);
	const lines: Line[] = [];
	for (let i = 0; i < keys.length; i += perLine) {
		let line: Line = [];
		keys.slice(i, i + perLine).forEach((label, k) => {
			line = place(line, k * step, text(label));
		});
		lines.push(line);
	}
	return lines;
}
