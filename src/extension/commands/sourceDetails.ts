// "Crosscheck: Edit Source Details…": outlet, title, byline, date, URL and language of an article,
// asked one after another, prefilled from the sidecar or else from what the analysis read in the
// article, and saved to the sidecar's `source` as a person's decision. The outlet then names the
// source everywhere (views, hovers, matrix, exports); the URL is the article's ClaimReview
// appearance and what Hypothesis annotations are matched by on import.
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourceMeta } from '../../core/storage/model';
import { httpUrl } from '../../core/untrustedText';
import { articleFrom } from './files';
import type { CommandContext } from './targets';
import { plainText } from '../text/messageText';

type Field = 'outlet' | 'title' | 'byline' | 'date' | 'url' | 'language';

/** Built on each use: vscode.l10n.t needs the bundle, which may not be loaded when modules load. */
function sourceFields(): { key: Field; prompt: string; placeHolder: string; validate?: (v: string) => string | undefined }[] {
  return [
    { key: 'outlet', prompt: vscode.l10n.t('Outlet: the name this source is shown by everywhere (empty: the file name)'), placeHolder: vscode.l10n.t('Meridian Wire') },
    { key: 'title', prompt: vscode.l10n.t('Title (headline) of the article'), placeHolder: vscode.l10n.t('Harbour fire forces evacuation') },
    { key: 'byline', prompt: vscode.l10n.t('Byline: who wrote it'), placeHolder: vscode.l10n.t('Jane Doe') },
    { key: 'date', prompt: vscode.l10n.t('Date published, as yyyy-mm-dd'), placeHolder: '2026-03-03', validate: (v) => (isIsoDate(v) ? undefined : vscode.l10n.t('A date as yyyy-mm-dd, e.g. 2026-03-03')) },
    { key: 'url', prompt: vscode.l10n.t('Address of the published article (http or https)'), placeHolder: vscode.l10n.t('https://…'), validate: (v) => (httpUrl(v) ? undefined : vscode.l10n.t('An address starting with http:// or https://, without spaces')) },
    { key: 'language', prompt: vscode.l10n.t('Language, as a code such as en or pt-PT'), placeHolder: vscode.l10n.t('en'), validate: (v) => (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/.test(v) ? undefined : vscode.l10n.t('A language code such as en, fr or pt-PT')) },
  ];
}

export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Resolves true when the sidecar was written (false: cancelled, unchanged or refused). */
export async function editSourceDetails(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const article = await articleFrom(ctx, arg, vscode.l10n.t('Edit the source details of which article?'));
  if (!article) return false;
  if (!(await ctx.store.checkWritable({ article }))) return false;
  const sidecar = await ctx.store.sidecar(article);
  const stored: SourceMeta = sidecar.kind === 'ok' ? sidecar.value.source : {};
  const meta = (await ctx.analysis.ensure(article))?.analysis.article.meta ?? {};
  const name = plainText(path.posix.basename(article.path), 80);
  const answers: Partial<Record<Field, string>> = {};
  const fields = sourceFields();
  for (const [i, field] of fields.entries()) {
    const proposed = stored[field.key] ?? (field.key in meta ? (meta as Record<string, string | undefined>)[field.key] : undefined) ?? '';
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Source details of {0} ({1}/{2})', name, i + 1, fields.length),
      prompt: vscode.l10n.t('{0}. Leave empty to remove.', field.prompt),
      placeHolder: field.placeHolder,
      value: proposed,
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() === '' ? undefined : field.validate?.(v.trim())),
    });
    if (value === undefined) return false; // Escape: nothing is saved
    answers[field.key] = value.trim();
  }
  const written = await ctx.history.run(vscode.l10n.t('edit the source details of {0}', name), (step) =>
    ctx.store.updateSidecar(
      article,
      (current) => {
        const source: SourceMeta = { ...current.source };
        for (const field of fields) {
          const value = answers[field.key];
          if (value) source[field.key] = value;
          else delete source[field.key];
        }
        const same = fields.every((f) => (current.source[f.key] ?? '') === (source[f.key] ?? ''));
        return same ? undefined : { ...current, source };
      },
      step,
    ),
  );
  if (written) void vscode.window.setStatusBarMessage(vscode.l10n.t('Crosscheck: source details of {0} saved', name), 5000);
  return written;
}
