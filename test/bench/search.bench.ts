/** Issue 18 figure: `hasmit find` over every screen: the menus loaded, the index built, the words searched. */
import {loadCatalog} from '../../src/menu/catalog.js';
import {screenIndex, searchScreens} from '../../src/menu/search.js';
import {report, timeMedian} from './measure.js';

const {catalog} = loadCatalog('menus');
const index = screenIndex(catalog);
const screens = index.length;
report(`Screen search over ${screens} screens (issue 18)`, [
	{name: 'index built from the loaded menus', value: timeMedian(() => screenIndex(catalog)), unit: 'ms', target: 20},
	{name: 'search "clRGmove" in the index', value: timeMedian(() => searchScreens(index, ['clRGmove']), 201), unit: 'ms', target: 20},
	{
		name: 'hasmit find: load, index and search',
		value: timeMedian(() => searchScreens(screenIndex(loadCatalog('menus').catalog), ['resource', 'group'])),
		unit: 'ms',
		target: 20,
	},
]);
