export {createScroll, scrollReducer, sideways, type ScrollAction, type ScrollState} from './reducer.js';
export {scrollView, visible} from './view.js';
