/**
 * Issue 18 figures: drawing the picture of the cluster on big (every page), as hasmit status and the picture screen
 * do, and a redraw as the live picture does on each tick (simulated time passes a second, events due run, then the
 * picture is drawn again).
 */
import {createRegistry} from '../../src/domains/index.js';
import {passTime, type Session} from '../../src/command/shell.js';
import {catchUpClock} from '../../src/cluster/events/timers.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {clusterPicture} from '../../src/ui/screens/picture.js';
import {report, timeMedian} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const twoNode = findScenario('two-node')!.build(Date.UTC(2026, 10, 21));
const session: Session = {
	state: big,
	node: 'node01',
	registry: createRegistry(),
	beforeCommand: draft => catchUpClock(draft, session.state.clock + 1000),
};
function tick() {
	passTime(session);
	clusterPicture(session.state, 80);
}
report('Picture of the cluster (issue 18)', [
	{
		name: `big (${Object.keys(big.nodes).length} nodes), every page at 80 columns`,
		value: timeMedian(() => clusterPicture(big, 80)),
		unit: 'ms',
		target: 10,
	},
	{name: 'a tick on big: one second passes, the picture is drawn again', value: timeMedian(tick), unit: 'ms', target: 10},
	{name: 'two-node at 80 columns', value: timeMedian(() => clusterPicture(twoNode, 80), 201), unit: 'ms', target: 10},
]);
