/**
 * The lab file format (menus/labs/*.json): a guided exercise on its own cluster. Every set-up line, check and
 * solution step is a command line (or a SMIT dialog driven headless), so a lab is pure data and a learner can
 * run each check by hand.
 */
import {integer, list, object, optional, text, type Infer} from '../menu/schema-kit.js';
import {DEFAULT_RELEASE, RELEASES} from '../cluster/release/index.js';

const line = (description: string) => text({maxLength: 1024, description});
/** What the learner reads is written in Simplified Chinese beside the English, in `zh` (shown under a Chinese locale). */
const chinese = (description: string) => optional(text({description: `${description}, in Simplified Chinese.`}), '');
const node = optional(text({pattern: /^[A-Za-z0-9_.-]*$/, description: 'The node the line runs on; "" for the first node.'}), '');

export const checkSchema = object(
	{
		title: text({description: 'What the check proves, as the learner reads it ticked.'}),
		node,
		run: optional(line('A command line to run; its result is compared below.'), ''),
		file: optional(text({pattern: /^(\/[^/\0]+)*\/?$/, description: 'A file whose content is checked (runs cat FILE).'}), ''),
		rg: optional(
			object({group: text(), node: text(), state: text({description: 'ONLINE, OFFLINE, ERROR, ...'})}, {description: 'A line of clRGinfo -s.'}),
			{group: '', node: '', state: ''},
		),
		exit: optional(integer({minimum: 0, description: 'The exit code wanted (default 0).'}), 0),
		line: optional(text({description: 'A regular expression some line of the output must match.'}), ''),
		noLine: optional(text({description: 'A regular expression no line of the output may match.'}), ''),
		zh: optional(object({title: chinese('The title')}), {title: ''}),
	},
	{description: 'A check: exactly one of run, file or rg, and what its result must be.'},
);

const solutionStepSchema = object(
	{
		run: optional(line('A command line the solution runs.'), ''),
		smit: optional(text({description: 'A SMIT fast path (selector or dialog) the solution opens.'}), ''),
		picks: optional(list(text(), 'The value each selector on the way takes.'), []),
		values: optional(list(object({field: text(), value: text()}), 'Fields set in the dialog, by label.'), []),
		node,
	},
	{description: 'One step of the solution: a command line (run), or a SMIT dialog (smit, picks, values) entered as shown.'},
);

const stepSchema = object({
	text: text({description: 'What to do now.'}),
	hints: list(text(), 'Hints, each more explicit than the last.'),
	checks: list(checkSchema, 'All must pass for the step to be done.'),
	zh: optional(object({text: chinese('What to do now'), hints: optional(list(text(), 'The hints, in Simplified Chinese, in the same order.'), [])}), {
		text: '',
		hints: [],
	}),
});

export const labSchema = object(
	{
		title: text(),
		source: text({
			pattern: /^seed \d{3} \S/,
			description: 'The section of the source document the lab teaches: "seed 000 §8.4.2", or the part\'s title where it has no number.',
		}),
		scenario: text({description: 'The sample cluster the lab starts from (hasmit scenario list).'}),
		release: optional(
			text({enum: RELEASES, description: 'The HACMP release the cluster runs (the release of the source document).'}),
			DEFAULT_RELEASE,
		),
		setup: optional(list(object({run: line('A set-up line.'), node})), []),
		goal: text(),
		steps: list(stepSchema),
		solution: list(solutionStepSchema),
		explanation: text({description: 'What happened in the cluster and why, shown when the lab is done.'}),
		zh: optional(object({title: chinese('The title'), goal: chinese('The goal'), explanation: chinese('The explanation')}), {
			title: '',
			goal: '',
			explanation: '',
		}),
	},
	{description: 'A hasmit guided lab.', allow: ['$schema']},
);

/** A lab made in code (tests, benchmarks) may leave its translations out; a loaded one has them all. */
type Untranslated<T extends {zh: unknown}> = Omit<T, 'zh'> & Partial<Pick<T, 'zh'>>;
export type Check = Untranslated<Infer<typeof checkSchema>>;
type Step = Untranslated<Omit<Infer<typeof stepSchema>, 'checks'> & {checks: Check[]}>;
export type Lab = Untranslated<Omit<Infer<typeof labSchema>, 'steps'> & {steps: Step[]}>;
export type SolutionStep = Lab['solution'][number];

/** The JSON Schema lab files declare with "$schema": "./lab.schema.json". */
export function labJsonSchema(): Record<string, unknown> {
	return {$schema: 'http://json-schema.org/draft-07/schema#', title: 'hasmit lab file', ...labSchema.json()};
}
