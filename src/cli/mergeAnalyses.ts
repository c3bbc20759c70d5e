// `crosscheck merge-analyses A.json B.json … [--json] [--reported-speech]`: the corpus pass over the outputs of
// `analyze --shard I/N --json`, printing what one `analyze` run over all the files would have printed.
// Each shard's document carries in `corpus` its position among all files, its text, its own analysis
// and the decisions that applied to it, so the merge needs neither the articles nor a cache.
// The shards' outputs are held in memory (they hold the texts): shards spread the CPU, not the memory.
import * as fs from 'node:fs';
import { corpusNames, entityNamesOf, finishInCorpus, groupQuotes, parseArticle, type RawAnalysis } from '../core';
import { AnalysisJsonWriter, quoteGroupsJson } from './analysisJson';
import { finishDocument, type CorpusField, type GroupQuote } from './articleWork';
import { fitsText, isRawAnalysis } from './cache';
import { fromPortable, type PortableDecisions } from './decisions';
import type { CliIO } from './io';

interface ShardDocument {
  file: string;
  corpus: CorpusField;
}

export async function runMergeAnalyses(inputs: string[], options: { json: boolean; reportedSpeech?: boolean }, io: CliIO): Promise<number> {
  const documents: ShardDocument[] = [];
  const shards = new Map<number, string>();
  let count: number | undefined;
  let files: number | undefined;
  for (const input of inputs) {
    const read = readShard(input);
    if (typeof read === 'string') {
      io.err(`crosscheck: ${input}: ${read}`);
      return 1;
    }
    const { shard } = read;
    if ((count !== undefined && shard.count !== count) || (files !== undefined && shard.files !== files)) {
      io.err(`crosscheck: ${input}: shard ${shard.index}/${shard.count} of ${shard.files} files does not belong with the others (${count} shards of ${files} files)`);
      return 1;
    }
    if (shards.has(shard.index)) {
      io.err(`crosscheck: ${input}: shard ${shard.index}/${shard.count} is also ${shards.get(shard.index)}`);
      return 1;
    }
    count = shard.count;
    files = shard.files;
    shards.set(shard.index, input);
    documents.push(...read.documents);
  }
  const missing = count === undefined ? [] : Array.from({ length: count }, (_v, i) => i + 1).filter((i) => !shards.has(i));
  if (missing.length > 0) {
    io.err(`crosscheck: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: the merge would not be the whole corpus`);
    return 1;
  }
  documents.sort((a, b) => a.corpus.index - b.corpus.index);
  for (let i = 1; i < documents.length; i++) {
    if (documents[i].corpus.index === documents[i - 1].corpus.index) {
      io.err(`crosscheck: ${documents[i].file} is in two shards`);
      return 1;
    }
  }

  const names = corpusNames(documents.map((d) => entityNamesOf(d.corpus.raw.entities)));
  const writer = options.json ? new AnalysisJsonWriter(io.out) : undefined;
  const quotes: { file: string; quotes: GroupQuote[] }[] = [];
  let failed = false;
  documents.forEach((d, i) => {
    const { text, raw, decisions } = d.corpus;
    const article = parseArticle(text);
    // Reported speech is found in the corpus stage (a shard's raw analysis is the same either way).
    const a = finishInCorpus(article, raw, names[i], options.reportedSpeech ? { reportedSpeech: true } : {});
    const read = fromPortable(decisions);
    if (!read.complete) failed = true;
    const done = finishDocument(d.file, text, { quotes: a.quotes, entities: a.entities, diagnostics: a.diagnostics }, read, { parsed: article, summary: !options.json });
    if (writer) {
      writer.document(done.json);
      quotes.push({ file: d.file, quotes: done.quotes });
    } else io.out(done.json);
    documents[i] = { file: d.file, corpus: undefined as unknown as CorpusField };
  });
  if (writer) writer.end(quoteGroupsJson(groupQuotes(quotes)));
  return failed ? 1 : 0;
}

interface ReadShard {
  shard: { index: number; count: number; files: number };
  documents: ShardDocument[];
}

/** A shard's output, checked: it is input like any file. */
function readShard(file: string): ReadShard | string {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return `cannot read (${(e as Error).message})`;
  }
  if (!isObject(json) || json.version !== 1 || !Array.isArray(json.documents)) return 'not a version-1 analysis JSON';
  const shard = json.shard;
  if (!isObject(shard) || !isCount(shard.index) || !isCount(shard.count) || !isCount(shard.files, 0) || (shard.index as number) > (shard.count as number)) {
    return 'has no "shard" field: make it with `crosscheck analyze --shard I/N --json`';
  }
  const documents: ShardDocument[] = [];
  for (const d of json.documents) {
    const corpus = isObject(d) ? d.corpus : undefined;
    if (!isObject(d) || typeof d.file !== 'string' || !isObject(corpus) || !isCount(corpus.index, 0) || typeof corpus.text !== 'string'
      || !isRawAnalysis(corpus.raw) || !fitsText(corpus.text, corpus.raw as RawAnalysis) || !isDecisions(corpus.decisions)) {
      return `a document (${isObject(d) && typeof d.file === 'string' ? d.file : 'unnamed'}) lacks a valid "corpus" field`;
    }
    documents.push({ file: d.file, corpus: corpus as unknown as CorpusField });
  }
  return { shard: { index: shard.index as number, count: shard.count as number, files: shard.files as number }, documents };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown, min = 1): boolean {
  return Number.isSafeInteger(v) && (v as number) >= min;
}

function isDecisions(v: unknown): v is PortableDecisions {
  return isObject(v) && (v.sidecar === null || typeof v.sidecar === 'string') && (v.aliasOverrides === null || Array.isArray(v.aliasOverrides))
    && typeof v.complete === 'boolean';
}
