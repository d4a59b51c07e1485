// Lint rules for the whole tree. Type-aware rules are left out: `tsc --noEmit` already checks
// types, and they would make `npm test` much slower.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'dist.*/', 'coverage/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		// The app's hooks; in tests, helpers such as useFakeServer() are vitest set-up, not React hooks.
		files: ['source/**'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
		},
	},
	{
		languageOptions: {
			globals: {
				process: 'readonly',
				console: 'readonly',
				setTimeout: 'readonly',
				clearTimeout: 'readonly',
				setInterval: 'readonly',
				clearInterval: 'readonly',
				setImmediate: 'readonly',
				URL: 'readonly',
				Buffer: 'readonly',
				performance: 'readonly',
			},
		},
		rules: {
			// `_name` marks a parameter a signature needs but the body does not.
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
			// An empty catch says "this failure changes nothing"; the code comments why where it is not obvious.
			'no-empty': ['error', {allowEmptyCatch: true}],
		},
	},
	{
		// Tests and benches read JSON of any shape and match terminal escape sequences on purpose.
		files: ['test/**', 'bench/**'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'no-control-regex': 'off',
		},
	},
);
