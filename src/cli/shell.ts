/** `hasmit shell`: a prompt whose lines run on the simulated cluster, like the F9 shell without SMIT. */
import {createInterface} from 'node:readline';
import {openSession} from './session.js';

export async function shellCommand(args: string[]): Promise<number> {
	let state: string | undefined;
	let node: string | undefined;
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--state') state = args[++i];
		else if (args[i] === '--node') node = args[++i];
	}
	const {cluster, notices} = await openSession({state, node});
	for (const notice of notices) process.stderr.write(`${notice}\n`);
	const prompt = () => `${cluster.session.node}:/# `;
	const rl = createInterface({input: process.stdin, output: process.stdout, prompt: prompt(), terminal: process.stdin.isTTY});
	let code = 0;
	rl.prompt();
	for await (const line of rl) {
		if (line.trim() === 'exit') break;
		if (line.trim() !== '') {
			const result = cluster.run(line, 'shell');
			for (const chunk of result.chunks) (chunk.fd === 1 ? process.stdout : process.stderr).write(chunk.text);
			code = result.code;
		}
		rl.setPrompt(prompt());
		rl.prompt();
	}
	rl.close();
	return code;
}
