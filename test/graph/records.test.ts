import { EntityRecordSchema } from '../../src/graph/records';

test('an entity tuple becomes a record: type from the key, trailing details optional', () => {
  expect(EntityRecordSchema.parse(['0000000042|Committee|audit committee', 'Audit Committee', '0000000042'])).toEqual({
    id: '0000000042|Committee|audit committee',
    type: 'Committee',
    name: 'Audit Committee',
    aliases: [],
    cik: '0000000042',
    committeeLevel: undefined,
    committeeKind: undefined,
  });
  expect(
    EntityRecordSchema.parse(['0000000042|Role|CISO', 'Chief Information Security Officer', '0000000042', ['CISO'], null, null, 'CISO', 'security']),
  ).toMatchObject({
    type: 'Role',
    aliases: ['CISO'],
    roleCode: 'CISO',
    roleCategory: 'security',
  });
  // stored values a vocabulary does not name read as its OTHER member; null stays null
  expect(EntityRecordSchema.parse(['0000000042|Committee|x', 'X', '0000000042', [], 'galactic', null])).toMatchObject({
    committeeLevel: 'other',
    committeeKind: null,
  });
  expect(EntityRecordSchema.parse(['0000000042|Role|x', 'X', '0000000042', [], null, null, 'CHIEF_VIBES_OFFICER', 'vibes'])).toMatchObject({
    roleCode: 'OTHER',
    roleCategory: 'other',
  });
  expect(EntityRecordSchema.parse(['topic|cybersecurity_risk', 'cybersecurity risk', null]).type).toBe('Topic');
});

test('a malformed entity tuple is refused', () => {
  expect(() => EntityRecordSchema.parse(['0000000042|Spaceship|x', 'X', '0000000042'])).toThrow(/names no entity label/);
  expect(() => EntityRecordSchema.parse(['0000000042|Role|CISO', 'CISO'])).toThrow();
  expect(() => EntityRecordSchema.parse(['0000000042|Role|CISO', 'CISO', '0000000042', 'not a list'])).toThrow(/malformed/);
  expect(() => EntityRecordSchema.parse({ id: '0000000042|Role|CISO', name: 'CISO' })).toThrow();
});
