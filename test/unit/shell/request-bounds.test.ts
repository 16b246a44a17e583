// Every string and list a window can send main is bounded (the renderer is untrusted: an
// unbounded field is a way to make main allocate without limit). Walks each request schema.
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '@shared/ipc/requests';

interface ZodLike {
  _zod: {
    def: Record<string, unknown> & {
      type: string;
      checks?: { _zod: { def: { check: string } } }[];
    };
  };
}

const hasMax = (schema: ZodLike): boolean =>
  (schema._zod.def.checks ?? []).some((c) => c._zod.def.check === 'max_length');

/** Paths of strings and arrays without a maximum length, anywhere inside `schema`. */
function unbounded(schema: ZodLike, path: string): string[] {
  const def = schema._zod.def;
  const inner = (key: string): ZodLike => def[key] as ZodLike;
  switch (def.type) {
    case 'string':
      return hasMax(schema) ? [] : [path];
    case 'array':
      return [...(hasMax(schema) ? [] : [path]), ...unbounded(inner('element'), `${path}[]`)];
    case 'object':
      return Object.entries(def['shape'] as Record<string, ZodLike>).flatMap(([key, field]) =>
        unbounded(field, `${path}.${key}`),
      );
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return unbounded(inner('innerType'), path);
    case 'pipe':
      return unbounded(inner('in'), path);
    case 'union':
      return (def['options'] as ZodLike[]).flatMap((option) => unbounded(option, path));
    case 'record':
    case 'map':
    case 'set':
    case 'any':
    case 'unknown':
      return [`${path} (${def.type})`];
    default:
      return [];
  }
}

describe('request bounds', () => {
  it.each(Object.keys(requestSchemas))('every string and list of %s has a maximum', (channel) => {
    const schema = requestSchemas[channel as keyof typeof requestSchemas] as unknown as ZodLike;
    expect(unbounded(schema, channel)).toEqual([]);
  });

  it('the walker notices an unbounded field (it can fail)', async () => {
    const { z } = await import('zod');
    const loose = z.object({ a: z.string(), b: z.array(z.string().max(3)).optional() });
    expect(unbounded(loose as unknown as ZodLike, 'x')).toEqual(['x.a', 'x.b']);
  });
});
