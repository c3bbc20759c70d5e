// `crosscheck analyze <dir|file>... [--json]`
import { analyzeCorpus, groupQuotes, stripBom, type ArticleAnalysis } from '../core';
import { withDecisions } from './decisions';
import { collectArticleFiles, readArticle } from './files';
import type { CliIO } from './io';

export interface AnalyzeOptions {
  json: boolean;
  maxBytes: number;
}

export async function runAnalyze(inputs: string[], options: AnalyzeOptions, io: CliIO): Promise<number> {
  const { files, errors } = collectArticleFiles(inputs);
  let failed = errors.length > 0;
  for (const e of errors) io.err(`crosscheck: ${e}`);

  const texts: { path: string; relative: string; text: string }[] = [];
  for (const file of files) {
    const read = readArticle(file.path);
    if (read.kind === 'binary') {
      io.err(`crosscheck: warning: ${file.relative} looks binary (it has NUL bytes); skipped`);
      continue;
    }
    if (read.kind === 'error') {
      io.err(`crosscheck: ${file.relative}: ${read.message}`);
      failed = true;
      continue;
    }
    if (read.text.length > options.maxBytes) {
      io.err(`crosscheck: warning: ${file.relative} is larger than --max-size (${options.maxBytes} bytes); skipped`);
      continue;
    }
    texts.push({ path: file.path, relative: file.relative, text: stripBom(read.text) });
  }

  io.progress(`analysing ${texts.length} article${texts.length === 1 ? '' : 's'}…`);
  let analyses: ArticleAnalysis[];
  try {
    analyses = await analyzeCorpus(texts.map((t) => t.text));
    analyses = analyses.map((a, i) => {
      const decided = withDecisions(texts[i].path, a, io);
      // A sidecar that cannot be read fails the run (its decisions are missing), but the rest is printed.
      if (!decided.complete) failed = true;
      return decided.analysis;
    });
  } catch (e) {
    io.err(`crosscheck: analysis failed: ${(e as Error).stack ?? e}`);
    return 1;
  }
  io.progress('');

  if (options.json) {
    io.out(JSON.stringify(toEvalJson(texts.map((t) => t.relative), analyses), null, 2));
  } else {
    for (let i = 0; i < texts.length; i++) io.out(summarize(texts[i].relative, analyses[i]));
  }
  return failed ? 1 : 0;
}

/** The version-1 analysis JSON (see README: "The analysis JSON"). */
export function toEvalJson(files: string[], analyses: ArticleAnalysis[]) {
  return {
    version: 1,
    documents: analyses.map((a, i) => ({
      file: files[i],
      quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker })),
      entities: a.entities.map((e) => ({
        name: e.name,
        type: e.type,
        mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
      })),
    })),
    quoteGroups: groupQuotes(analyses.map((a, i) => ({ file: files[i], quotes: a.quotes }))).map((g) => ({
      members: g.members.map((m) => ({ file: m.file, start: m.start, end: m.end })),
    })),
  };
}

function summarize(file: string, a: ArticleAnalysis): string {
  const lines = [`${file}`];
  const meta = a.article.meta;
  if (meta.title) lines.push(`  title:    ${meta.title}`);
  if (meta.byline) lines.push(`  byline:   ${meta.byline}`);
  if (meta.date) lines.push(`  date:     ${meta.date}`);
  lines.push(`  quotes:   ${a.quotes.length}`);
  for (const q of a.quotes) {
    const text = q.text.length > 70 ? q.text.slice(0, 67) + '…' : q.text;
    lines.push(`    “${text.replace(/\s+/g, ' ')}” — ${q.speaker ?? 'unattributed'}`);
  }
  const byType = (t: string) => a.entities.filter((e) => e.type === t).map((e) => e.name);
  lines.push(`  people:   ${byType('person').join(', ') || '—'}`);
  lines.push(`  orgs:     ${byType('organization').join(', ') || '—'}`);
  lines.push(`  places:   ${byType('place').join(', ') || '—'}`);
  return lines.join('\n') + '\n';
}
