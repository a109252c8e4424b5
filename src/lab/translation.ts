/** A lab as a Chinese reader sees it (its `zh` texts, the English where one is missing), and the texts missing one. */
import type {Language} from '../command/language.js';
import type {MissingText} from '../menu/translation.js';
import type {Lab} from './schema.js';

/** The lab in `language`; its checks, set-up and solution are the same lines. */
export function labIn<L extends Lab>(lab: L, language: Language): L {
	if (language === 'en') return lab;
	return {
		...lab,
		title: lab.zh?.title || lab.title,
		goal: lab.zh?.goal || lab.goal,
		explanation: lab.zh?.explanation || lab.explanation,
		steps: lab.steps.map(step => ({
			...step,
			text: step.zh?.text || step.text,
			hints: step.hints.map((hint, i) => step.zh?.hints[i] || hint),
			checks: step.checks.map(check => ({...check, title: check.zh?.title || check.title})),
		})),
	};
}

/** Every text of a lab a learner reads that has no Chinese beside it. */
export function missingLabTranslations(file: string, lab: Lab): MissingText[] {
	const missing: MissingText[] = [];
	const need = (where: string, english: string, chinese = '') => {
		if (english.trim() && !chinese.trim()) missing.push({file, where: `${where}: zh`, english});
	};
	need('title', lab.title, lab.zh?.title);
	need('goal', lab.goal, lab.zh?.goal);
	need('explanation', lab.explanation, lab.zh?.explanation);
	lab.steps.forEach((step, s) => {
		need(`steps.${s}.text`, step.text, step.zh?.text);
		step.hints.forEach((hint, h) => need(`steps.${s}.hints.${h}`, hint, step.zh?.hints[h]));
		step.checks.forEach((check, c) => need(`steps.${s}.checks.${c}.title`, check.title, check.zh?.title));
	});
	return missing;
}
