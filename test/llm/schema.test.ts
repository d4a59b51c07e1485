// The findings schema is sent with strict: true, so it must satisfy OpenAI's strict-mode rules or
// every OpenAI call would be rejected: objects list every property as required and forbid extras,
// and only supported keywords appear.
import {describe, expect, it} from 'vitest';
import {FINDINGS_JSON_SCHEMA} from '../../source/llm/findings.js';

const SUPPORTED = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'description', 'anyOf', '$ref', '$defs', 'title']);

/** Every rule broken anywhere in the schema, as "path: problem". */
function strictProblems(node: unknown, path = '$'): string[] {
	if (typeof node !== 'object' || node === null) return [`${path}: not a schema object`];
	const schema = node as Record<string, unknown>;
	const problems = Object.keys(schema)
		.filter(key => !SUPPORTED.has(key))
		.map(key => `${path}: keyword "${key}" is not supported in strict mode`);
	if (schema['type'] === 'object') {
		const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
		const required = new Set((schema['required'] ?? []) as string[]);
		if (schema['additionalProperties'] !== false) problems.push(`${path}: additionalProperties must be false`);
		for (const key of Object.keys(properties)) {
			if (!required.has(key)) problems.push(`${path}.${key}: must be required`);
			problems.push(...strictProblems(properties[key], `${path}.${key}`));
		}
		for (const key of required) if (!(key in properties)) problems.push(`${path}: requires unknown "${key}"`);
	}
	if (schema['type'] === 'array') problems.push(...strictProblems(schema['items'], `${path}[]`));
	if (schema['type'] === 'object' && path === '$' && schema['anyOf']) problems.push('$: the root must not be anyOf');
	return problems;
}

describe('findings schema', () => {
	it('satisfies strict-mode rules', () => {
		expect(FINDINGS_JSON_SCHEMA.schema.type).toBe('object');
		expect(strictProblems(FINDINGS_JSON_SCHEMA.schema)).toEqual([]);
		expect(FINDINGS_JSON_SCHEMA.name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
	});

	it('the check itself catches each broken rule', () => {
		const broken = {
			type: 'object',
			properties: {a: {type: 'string', minLength: 2}, b: {type: 'object', properties: {c: {type: 'number'}}, required: ['c']}},
			required: ['a'],
		};
		expect(strictProblems(broken)).toEqual([
			'$: additionalProperties must be false',
			'$.a: keyword "minLength" is not supported in strict mode',
			'$.b: must be required',
			'$.b: additionalProperties must be false',
		]);
	});

	it('asks for the evidence before the verdict, the verdict as a category', () => {
		const item = FINDINGS_JSON_SCHEMA.schema.properties.findings.items;
		expect(Object.keys(item.properties)).toEqual(['id', 'evidence', 'confidence']);
		expect(item.properties.confidence.enum).toEqual(['high', 'medium', 'low', 'none']);
	});
});
