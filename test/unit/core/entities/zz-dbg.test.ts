import { findEntitiesWith } from '/work/wt-acc-entities/src/core/entities';
import { loadNlp } from '/work/wt-acc-entities/src/core/nlp/compromise';
import { articleOf } from '/work/wt-acc-entities/test/unit/core/entities/helpers';
const texts = [
  'Delegates of the Organisation for Security and Cooperation in Europe arrived on Monday.',
  'Property shares rose, and Harwell Gate added 12p to 468p while Brisk Holm climbed 3 pence.',
  'Analysts at brokers Tobias Fenwick and KMB Lanyard praised the figures. KMB Lanyard said demand was firm.',
];
it('dbg', async () => {
  const nlp = await loadNlp();
  for (const t of texts) console.log(JSON.stringify(findEntitiesWith(nlp, articleOf(t)).map((e) => [e.name, e.type])));
});
