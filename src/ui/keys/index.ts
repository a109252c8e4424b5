export {createDecoder, type Decoder} from './decoder.js';
export {toCommand, type Command} from './commands.js';
export type {InputEvent, KeyEvent, TextEvent, PasteEvent} from './types.js';
