import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		globalSetup: ['test/global-setup.ts'],
		setupFiles: ['test/setup-domains.ts'],
		testTimeout: 60000,
		hookTimeout: 60000,
		env: {HASMIT_STATE: '/nonexistent/hasmit-tests-must-pass-their-own-state.json', NO_COLOR: '1', HASMIT_FREEZE: '1'},
	},
});
