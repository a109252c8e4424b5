/**
 * The guided lab's panel under the SMIT screens: one line (the step and its ticks) while folded or on a small
 * terminal, the goal, the current step's checks, the hints asked for and the keys while open. F11 opens and
 * folds it; no SMIT screen uses F11.
 */
import {fit, text, wrap, type Line} from '../render/line.js';
import {displayWidth} from '../../command/display-width.js';
import type {LabView} from '../../lab/host.js';
import type {Size} from './types.js';

export type {LabView};

export interface LabPanel {
	view: LabView;
	open: boolean;
	/** The terminal's size: the screens get what the panel leaves. */
	terminal: Size;
}

/** The open panel's rows; a terminal of 24 rows or fewer keeps it folded to one. */
const OPEN_ROWS = 12;
export const panelRows = (panel: LabPanel) => (panel.open && panel.terminal.height > 24 ? OPEN_ROWS : 1);

/** The panel's own words, in the lab's language. */
const WORDS = {
	en: {
		completeTitle: (title: string) => `Lab complete: ${title}.`,
		goal: (title: string, goal: string) => `${title}: ${goal}`,
		folded: (step: number, all: number) => `Lab step ${step}/${all}`,
		complete: 'Lab complete.',
		step: (step: number, all: number) => `Step ${step}/${all}: `,
		hint: (n: number) => `Hint ${n}: `,
		solution: 'Solution:',
		keys: 'F11=Fold  Esc+h=Hint  Esc+s=Solution  Esc+u=Undo  Esc+r=Reset',
		open: ' F11=Lab',
	},
	zh: {
		completeTitle: (title: string) => `实验完成：${title}。`,
		goal: (title: string, goal: string) => `${title}：${goal}`,
		folded: (step: number, all: number) => `实验第 ${step}/${all} 步`,
		complete: '实验完成。',
		step: (step: number, all: number) => `第 ${step}/${all} 步：`,
		hint: (n: number) => `提示 ${n}：`,
		solution: '解决方案：',
		keys: 'F11=折叠  Esc+h=提示  Esc+s=解决方案  Esc+u=撤销  Esc+r=重置',
		open: ' F11=实验',
	},
} satisfies Record<LabView['language'], unknown>;

const ticks = (view: LabView, step: number) => view.steps[step]!.checks.map(c => (c.passed ? '[x]' : '[ ]')).join('');

function foldedLine(view: LabView): string {
	const words = WORDS[view.language];
	if (view.current === undefined) return words.completeTitle(view.title);
	return `${words.folded(view.current + 1, view.steps.length)} ${ticks(view, view.current)} ${view.steps[view.current]!.text}`;
}

function openLines(view: LabView, width: number): string[] {
	const words = WORDS[view.language];
	const lines = [words.goal(view.title, view.goal)];
	if (view.current === undefined) lines.push(words.complete, view.explanation);
	else {
		const step = view.steps[view.current]!;
		lines.push(`${words.step(view.current + 1, view.steps.length)}${step.text}`);
		for (const check of step.checks) lines.push(`  ${check.passed ? '[x]' : '[ ]'} ${check.title}`);
		view.hints.forEach((hint, i) => lines.push(`${words.hint(i + 1)}${hint}`));
		if (view.solution.length > 0) lines.push(words.solution, ...view.solution.map(s => `  ${s}`));
	}
	if (view.notice) lines.push(view.notice);
	return lines.flatMap(l => wrap(l, width));
}

/** The panel's lines at this width: a rule, then the folded line or the open panel with its keys last. */
export function labPanelView(panel: LabPanel, width: number): Line[] {
	const rows = panelRows(panel);
	const {keys, open} = WORDS[panel.view.language];
	const openWidth = displayWidth(open);
	if (rows === 1) return [[...fit(text(foldedLine(panel.view), {inverse: true}), width - openWidth), ...text(open, {inverse: true})]];
	// The newest lines (the solution, a notice) stay in view; the goal scrolls off first.
	const body = openLines(panel.view, width).slice(-(rows - 1));
	while (body.length < rows - 1) body.push('');
	return [...body.map(l => fit(text(l), width)), fit(text(keys, {inverse: true}), width)];
}
