export {createList, listReducer, type ListAction, type ListItem, type ListState} from './reducer.js';
export {listView, type ListViewOptions} from './view.js';
