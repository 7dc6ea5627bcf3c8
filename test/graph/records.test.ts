import { EntityRecordSchema } from '../../src/graph/records';

test('an entity tuple becomes a record: type from the key, trailing details optional', () => {
  expect(EntityRecordSchema.parse(['0000000042|Committee|audit committee', 'Audit Committee', '0000000042'])).toEqual({
    id: '0000000042|Committee|audit committee', type: 'Committee', name: 'Audit Committee', aliases: [], cik: '0000000042',
    level: undefined, kind: undefined, normalized: undefined, category: undefined, honorific: undefined,
  });
  expect(EntityRecordSchema.parse(['0000000042|Role|CISO', 'Chief Information Security Officer', '0000000042', ['CISO'], null, null, 'CISO', 'security'])).toMatchObject({
    type: 'Role', aliases: ['CISO'], normalized: 'CISO', category: 'security',
  });
  expect(EntityRecordSchema.parse(['topic|cybersecurity_risk', 'cybersecurity risk', null]).type).toBe('Topic');
});

test('a malformed entity tuple is refused', () => {
  expect(() => EntityRecordSchema.parse(['0000000042|Spaceship|x', 'X', '0000000042'])).toThrow(/names no entity label/);
  expect(() => EntityRecordSchema.parse(['0000000042|Role|CISO', 'CISO'])).toThrow();
  expect(() => EntityRecordSchema.parse(['0000000042|Role|CISO', 'CISO', '0000000042', 'not a list'])).toThrow(/malformed/);
  expect(() => EntityRecordSchema.parse({ id: '0000000042|Role|CISO', name: 'CISO' })).toThrow();
});
