/**
 * SMIT's first frame kept for the next start (issue 16, src/cli/first-frame.ts, scripts/launcher.mjs), in a real
 * terminal (tmux, 80x24) on the built bundle: the launcher writes the kept frame before the bundle loads; a kept frame
 * that is not this start's is drawn over, and when SMIT does not start after all the terminal is given back.
 */
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey} from '../helpers/tmux.js';

const TMUX = hasTmux();
let journey: Journey | undefined;
afterEach(() => journey?.close());

/** The shell lines of `steps` run in the journey's pane, under its HOME: starts of hasmit and what happens between them. */
function starts(steps: (j: {state: string; dir: string}) => string[]): Journey {
	const dir = mkdtempSync(join(tmpdir(), 'hasmit-first-frame-'));
	const script = join(dir, 'steps.sh');
	writeFileSync(script, steps({state: join(dir, 'state.json'), dir}).join('\n'));
	journey = new Journey([], {command: `sh '${script}'`});
	return journey;
}

/** Between two starts: the pane waits for Enter, so that the test knows which start it sees. */
const NEXT = 'echo NEXT START; read line';

const FRAMES = '"$HOME/.cache/hasmit/first-frames"';
// The kept frame with a line of its own on the last row, which neither SMIT's frame nor Ink's ever writes.
const TAMPER = `node -e 'const fs=require("fs"),d=process.argv[1];for(const f of fs.readdirSync(d)){const k=JSON.parse(fs.readFileSync(d+"/"+f));\
k.opening+="\\x1b[24;1HA FRAME KEPT FROM ANOTHER START\\x1b[H";fs.writeFileSync(d+"/"+f,JSON.stringify(k))}' ${FRAMES}`;

describe.skipIf(!TMUX)('the first frame kept for the next start (tmux, 80x24)', {timeout: 60000}, () => {
	it('a kept frame that is not what this start draws is drawn over; SMIT works from it', async () => {
		const j = starts(({state}) => [
			`cd '${process.cwd()}'`,
			`node dist/hasmit.mjs --state '${state}' clstart`,
			TAMPER,
			NEXT,
			`node dist/hasmit.mjs --state '${state}' clstart`,
			'echo "EXIT=$?"',
			'sleep 600',
		]);
		await j.waitFor('Start Cluster Services');
		await j.key('F10', 'NEXT START');
		await j.key('Enter', 'Start Cluster Services');
		const screen = await j.waitFor(/^(?![\s\S]*A FRAME KEPT)[\s\S]*Start Cluster Services/);
		expect(screen).toContain('* Start now, on system restart or both');
		await j.key('F6', 'SHOW COMMAND STRING');
		await j.key('F10', 'EXIT=0');
	});

	it("a lab's kept frame is drawn only for the same save of the lab's cluster (its panel shows what the checks said)", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'hasmit-first-frame-lab-'));
		const lab = 'lab move-resource-group';
		const j = starts(({state}) => [
			`cd '${process.cwd()}'`,
			`node dist/hasmit.mjs --state '${state}' labs start move-resource-group > /dev/null`,
			`node dist/hasmit.mjs --state '${state}' ${lab}`,
			TAMPER,
			NEXT,
			`node dist/hasmit.mjs --state '${state}' ${lab}`,
			TAMPER,
			`node dist/hasmit.mjs --state '${state}' labs exec 'echo a note > /tmp/note' > /dev/null`,
			NEXT,
			`node dist/hasmit.mjs --state '${state}' ${lab}`,
			'echo "EXIT=$?"',
			'sleep 600',
		]);
		// Every byte the pane is sent, as the launcher and SMIT wrote them: the starts are apart where NEXT START was echoed.
		const sent = join(dir, 'pane');
		j.tmux('pipe-pane', '-t', 'journey', `cat > '${sent}'`);
		await j.waitFor('F11=Lab');
		await j.key('F10', 'NEXT START');
		await j.key('Enter', 'F11=Lab');
		await j.key('F10', 'NEXT START');
		await j.key('Enter', 'F11=Lab');
		await j.key('F10', 'EXIT=0');
		await expect.poll(() => existsSync(sent) && readFileSync(sent, 'latin1').includes('EXIT=0')).toBe(true);
		const [, sameSave, anotherSave] = readFileSync(sent, 'latin1').split('NEXT START');
		// The same save: the launcher draws the kept frame (tampered with here) before the bundle loads; SMIT draws over it.
		expect(sameSave).toContain('A FRAME KEPT FROM ANOTHER START');
		// Another save (a command ran on the lab's cluster): the kept frame may show other checks' results, so it is not drawn.
		expect(anotherSave).toContain('F11=Lab');
		expect(anotherSave).not.toContain('A FRAME KEPT FROM ANOTHER START');
		expect(j.screen()).not.toContain('A FRAME KEPT');
	});

	it('SMIT refusing after the launcher wrote a kept frame: the message, exit 1, and the terminal given back', async () => {
		const j = starts(({state, dir}) => [
			`cp -r '${process.cwd()}/menus' '${dir}/menus'`,
			`cd '${process.cwd()}'`,
			`HASMIT_MENUS='${dir}/menus' node dist/hasmit.mjs --state '${state}'`,
			`echo '{' > '${dir}/menus/zz-broken.json'`,
			NEXT,
			`HASMIT_MENUS='${dir}/menus' node dist/hasmit.mjs --state '${state}'`,
			'echo "EXIT=$?"',
			`stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo`,
			'sleep 600',
		]);
		await j.waitFor('System Management');
		await j.key('F10', 'NEXT START');
		await j.key('Enter', /EXIT=\d+\n.*echo/);
		const screen = j.screen(true);
		expect(screen).toContain('SMIT was not started.');
		expect(screen).toContain('EXIT=1');
		expect(screen).toMatch(/(^| )icanon( |$)/m);
		expect(screen).toMatch(/(^| )echo( |$)/m);
		expect(j.modes()).toBe('0 1');
	});
});
