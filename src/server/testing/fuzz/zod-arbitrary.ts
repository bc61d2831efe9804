// F7 item 7: fast-check arbitraries from the zod 4 contracts, so the fuzz harness sends inputs shaped like the ones
// the server expects (valid) and near-misses of them (mutated) without a hand-written generator per route
// (ASVS V5.1: every input is validated; a near-miss must be refused with 4xx, never 500).
import fc from 'fast-check';
import type { z } from 'zod';
import { hostileValue } from './hostile-values';

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: Check } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  items?: z.ZodType[];
}

export interface ArbitraryOptions {
  /** Ids worth hitting (the principals' own users and organisations), mixed into every uuid field. */
  uuids?: readonly string[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isOptional = (schema: z.ZodType): boolean => (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const plainDate = fc
  .record({ year: fc.integer({ min: 2020, max: 2035 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${pad(month, 2)}-${pad(day, 2)}`);
/** Valid 统一社会信用代码 (GB 32100-2015 check digit), so refined credit-code fields get past the parser now and then. */
const CREDIT_CODES = ['91440101MA5CXXXX0A', '91440300MA5FUX6D0Y', '914401017083376519'];
const CHINESE_UNIT = fc.constantFrom('示', '范', '平', '台', '创', '建', '广', '州', 'a', 'Z', '1', '-', ' ');

function uuidOf(options: ArbitraryOptions): fc.Arbitrary<string> {
  const known = options.uuids ?? [];
  return known.length ? fc.oneof({ arbitrary: fc.uuid({ version: 4 }), weight: 2 }, { arbitrary: fc.constantFrom(...known), weight: 1 }) : fc.uuid({ version: 4 });
}

function stringOf(def: Def, options: ArbitraryOptions): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const format = def.format ?? checks.find((c) => c.check === 'string_format')?.format;
  if (format === 'uuid' || format === 'guid') return uuidOf(options);
  if (format === 'email') return fc.emailAddress();
  if (format === 'url') return fc.webUrl();
  if (format === 'date') return plainDate;
  if (format === 'datetime') return fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  const pattern = def.pattern ?? checks.find((c) => c.format === 'regex')?.pattern;
  if (pattern) return fc.stringMatching(pattern);
  const exact = checks.find((c) => c.check === 'length_equals')?.length;
  const minLength = exact ?? checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const maxLength = exact ?? Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? minLength + 40, minLength + 40);
  const text = fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: CHINESE_UNIT, minLength, maxLength }));
  // A refine we cannot read (dates, credit codes): offer the shapes those refines accept alongside free text.
  if (checks.some((c) => c.check === 'custom')) return fc.oneof(plainDate, fc.constantFrom(...CREDIT_CODES), text);
  return text;
}

function numberOf(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const isInteger = def.format?.includes('int') || checks.some((c) => c.check === 'number_format' && c.format?.includes('int'));
  if (isInteger) {
    const min = lower ? Math.ceil(lower.value!) + (lower.inclusive ? 0 : 1) : -1_000_000;
    const max = upper ? Math.floor(upper.value!) - (upper.inclusive ? 0 : 1) : 1_000_000;
    return fc.integer({ min, max: Math.max(min, max) });
  }
  return fc.double({ min: lower?.value ?? -1e9, max: upper?.value ?? 1e9, noNaN: true, noDefaultInfinity: true, minExcluded: lower ? !lower.inclusive : false, maxExcluded: upper ? !upper.inclusive : false });
}

function objectOf(def: Def, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const shape = def.shape ?? {};
  const model = Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, arbitraryOf(child, options)]));
  const requiredKeys = Object.entries(shape).filter(([, child]) => !isOptional(child)).map(([key]) => key);
  // fc.record may leave optional keys out; a key present with `undefined` drops out of JSON anyway.
  return fc.record(model, { requiredKeys });
}

function recordOf(def: Def, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const keyDef = defOf(def.keyType!);
  const value = arbitraryOf(def.valueType!, options);
  // zod 4 wants every key of an enum-keyed record.
  if (keyDef.type === 'enum') return fc.record(Object.fromEntries(Object.values(keyDef.entries ?? {}).map((key) => [String(key), value])));
  return fc.dictionary(arbitraryOf(def.keyType!, options).map(String), value, { maxKeys: 6 });
}

/** A value the schema should accept (best effort: refines we cannot read may still refuse it). */
export function arbitraryOf(schema: z.ZodType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringOf(def, options);
    case 'number':
      return numberOf(def);
    case 'bigint':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'date':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'object':
      return objectOf(def, options);
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? minLength + 4, minLength + 4);
      return fc.array(arbitraryOf(def.element!, options), { minLength, maxLength });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => arbitraryOf(item, options)));
    case 'record':
      return recordOf(def, options);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => arbitraryOf(option, options)));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(arbitraryOf(def.innerType!, options), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType!, options), { nil: null, freq: 4 });
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return arbitraryOf(def.innerType!, options);
    case 'pipe':
      // The client sends the input side; z.preprocess puts a transform there, so its output side is the shape.
      return arbitraryOf(defOf(def.in!).type === 'transform' ? def.out! : def.in!, options);
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

type Mutation = 'dropKey' | 'unknownKey' | 'swapType' | 'oversize' | 'badNumber' | 'nullify' | 'replaceWhole';
const MUTATIONS: Mutation[] = ['dropKey', 'unknownKey', 'swapType', 'oversize', 'badNumber', 'nullify', 'replaceWhole'];
const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'organisationId', '', '$where', 'a.b'];
const BAD_NUMBERS: unknown[] = ['-1', 'NaN', 'Infinity', '-Infinity', '1e309', -1, 0, 2 ** 53 + 2, -(2 ** 63), 1e308, 0.5, '0x10', ' 1 '];

/** Every path in a JSON value: the places a mutation can land. */
function pathsOf(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  found.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], found));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], found);
  return found;
}

/** Sets an own key even when it is "__proto__", as JSON.parse does for a hostile client's body. */
function withKey<T extends object>(target: T, key: string, value: unknown): T {
  return Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const at = (root: unknown, path: (string | number)[]): unknown => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((child, i) => (i === head ? setAt(child, rest, replacement) : child));
  const copy = {};
  for (const [key, child] of Object.entries(root as Record<string, unknown>)) withKey(copy, key, key === head ? setAt(child, rest, replacement) : child);
  return copy;
}

function objectPaths(value: unknown): (string | number)[][] {
  return pathsOf(value).filter((p) => {
    const target = at(value, p);
    return target !== null && typeof target === 'object' && !Array.isArray(target);
  });
}

function mutate(value: unknown, mutation: Mutation, pick: number, replacement: unknown, key: string): unknown {
  const paths = pathsOf(value);
  const place = paths[pick % paths.length]!;
  const target = at(value, place);
  switch (mutation) {
    case 'dropKey': {
      const owners = objectPaths(value).filter((p) => Object.keys(at(value, p) as object).length);
      if (!owners.length) return undefined;
      const owner = owners[pick % owners.length]!;
      const parent = at(value, owner) as Record<string, unknown>;
      const keys = Object.keys(parent);
      const dropped = keys[pick % keys.length]!;
      return setAt(value, owner, Object.fromEntries(Object.entries(parent).filter(([k]) => k !== dropped)));
    }
    case 'unknownKey': {
      const owners = objectPaths(value);
      if (!owners.length) return { [key]: replacement };
      const owner = owners[pick % owners.length]!;
      const parent = at(value, owner) as Record<string, unknown>;
      return setAt(value, owner, withKey({ ...parent }, key, replacement ?? null));
    }
    case 'swapType':
      return setAt(value, place, typeof target === 'string' ? 12345 : typeof target === 'number' ? String(target) : typeof target === 'boolean' ? 'true' : Array.isArray(target) ? {} : 'x');
    case 'oversize':
      return setAt(value, place, typeof target === 'number' ? 1e300 : '长'.repeat(20_000 + (pick % 3)));
    case 'badNumber':
      return setAt(value, place, BAD_NUMBERS[pick % BAD_NUMBERS.length]);
    case 'nullify':
      return setAt(value, place, null);
    case 'replaceWhole':
      return replacement;
  }
}

/** A valid value with one mutation applied: a near-miss the server must refuse with 4xx (or accept), never 500. */
export function mutatedOf(schema: z.ZodType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  return fc
    .record({ value: arbitraryOf(schema, options), mutation: fc.constantFrom(...MUTATIONS), pick: fc.nat(), replacement: hostileValue, key: fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), fc.string()) })
    .map(({ value, mutation, pick, replacement, key }) => mutate(value, mutation, pick, replacement, key));
}
