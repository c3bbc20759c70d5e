// The editor's corpus steps (what the analysis worker runs) give what the core's analyzeCorpus, and
// so the CLI, gives for the same articles; and a finished article reuses its raw analysis.
import * as assert from 'assert';
import { analyzeCorpus } from '../../../../src/core';
import { CorpusWork } from '../../../../src/extension/analysis/corpusWork';

const TEXTS = [
  'Dock strike enters second week\n\nTalks between Orla Brennick and the Harbour Workers Union stalled on Monday in Port Aldane.\n\n"We are not moving," Brennick said.\n',
  'Union rejects offer\n\nThe Harbour Workers Union said on Tuesday that it would keep picketing.\n\n"The offer is an insult," said Brennick, who leads the union.\n',
];

describe('extension: corpus steps (corpusWork)', () => {
  it('equal analyzeCorpus: alone, the corpus pass over names, then finish', async () => {
    const work = new CorpusWork();
    const names = [];
    for (const [i, text] of TEXTS.entries()) names.push(await work.alone({ text, hash: `h${i}` }));
    const corpus = work.corpus(names);
    const finished = await Promise.all(TEXTS.map((text, i) => work.finish({ text, hash: `h${i}`, names: corpus[i] })));
    const expected = await analyzeCorpus(TEXTS);
    assert.deepStrictEqual(
      finished.map((a) => ({ quotes: a.quotes, entities: a.entities })),
      expected.map((a) => ({ quotes: a.quotes, entities: a.entities })),
    );
  });

  it('finishes from the raw analysis kept under the hash, and analyses again when it is not kept', async () => {
    const work = new CorpusWork();
    const names = await work.alone({ text: TEXTS[0], hash: 'a' });
    const viaCache = await work.finish({ text: TEXTS[0], hash: 'a', names });
    const fresh = await new CorpusWork().finish({ text: TEXTS[0], hash: 'a', names });
    assert.deepStrictEqual(viaCache, fresh);
  });
});
