/**
 * A very small schema kit: one declaration gives the TypeScript type
 * (`Infer`), a validator that reports every problem with its path, and the
 * JSON Schema editors use. Enough for the menu files; nothing more.
 */

export interface Issue {
	path: string[];
	problem: string;
}

export interface Schema<T> {
	/** Returns the value with defaults filled in, or undefined after recording issues. */
	parse(value: unknown, path: string[], issues: Issue[]): T | undefined;
	json(): Record<string, unknown>;
	readonly optional?: boolean;
	readonly fallback?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const typeName = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`);

/** A string, optionally restricted to some values or a pattern. */
export function text<const V extends string = string>(
	options: {enum?: readonly V[]; pattern?: RegExp; description?: string; maxLength?: number} = {},
): Schema<V> {
	return {
		parse(value, path, issues) {
			if (typeof value !== 'string') return void issues.push({path, problem: `must be a string, not ${typeName(value)}`});
			if (options.enum && !options.enum.includes(value as V)) {
				return void issues.push({path, problem: `"${value}" is not one of ${options.enum.map(v => `"${v}"`).join(', ')}`});
			}
			if (options.pattern && !options.pattern.test(value))
				return void issues.push({path, problem: `"${value}" does not match ${options.pattern.source}`});
			if (options.maxLength !== undefined && value.length > options.maxLength) {
				return void issues.push({path, problem: `is longer than ${options.maxLength} characters`});
			}
			return value as V;
		},
		json: () => ({
			type: 'string',
			...(options.enum && {enum: options.enum}),
			...(options.pattern && {pattern: options.pattern.source}),
			...(options.maxLength !== undefined && {maxLength: options.maxLength}),
			...(options.description && {description: options.description}),
		}),
	};
}

export function integer(options: {minimum?: number; description?: string} = {}): Schema<number> {
	return {
		parse(value, path, issues) {
			if (typeof value !== 'number' || !Number.isInteger(value))
				return void issues.push({path, problem: `must be an integer, not ${typeName(value)}`});
			if (options.minimum !== undefined && value < options.minimum) return void issues.push({path, problem: `must be at least ${options.minimum}`});
			return value;
		},
		json: () => ({
			type: 'integer',
			...(options.minimum !== undefined && {minimum: options.minimum}),
			...(options.description && {description: options.description}),
		}),
	};
}

/** An optional property: absent means `fallback` (ODM's "" or 0 for unused fields). */
export function optional<T>(schema: Schema<T>, fallback: T): Schema<T> {
	return {...schema, optional: true, fallback};
}

export function list<T>(item: Schema<T>, description?: string): Schema<T[]> {
	return {
		parse(value, path, issues) {
			if (!Array.isArray(value)) return void issues.push({path, problem: `must be an array, not ${typeName(value)}`});
			const before = issues.length;
			const items = value.map((v, i) => item.parse(v, [...path, String(i)], issues));
			return issues.length === before ? (items as T[]) : undefined;
		},
		json: () => ({type: 'array', items: item.json(), ...(description && {description})}),
	};
}

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = {[K in keyof S]: Infer<S[K]>};

/** An object with exactly these properties (unknown ones are errors, which catches typos). */
export function object<S extends Shape>(shape: S, options: {description?: string; allow?: string[]} = {}): Schema<ObjectOf<S>> {
	return {
		parse(value, path, issues) {
			if (typeof value !== 'object' || value === null || Array.isArray(value)) {
				return void issues.push({path, problem: `must be an object, not ${typeName(value)}`});
			}
			const before = issues.length;
			const record = value as Record<string, unknown>;
			const result: Record<string, unknown> = {};
			for (const key of Object.keys(record)) {
				if (!(key in shape) && !options.allow?.includes(key)) issues.push({path: [...path, key], problem: 'is not a known property'});
			}
			for (const [key, schema] of Object.entries(shape)) {
				if (record[key] === undefined) {
					if (schema.optional) result[key] = schema.fallback;
					else issues.push({path: [...path, key], problem: 'is required'});
					continue;
				}
				result[key] = schema.parse(record[key], [...path, key], issues);
			}
			return issues.length === before ? (result as ObjectOf<S>) : undefined;
		},
		json: () => ({
			type: 'object',
			additionalProperties: false,
			...(options.description && {description: options.description}),
			properties: {
				...Object.fromEntries((options.allow ?? []).map(key => [key, {}])),
				...Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.json()])),
			},
			required: Object.entries(shape)
				.filter(([, schema]) => !schema.optional)
				.map(([key]) => key),
		}),
	};
}
