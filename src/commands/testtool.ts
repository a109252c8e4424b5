/** cl_testtool: the HACMP Cluster Test Tool (Problem Determination Tools, and Initialization and Standard Configuration). */
import {refuse, UsageError} from '../cluster/errors.js';
import {readFile} from '../cluster/files.js';
import {automatedTests, parsePlan, runPlan, TESTTOOL_LOG} from '../cluster/testtool/run.js';
import {defineCommand} from '../command/define.js';
import {UTILITIES} from './cluster-state.js';

const clTesttool = defineCommand({
	name: 'cl_testtool',
	dirs: [UTILITIES],
	summary:
		'Tests the cluster: runs the automated test procedure (-a) or a custom test plan (-p), each test checking the cluster reaches the state ' +
		`it should; the log, with each test PASSED or FAILED, is ${TESTTOOL_LOG}.`,
	synopsis: '{-a | -p TestPlan} [-e]',
	flags: {
		a: {help: 'the automated test procedure: start, stop in each mode and restart, move each group and back, kill each monitored application'},
		p: {arg: 'TestPlan', help: 'a file on this node: one test a line, NAME, arguments, comment (NODE_UP, node1, Start node1)'},
		e: {help: 'abort on error: stop at the first test that fails'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		if (Boolean(opts.a) === (opts.p !== undefined)) throw new UsageError(`${ctx.name}: give -a or -p TestPlan.`);
		const plan = opts.a
			? automatedTests(ctx.state, ctx.node)
			: parsePlan(readFile(ctx.state, ctx.node, opts.p!) ?? refuse(`${ctx.name}: cannot open the test plan ${opts.p}.`), opts.p!);
		const title = opts.a ? 'automated test procedure' : `custom test plan ${opts.p}`;
		const {log, failed} = runPlan(ctx.state, title, plan, opts.e);
		const text = log.map(line => `${line}\n`).join('');
		// The log stays even when a failed test undoes the run.
		ctx.keepOnFailure(state => void (state.nodes[ctx.node]!.files[TESTTOOL_LOG] = text));
		ctx.write(text);
		return failed > 0 ? 1 : 0;
	},
});

export const testtoolCommands = [...clTesttool];
