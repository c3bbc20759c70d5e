// applyAliasOverrides: human merges and splits from the claims registry.
import assert from 'node:assert/strict';
import { applyAliasOverrides } from '../../../../src/core/entities';
import type { Entity } from '../../../../src/core/model';
import type { AliasOverride } from '../../../../src/core/storage/model';

const okafor: Entity = {
  name: 'Amara Okafor',
  type: 'person',
  aliases: ['Amara Okafor', 'Okafor', 'Kemi Okafor'],
  mentions: [
    { start: 0, end: 12, text: 'Amara Okafor' },
    { start: 40, end: 46, text: 'Okafor' },
    { start: 80, end: 91, text: 'Kemi Okafor' },
  ],
};
const ao: Entity = { name: 'A. Okafor', type: 'person', aliases: ['A. Okafor'], mentions: [{ start: 20, end: 29, text: 'A. Okafor' }] };
const port: Entity = { name: 'Port Authority', type: 'place', aliases: ['Port Authority'], mentions: [{ start: 60, end: 74, text: 'Port Authority' }] };

const summary = (es: Entity[]) => es.map((e) => [e.name, e.type, e.mentions.map((m) => m.start), e.origin ?? 'analysis']);

const cases: { rule: string; overrides: AliasOverride[]; expected: ReturnType<typeof summary> }[] = [
  {
    rule: 'merge joins every entity named by the canonical name or an alias, in first position',
    overrides: [{ id: 'm1', kind: 'merge', canonical: 'Amara Okafor', aliases: ['A. Okafor'] }],
    expected: [['Amara Okafor', 'person', [0, 20, 40, 80], 'human'], ['Port Authority', 'place', [60], 'analysis']],
  },
  {
    rule: 'merge can retype',
    overrides: [{ id: 'm2', kind: 'merge', canonical: 'Port Authority', aliases: [], type: 'organization' }],
    expected: [['Amara Okafor', 'person', [0, 40, 80], 'analysis'], ['A. Okafor', 'person', [20], 'analysis'], ['Port Authority', 'organization', [60], 'human']],
  },
  {
    rule: 'split moves the mentions written as the new name to a new entity of the same type',
    overrides: [{ id: 's1', kind: 'split', name: 'Kemi Okafor', from: 'Amara Okafor' }],
    expected: [['Amara Okafor', 'person', [0, 40], 'human'], ['Kemi Okafor', 'person', [80], 'human'], ['A. Okafor', 'person', [20], 'analysis'], ['Port Authority', 'place', [60], 'analysis']],
  },
  {
    rule: 'overrides that match nothing change nothing',
    overrides: [
      { id: 'm3', kind: 'merge', canonical: 'Nobody', aliases: ['No One'] },
      { id: 's2', kind: 'split', name: 'Someone', from: 'Nobody' },
    ],
    expected: [['Amara Okafor', 'person', [0, 40, 80], 'analysis'], ['A. Okafor', 'person', [20], 'analysis'], ['Port Authority', 'place', [60], 'analysis']],
  },
  {
    rule: 'later overrides apply to the result of earlier ones',
    overrides: [
      { id: 'm4', kind: 'merge', canonical: 'Amara Okafor', aliases: ['A. Okafor'] },
      { id: 's3', kind: 'split', name: 'A. Okafor', from: 'Amara Okafor' },
    ],
    expected: [['Amara Okafor', 'person', [0, 40, 80], 'human'], ['A. Okafor', 'person', [20], 'human'], ['Port Authority', 'place', [60], 'analysis']],
  },
];

describe('[entities/overrides] applyAliasOverrides', () => {
  for (const { rule, overrides, expected } of cases) {
    it(rule, () => {
      const input = [okafor, ao, port];
      const before = JSON.stringify(input);
      assert.deepEqual(summary(applyAliasOverrides(input, overrides)), expected);
      assert.equal(JSON.stringify(input), before, 'input unchanged');
    });
  }
});
