export {createField, fieldReducer, type FieldAction, type FieldRules, type FieldState} from './reducer.js';
export {fieldView} from './view.js';
