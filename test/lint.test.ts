/** The style rules hold by tool: the linter refuses import cycles and imports against the layering. */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const BIOME = resolve('node_modules/.bin/biome');
const dir = mkdtempSync(join(tmpdir(), 'hasmit-lint-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Lint a small tree laid out like src/ under the project's own configuration; returns the exit code and the report. */
function lint(files: Record<string, string>): {code: number; report: string} {
	const root = mkdtempSync(join(dir, 'tree-'));
	cpSync('biome.json', join(root, 'biome.json'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), {recursive: true});
		writeFileSync(join(root, path), text);
	}
	try {
		const report = execFileSync(BIOME, ['lint', '--config-path', root, '--vcs-enabled=false', 'src'], {cwd: root, encoding: 'utf8', stdio: 'pipe'});
		return {code: 0, report};
	} catch (error) {
		const failed = error as {status: number; stdout: string; stderr: string};
		return {code: failed.status, report: failed.stdout + failed.stderr};
	}
}

describe('the code', () => {
	it('has no line over 150 characters', () => {
		const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'test', 'scripts'], {encoding: 'utf8'})
			.split('\n')
			.filter(path => /\.(ts|tsx|mjs|js)$/.test(path) && existsSync(path));
		const long = files.flatMap(path =>
			readFileSync(path, 'utf8')
				.split('\n')
				.flatMap((line, i) => (line.length > 150 ? [`${path}:${i + 1} (${line.length})`] : [])),
		);
		expect(long).toEqual([]);
	});
});

describe('the linter', () => {
	it('passes a tree that follows the rules', () => {
		const result = lint({'src/cluster/a.ts': "import {b} from './b.js';\nexport const a = b + 1;\n", 'src/cluster/b.ts': 'export const b = 1;\n'});
		expect(result.report).not.toMatch(/noImportCycles|Layering/);
		expect(result.code).toBe(0);
	});

	it('fails on a deliberate import cycle', () => {
		const result = lint({
			'src/cluster/a.ts': "import {b} from './b.js';\nexport const a = () => b();\n",
			'src/cluster/b.ts': "import {a} from './a.js';\nexport const b = () => a();\n",
		});
		expect(result.code).not.toBe(0);
		expect(result.report).toContain('noImportCycles');
	});

	it('fails on an import against the layering (the model reaching up into the UI)', () => {
		const result = lint({
			'src/cluster/a.ts': "import {frame} from '../ui/frame.js';\nexport const a = frame;\n",
			'src/ui/frame.ts': 'export const frame = 1;\n',
		});
		expect(result.code).not.toBe(0);
		expect(result.report).toContain('Layering: src/cluster may not import from');
	});
});
