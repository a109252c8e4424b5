/**
 * The guided lab's panel under the SMIT screens: one line (the step and its ticks) while folded or on a small
 * terminal, the goal, the current step's checks, the hints asked for and the keys while open. F11 opens and
 * folds it; no SMIT screen uses F11.
 */
import {fit, text, wrap, type Line} from '../render/line.js';
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

const ticks = (view: LabView, step: number) => view.steps[step]!.checks.map(c => (c.passed ? '[x]' : '[ ]')).join('');

function foldedLine(view: LabView): string {
	if (view.current === undefined) return `Lab complete: ${view.title}.`;
	return `Lab step ${view.current + 1}/${view.steps.length} ${ticks(view, view.current)} ${view.steps[view.current]!.text}`;
}

function openLines(view: LabView, width: number): string[] {
	const lines = [`${view.title}: ${view.goal}`];
	if (view.current === undefined) lines.push('Lab complete.', view.explanation);
	else {
		const step = view.steps[view.current]!;
		lines.push(`Step ${view.current + 1}/${view.steps.length}: ${step.text}`);
		for (const check of step.checks) lines.push(`  ${check.passed ? '[x]' : '[ ]'} ${check.title}`);
		view.hints.forEach((hint, i) => lines.push(`Hint ${i + 1}: ${hint}`));
		if (view.solution.length > 0) lines.push('Solution:', ...view.solution.map(s => `  ${s}`));
	}
	if (view.notice) lines.push(view.notice);
	return lines.flatMap(l => wrap(l, width));
}

/** The panel's lines at this width: a rule, then the folded line or the open panel with its keys last. */
export function labPanelView(panel: LabPanel, width: number): Line[] {
	const rows = panelRows(panel);
	const keys = 'F11=Fold  Esc+h=Hint  Esc+s=Solution  Esc+u=Undo  Esc+r=Reset';
	if (rows === 1) return [[...fit(text(foldedLine(panel.view), {inverse: true}), width - 8), ...text(' F11=Lab', {inverse: true})]];
	// The newest lines (the solution, a notice) stay in view; the goal scrolls off first.
	const body = openLines(panel.view, width).slice(-(rows - 1));
	while (body.length < rows - 1) body.push('');
	return [...body.map(l => fit(text(l), width)), fit(text(keys, {inverse: true}), width)];
}
