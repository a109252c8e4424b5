/** AIX's user and group commands and their C-SPOC forms. */
import type {Command} from '../../command/registry.js';
import {changeCommands} from './change.js';
import {listingCommands} from './list.js';
import {nisCommands} from './nis.js';

export const userCommands: Command[] = [...listingCommands, ...changeCommands, ...nisCommands];
