// Reported speech in quote groups and exports: never grouped (it is each outlet's wording), and said to be
// reported, without quotation marks, in the Markdown and HTML reports and the CSV. Invented articles.
import assert from 'node:assert/strict';
import { analyzeCorpus, buildReport, groupQuotes, toCsv, toHtml, toMarkdown, type ExportInput } from '../../../../src/core';

const A = 'Port to reopen\n\nHarbour Minister Ana Lindqvist said the port would reopen within three weeks.\n';
const B = 'Quay reopening\n\nThe port would reopen within three weeks, Harbour Minister Ana Lindqvist said on Monday.\n';

describe('[export/reportedSpeech] reported speech in groups and reports', () => {
  it('the same reported clause in two outlets forms no quote group', async () => {
    const [a, b] = await analyzeCorpus([A, B], { reportedSpeech: true });
    assert.equal(a.quotes.filter((q) => q.kind === 'reported').length, 1);
    assert.equal(b.quotes.filter((q) => q.kind === 'reported').length, 1);
    assert.deepEqual(groupQuotes([{ file: 'a.txt', quotes: a.quotes }, { file: 'b.txt', quotes: b.quotes }]), []);
  });

  it('the reports say "reported" and write no quotation marks around it', async () => {
    const [a, b] = await analyzeCorpus([A, B], { reportedSpeech: true });
    const input: ExportInput = {
      title: 'port',
      folderUri: 'file:///port/',
      generated: '2031-04-02T12:00:00Z',
      registry: { version: 1, claims: [], aliasOverrides: [], dismissedSuggestions: [] },
      sources: [
        { file: 'a.txt', uri: 'file:///port/a.txt', analysis: a },
        { file: 'b.txt', uri: 'file:///port/b.txt', analysis: b },
      ],
    };
    const report = buildReport(input);
    const md = toMarkdown(report);
    assert.match(md, /- Reported: the port would reopen within three weeks · /);
    assert.doesNotMatch(md, /“the port would reopen/);
    assert.match(toHtml(report), /<li>Reported: the port would reopen within three weeks /);
    assert.match(toCsv(report), /reported speech,a\.txt/);
  });
});
