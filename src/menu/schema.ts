/**
 * The menu file format: SMIT's four ODM object classes, one record per
 * object, with the ODM field names. Unused fields may be left out (ODM's ""
 * and 0). Help is written inline in `help` instead of a message catalog.
 * What a user reads of a record (item text, title or label, help) is
 * written in Simplified Chinese beside it, in `zh`, as AIX's SMIT takes
 * them from a message catalog under a Chinese locale.
 */
import {integer, list, object, optional, text, type Infer} from './schema-kit.js';
import {RELEASES, type Release} from '../cluster/release/index.js';

const id = (description: string) => text({pattern: /^[A-Za-z0-9_.-]+$/, maxLength: 64, description});
const yesNo = (description: string) => optional(text({enum: ['', 'y', 'n'], description}), '');
const help = optional(text({description: 'F1 help text shown for this item or field.'}), '');
const command = (description: string) => optional(text({maxLength: 1024, description}), '');
/** The HACMP releases a menu file's screens belong to; empty: every release (AIX's own menus). */
const releases = optional(
	list(text({enum: RELEASES}), 'The HACMP releases whose SMIT has these screens (hasmit scenario load --release); absent: every release.'),
	[] as Release[],
);
/** The releases one record belongs to, within those of its file: a screen item or field one release has and another lacks. */
const recordReleases = optional(
	list(text({enum: RELEASES}), 'The HACMP releases that have this record (those of its file that have it); absent: every release of its file.'),
	[] as Release[],
);
const translated = (description: string) => optional(text({maxLength: 4096, description}), '');
const zhHelp = translated('help in Simplified Chinese.');
/** An item's text and help in Simplified Chinese; "" where the English has none. */
const zhItem = optional(object({text: translated('text in Simplified Chinese.'), help: zhHelp}, {description: 'The item in Simplified Chinese.'}), {
	text: '',
	help: '',
});
/** A title or label (`name`) and help in Simplified Chinese. */
const zhNamed = optional(
	object({name: translated('name in Simplified Chinese.'), help: zhHelp}, {description: 'The record in Simplified Chinese.'}),
	{
		name: '',
		help: '',
	},
);
const sequence = text({pattern: /^[0-9]+$/, maxLength: 16, description: 'id_seq_num: sort key within the menu or dialog.'});

export const menuOptionSchema = object(
	{
		id: id('The menu this item belongs to; for an alias, the alias (fast path) name.'),
		id_seq_num: optional(sequence, ''),
		next_id: id('The menu, selector or dialog the item leads to.'),
		text: optional(text({maxLength: 1024, description: 'Item text; "" for a blank line.'}), ''),
		next_type: text({enum: ['m', 'd', 'n', 'i'], description: 'm menu, d dialog, n name selector, i information only.'}),
		alias: yesNo('y: this object is only a fast-path alias, never displayed.'),
		help,
		releases: recordReleases,
		zh: zhItem,
	},
	{description: 'sm_menu_opt: a menu item, or a fast-path alias.'},
);

export const nameHeaderSchema = object(
	{
		id: id('Selector id, usable as a fast path unless has_name_select is y.'),
		next_id: id('The dialog or selector that follows (or the prefix for types r and c).'),
		option_id: id('id of the single sm_cmd_opt (id_seq_num "0") that forms the selector body.'),
		has_name_select: yesNo('y: another selector must come first, so the id is not a fast path.'),
		name: text({maxLength: 1024, description: 'Screen title.'}),
		type: optional(text({enum: ['', 'j', 'r', 'c'], description: 'j just next_id; r next_id + raw value; c next_id + cmd_to_classify output.'}), ''),
		ghost: yesNo('y: only the list pop-up is shown.'),
		cmd_to_classify: command('Turns the raw name into the cooked name (colon output).'),
		cmd_to_classify_postfix: command('Appended to cmd_to_classify; may name _rawname.'),
		raw_field_name: optional(text({description: 'Name under which the raw value is passed on (default _rawname).'}), ''),
		cooked_field_name: optional(text({description: 'Name under which the cooked value is passed on (default _cookedname).'}), ''),
		next_type: text({enum: ['n', 'd'], description: 'n another selector follows, d a dialog follows.'}),
		help,
		releases: recordReleases,
		zh: zhNamed,
	},
	{description: 'sm_name_hdr: a name selector.'},
);

export const commandHeaderSchema = object(
	{
		id: id('Dialog id, usable as a fast path unless has_name_select is y.'),
		option_id: optional(id('Shared id of the dialog\'s sm_cmd_opt fields ("" for a ghost dialog without fields).'), ''),
		has_name_select: yesNo('y: reached only through a selector.'),
		name: text({maxLength: 1024, description: 'Dialog title.'}),
		cmd_to_exec: text({maxLength: 1024, description: 'The command; field values are appended to it.'}),
		ask: yesNo('y: ask ARE YOU SURE? before running.'),
		exec_mode: optional(text({enum: ['', 'p', 'n', 'i', 'e', 'E', 'P', 'N', 'I'], description: 'How the command runs (p pipe, the default).'}), ''),
		ghost: yesNo('y: the dialog is not shown; the command runs at once.'),
		cmd_to_discover: command('Prints "#name1:name2" then "value1:value2" to pre-fill fields.'),
		cmd_to_discover_postfix: command('Appended to cmd_to_discover; may name _rawname or _cookedname.'),
		name_size: optional(integer({minimum: 0}), 0),
		value_size: optional(integer({minimum: 0}), 0),
		help,
		releases: recordReleases,
		zh: zhNamed,
	},
	{description: 'sm_cmd_hdr: a dialog.'},
);

export const commandOptionSchema = object(
	{
		id: id("Equal to the header's option_id."),
		id_seq_num: sequence,
		disc_field_name: optional(text({description: 'Discover column (or _rawname / _cookedname) giving the initial value.'}), ''),
		name: text({maxLength: 1024, description: 'Field label; "\\n" splits it over two lines.'}),
		op_type: optional(text({enum: ['', 'n', 'l', 'r', 'N', 'L', 'R'], description: 'n none, l F4 list from cmd_to_list, r ring.'}), ''),
		entry_type: optional(
			text({enum: ['', 'n', 't', '#', 'x', 'f', 'r'], description: 'n display only, t text, # numeric, x hexadecimal, f file, r raw.'}),
			'',
		),
		entry_size: optional(integer({minimum: 0, description: 'Maximum characters; 0 means no limit.'}), 0),
		required: optional(
			text({enum: ['', 'n', 'y', '+', '?'], description: 'n only if changed, y always, + always and non-blank, ? unless empty.'}),
			'',
		),
		prefix: optional(text({description: 'Flag put before the value ("-n "); "--" for a positional argument.'}), ''),
		cmd_to_list_mode: optional(text({enum: ['', 'a', '1', '2', 'r'], description: 'a whole line, 1 first field, 2 second field, r range.'}), ''),
		cmd_to_list: command('Prints the F4 list, one entry per line.'),
		cmd_to_list_postfix: command('Appended to cmd_to_list; may name fields.'),
		multi_select: optional(
			text({enum: ['', 'n', ',', 'y', 'm'], description: 'n one; , joined by commas; y prefix once; m prefix before each.'}),
			'',
		),
		value_index: optional(integer({minimum: 0, description: 'Ring value shown first.'}), 0),
		disp_values: optional(text({maxLength: 1024, description: 'Ring values shown (comma separated), or the default value.'}), ''),
		aix_values: optional(text({maxLength: 1024, description: 'Values passed to the command, by position.'}), ''),
		help,
		releases: recordReleases,
		zh: zhNamed,
	},
	{description: 'sm_cmd_opt: a dialog field, or a selector body (id_seq_num "0").'},
);

export const menuFileSchema = object(
	{
		sm_menu_opt: optional(list(menuOptionSchema), []),
		sm_name_hdr: optional(list(nameHeaderSchema), []),
		sm_cmd_hdr: optional(list(commandHeaderSchema), []),
		sm_cmd_opt: optional(list(commandOptionSchema), []),
		releases,
	},
	{description: 'A hasmit menu file: SMIT ODM objects for one menu family.', allow: ['$schema', 'description']},
);

/** A record made in code (tests, headless dialogs) may leave its translation and releases out; a loaded one always has them. */
type Translatable<T extends {zh: unknown; releases: unknown}> = Omit<T, 'zh' | 'releases'> & Partial<Pick<T, 'zh' | 'releases'>>;
export type MenuOption = Translatable<Infer<typeof menuOptionSchema>>;
export type NameHeader = Translatable<Infer<typeof nameHeaderSchema>>;
export type CommandHeader = Translatable<Infer<typeof commandHeaderSchema>>;
export type CommandOption = Translatable<Infer<typeof commandOptionSchema>>;

/** The JSON Schema menu files declare with "$schema": "./menu.schema.json". */
export function menuJsonSchema(): Record<string, unknown> {
	return {$schema: 'http://json-schema.org/draft-07/schema#', title: 'hasmit menu file', ...menuFileSchema.json()};
}
