import {describe, expect, it} from 'vitest';
import {tokenize, quoteAlways, joinWords} from '../src/command/tokenize.js';
import {getopt} from '../src/command/getopt.js';
import {UsageError} from '../src/cluster/errors.js';

const words = (line: string) => tokenize(line).map(t => (t.kind === 'word' ? t.value : `<${t.op}>`));

describe('tokenize', () => {
	it('splits words and honours POSIX quoting', () => {
		expect(words(`cl_rc.cluster '-N' -cspoc-n 'node1,node2' "a b" c\\ d`)).toEqual(['cl_rc.cluster', '-N', '-cspoc-n', 'node1,node2', 'a b', 'c d']);
		expect(words(`echo "x \\"y\\" \\$z \\q"`)).toEqual(['echo', 'x "y" $z \\q']);
		expect(words(`echo 'it'\\''s'`)).toEqual(['echo', "it's"]);
	});
	it('recognises operators even inside a word run, and comments', () => {
		expect(words('a|b && c;d || e # trailing')).toEqual(['a', '<|>', 'b', '<&&>', 'c', '<;>', 'd', '<||>', 'e']);
		expect(words('echo "a|b" \'#x\'')).toEqual(['echo', 'a|b', '#x']);
	});
	it('reports unmatched quotes as ksh does', () => {
		expect(() => tokenize("echo 'abc")).toThrow("`'' is not matched");
	});
	it('quotes values so they come back unchanged', () => {
		for (const value of ['', 'a b', "it's", '$HOME', 'a;b', 'back\\slash', '"dq"', '`x`', 'tab\tnew\nline']) {
			expect(words(`cmd ${quoteAlways(value)}`)).toEqual(['cmd', value]);
			expect(words(joinWords(['cmd', value]))).toEqual(['cmd', value]);
		}
	});
});

describe('getopt', () => {
	const spec = {flags: 'NRBAMbiIrvC:x', words: ['boot', 'cspoc:']};
	it('parses clustered flags, values and word options', () => {
		const parsed = getopt('cl_rc.cluster', ['-cspoc', '-n node1', '-boot', '-NAbi', '-C', 'yes', 'extra'], spec);
		expect(parsed.opts).toEqual({cspoc: '-n node1', boot: true, N: true, A: true, b: true, i: true, C: 'yes'});
		expect(parsed.args).toEqual(['extra']);
		expect(getopt('x', ['-Cinteractive'], spec).opts.C).toBe('interactive');
	});
	it('reports bad flags in AIX wording', () => {
		expect(() => getopt('clstop', ['-z'], {flags: 'fgrsyNRB'})).toThrow(new UsageError('clstop: Not a recognized flag: z'));
		expect(() => getopt('cl_rc.cluster', ['-C'], spec)).toThrow('cl_rc.cluster: Flag requires a parameter: C');
	});
	it('counts operands when the spec says how many', () => {
		expect(() => getopt('lslv', ['a', 'b'], {flags: 'l', operands: 1})).toThrow(new UsageError('lslv: unexpected argument b.'));
		expect(() => getopt('lslv', [], {flags: 'l', operands: 1})).toThrow(new UsageError(''));
		expect(getopt('x', ['a'], {flags: '', operands: [0, 1]}).args).toEqual(['a']);
		expect(() => getopt('clstop', ['-g', 'extra'], {flags: 'g', operands: 0})).toThrow('clstop: unexpected argument extra.');
	});

	it('stops at -- and at the first operand', () => {
		expect(getopt('x', ['-N', '--', '-R'], spec).args).toEqual(['-R']);
		expect(getopt('x', ['a', '-N'], spec).args).toEqual(['a', '-N']);
	});
});

describe('the shell', () => {
	it('keeps stdout and stderr in the order they were written, and pipes only stdout', async () => {
		const {testCluster} = await import('./helpers/cluster.js');
		const cluster = testCluster();
		const result = cluster.run('clRGinfo; echo after; cat /nosuch | grep x; echo last');
		expect(result.output).toBe(
			'clRGinfo: The Cluster Manager is not running on any cluster node; cannot get the state of the resource groups.\nafter\ncat: ' +
				'0652-050 Cannot open /nosuch.\nlast\n',
		);
		expect(result.chunks.map(c => c.fd)).toEqual([2, 1, 2, 1]);
		expect(result.stdout).toBe('after\nlast\n');
		expect(cluster.run('echo one | grep one').output).toBe('one\n');
		expect(cluster.run('echo x > /tmp/x; cat /tmp/x').output).toBe('x\n');
	});
});

describe('a failure while simulated time passes', () => {
	it('fails the one command with a message instead of taking the shell down', async () => {
		const {testCluster} = await import('./helpers/cluster.js');
		const cluster = testCluster();
		const before = cluster.state;
		cluster.session.beforeCommand = () => {
			throw new Error('timer broke');
		};
		const result = cluster.run('hostname; echo still');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'hasmit: internal error while simulated time passed: timer broke\nhasmit: internal error while simulated time passed: timer broke\n',
		);
		expect(cluster.state).toBe(before);
		cluster.session.beforeCommand = undefined;
		expect(cluster.ok('hostname')).toBe('node1\n');
	});
});
