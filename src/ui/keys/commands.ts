/**
 * smitty's key bindings: decoded keys → what the user asked for. F1..F10 and
 * their Esc+digit forms are the function keys; a modified F-key (Shift, Ctrl,
 * Alt) does nothing. Ctrl-L is F2, Ctrl-V and Esc-v page down and up, Esc Esc
 * cancels, Ctrl-C leaves.
 */
import type {InputEvent} from './types.js';

/** F1..F10, in order. */
const FUNCTION_KEYS = ['help', 'refresh', 'cancel', 'list', 'reset', 'command', 'edit', 'image', 'shell', 'exit'] as const;
/** Keys that keep their decoded name as the command. */
const MOVES = ['up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown'] as const;

type Move = (typeof MOVES)[number];

export type Command =
	| {
			type:
				| (typeof FUNCTION_KEYS)[number]
				| Move
				| 'do'
				| 'next-value'
				| 'prev-value'
				| 'backspace'
				| 'delete'
				| 'line-start'
				| 'line-end'
				| 'kill-line'
				| 'interrupt'
				| 'eof'
				| 'picture';
	  }
	| {type: 'text'; text: string}
	| {type: 'paste'; text: string}
	/** F11 folds or opens a guided lab's panel; Esc+h, Esc+s, Esc+u, Esc+r ask it for a hint, the solution, undo, reset. */
	| {type: 'lab'; action: 'toggle' | LabAction};

export type LabAction = 'hint' | 'solution' | 'undo' | 'reset';
const LAB_KEYS: Readonly<Record<string, LabAction>> = {h: 'hint', s: 'solution', u: 'undo', r: 'reset'};

type KeyCommand = Exclude<Command, {text: string} | {type: 'lab'}>;

const CTRL: Readonly<Record<string, KeyCommand['type']>> = {
	l: 'refresh',
	v: 'pagedown',
	c: 'interrupt',
	a: 'line-start',
	e: 'line-end',
	u: 'kill-line',
	d: 'eof',
	h: 'backspace',
	p: 'up',
	n: 'down',
};

const isMove = (name: string): name is Move => (MOVES as readonly string[]).includes(name);

export function toCommand(event: InputEvent): Command | undefined {
	if (event.kind === 'text') return {type: 'text', text: event.text};
	if (event.kind === 'paste') return {type: 'paste', text: event.text};
	const {name, shift, ctrl, alt} = event;
	const fkey = /^f(\d+)$/.exec(name);
	if (name === 'f11') return shift || ctrl || alt ? undefined : {type: 'lab', action: 'toggle'};
	if (fkey) {
		// F12, beyond SMIT's ten: the picture of the cluster, from every screen.
		if (name === 'f12') return !shift && !ctrl && !alt ? {type: 'picture'} : undefined;
		const type = FUNCTION_KEYS[Number(fkey[1]) - 1];
		return type && !shift && !ctrl && !alt ? {type} : undefined;
	}
	if (isMove(name)) return {type: name};
	if (name === 'enter') return alt || ctrl ? undefined : {type: 'do'};
	if (name === 'tab') return ctrl || alt ? undefined : {type: shift ? 'prev-value' : 'next-value'};
	if (name === 'backspace') return alt ? undefined : {type: 'backspace'};
	if (name === 'delete') return {type: 'delete'};
	if (name === 'escape') return {type: 'cancel'};
	if (ctrl && !alt) {
		const type = CTRL[name];
		return type ? {type} : undefined;
	}
	if (alt && !ctrl && name === 'v') return {type: 'pageup'};
	if (alt && !ctrl && LAB_KEYS[name]) return {type: 'lab', action: LAB_KEYS[name]};
	return undefined;
}
