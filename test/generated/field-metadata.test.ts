import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PROPERTIES, METHODS } from '@amqp-codegen/protocol';
import { selectClasses } from '../../generator/model/select.js';
import type { Protocol } from '../../generator/model/types.js';
import { REPO_ROOT } from '../../generator/run.js';
import { errorOf } from '../helpers/spec.js';

describe('field metadata', () => {
  it('METHODS[name].fields lists the arguments in wire order, as the spec XML declares basic.publish', () => {
    // amqp-0-9-1-rabbit.xml: reserved-1 type=short reserved=1; exchange domain=exchange-name (shortstr);
    // routing-key domain=shortstr; mandatory domain=bit; immediate domain=bit
    expect(METHODS['basic.publish'].fields).toEqual([
      { specName: 'reserved-1', name: 'reserved1', type: 'short', domain: 'short', reserved: true },
      { specName: 'exchange', name: 'exchange', type: 'shortstr', domain: 'exchange-name', reserved: false },
      { specName: 'routing-key', name: 'routingKey', type: 'shortstr', domain: 'shortstr', reserved: false },
      { specName: 'mandatory', name: 'mandatory', type: 'bit', domain: 'bit', reserved: false },
      { specName: 'immediate', name: 'immediate', type: 'bit', domain: 'bit', reserved: false },
    ]);
    expect(METHODS['connection.tune-ok'].fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'channelMax:short',
      'frameMax:long',
      'heartbeat:short',
    ]);
  });

  it('CONTENT_PROPERTIES lists basic properties in flag order (the last one is the XML\'s "reserved")', () => {
    expect(CONTENT_PROPERTIES.basic.map((p) => `${p.specName}:${p.type}`)).toEqual([
      'content-type:shortstr',
      'content-encoding:shortstr',
      'headers:table',
      'delivery-mode:octet',
      'priority:octet',
      'correlation-id:shortstr',
      'reply-to:shortstr',
      'expiration:shortstr',
      'message-id:shortstr',
      'timestamp:timestamp',
      'type:shortstr',
      'user-id:shortstr',
      'app-id:shortstr',
      'reserved:shortstr',
    ]);
    expect(Object.keys(CONTENT_PROPERTIES)).toEqual(['basic']);
  });

  it('per-method encoders do not import the metadata module (a bundle of one encoder stays small)', () => {
    const src = join(REPO_ROOT, 'generated', 'src');
    const classFiles = readdirSync(src).filter((f) => f.endsWith('.ts') && !['index.ts', 'layouts.ts', 'methods.ts', 'dispatch.ts', 'constants.ts'].includes(f));
    expect(classFiles).toContain('basic.ts');
    for (const file of classFiles) {
      const imports = [...readFileSync(join(src, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports, file).toEqual(['./runtime/internal.js']);
    }
  });
});

describe('--classes selection', () => {
  const method = (fullName: string, classId: number, responses: string[]) =>
    ({ fullName, classId, responses }) as unknown as Protocol['methods'][number];
  const cls = (specName: string, methods: Protocol['methods']) =>
    ({ specName, methods }) as unknown as Protocol['classes'][number];
  // Responses name methods of the same class in the XML; an edited model could still point outside.
  const protocol = {
    classes: [cls('a', [method('a.ask', 1, ['b.answer'])]), cls('b', [method('b.answer', 2, [])])],
    methods: [],
    constants: [],
  } as unknown as Protocol;

  it('a response outside the selection is an error naming it', () => {
    expect(errorOf(() => selectClasses(protocol, ['a'])).message).toBe(
      '--classes: a.ask is answered by b.answer, which is not selected; add its class',
    );
    expect(selectClasses(protocol, ['a', 'b']).methods.map((m) => m.fullName)).toEqual(['a.ask', 'b.answer']);
    expect(selectClasses(protocol, ['b']).classes.map((c) => c.specName)).toEqual(['b']);
  });
});
