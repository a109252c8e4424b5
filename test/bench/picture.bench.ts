/** Issue 18 figure: drawing the picture of the cluster on big (every page), as hasmit status and the picture screen do. */
import '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {clusterPicture} from '../../src/ui/screens/picture.js';
import {report, timeMedian} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const twoNode = findScenario('two-node')!.build(Date.UTC(2026, 10, 21));
report('Picture of the cluster (issue 18)', [
	{
		name: `big (${Object.keys(big.nodes).length} nodes), every page at 80 columns`,
		value: timeMedian(() => clusterPicture(big, 80)),
		unit: 'ms',
		target: 10,
	},
	{name: 'two-node at 80 columns', value: timeMedian(() => clusterPicture(twoNode, 80), 201), unit: 'ms', target: 10},
]);
