export {createScroll, scrollReducer, type ScrollAction, type ScrollState} from './reducer.js';
export {scrollView} from './view.js';
