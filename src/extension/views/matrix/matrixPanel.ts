// The Claims Matrix webview panel: one per window, rebuilt from the registries and sidecars when
// they change, restored after a reload by a serializer. Messages from the webview are checked
// against the model it was sent: a cell position, never a path or an id the page could invent.
import * as path from 'path';
import * as vscode from 'vscode';
import { REVEAL_EVIDENCE_COMMAND } from '../claimsTree';
import type { Services } from '../../services';
import { buildMatrix, evidenceAt, type MatrixEvidenceInput, type MatrixFolderInput, type MatrixTable } from './matrixModel';
import { matrixBody, matrixPage, shownPage } from './matrixHtml';
import { matrixWords } from './matrixWords';

export const MATRIX_VIEW_TYPE = 'crosscheck.matrix';
const UPDATE_DELAY_MS = 150;

export interface MatrixHandle extends vscode.Disposable {
  /** Opens the panel (or brings it to the front). */
  open(): Promise<void>;
  /** The panel's current HTML and model, for tests; undefined when closed. */
  current(): { html: string; tables: MatrixTable[] } | undefined;
  /** Handles a message as if the webview had posted it. */
  receive(message: unknown): Promise<boolean>;
}

export function registerMatrix(services: Services): MatrixHandle {
  let panel: vscode.WebviewPanel | undefined;
  let tables: MatrixTable[] = [];
  let html = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  /** The page of sources shown in each table (by its index), for stories of many sources. */
  const pages = new Map<number, number>();

  const build = async () => (tables = buildMatrix(await matrixInputs(services)));

  const render = async () => {
    if (!panel) return;
    const mine = ++generation;
    const next = buildMatrix(await matrixInputs(services));
    if (!panel || mine !== generation) return;
    tables = next;
    void panel.webview.postMessage({ type: 'render', html: matrixBody(tables, pages, matrixWords()) });
  };
  const scheduleRender = () => {
    if (!panel) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void render(), UPDATE_DELAY_MS);
  };

  const receive = async (message: unknown): Promise<boolean> => {
    const m = message as { type?: unknown; table?: unknown; row?: unknown; col?: unknown; index?: unknown; page?: unknown };
    if (m && typeof m === 'object' && m.type === 'page') {
      const table = typeof m.table === 'number' ? tables[m.table] : undefined;
      if (!table || typeof m.page !== 'number') return false;
      pages.set(m.table as number, shownPage(table, m.page));
      if (panel) void panel.webview.postMessage({ type: 'render', html: matrixBody(tables, pages, matrixWords()) });
      return true;
    }
    if (!m || typeof m !== 'object' || m.type !== 'reveal') return false;
    if (![m.table, m.row, m.col].every((n) => typeof n === 'number')) return false;
    const target = evidenceAt(tables, m.table as number, m.row as number, m.col as number, typeof m.index === 'number' ? m.index : 0);
    if (!target) return false;
    // The passage opens beside the matrix, which stays in view and keeps the focus.
    return Boolean(await vscode.commands.executeCommand(REVEAL_EVIDENCE_COMMAND, target.article, target.annotationId, { beside: true }));
  };

  const adopt = async (p: vscode.WebviewPanel) => {
    panel = p;
    pages.clear();
    p.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    await build();
    html = matrixPage(tables, { cspSource: p.webview.cspSource, nonce: webviewNonce() }, matrixWords());
    p.webview.html = html;
    p.onDidDispose(() => {
      if (panel === p) panel = undefined;
    });
    p.webview.onDidReceiveMessage((m) => {
      void receive(m).catch((e: unknown) => services.log.error(`matrix: ${(e as Error).message}`));
    });
  };

  const disposables = [
    services.store.onDidChange(scheduleRender),
    services.analysis.onDidChange(scheduleRender),
    services.articles.onDidChange(scheduleRender),
    vscode.window.registerWebviewPanelSerializer(MATRIX_VIEW_TYPE, {
      deserializeWebviewPanel: async (p) => adopt(p),
    }),
  ];

  return {
    open: async () => {
      if (panel) {
        panel.reveal(undefined, false);
        await render();
        return;
      }
      const p = vscode.window.createWebviewPanel(MATRIX_VIEW_TYPE, vscode.l10n.t('Claims Matrix'), { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
        enableFindWidget: true,
      });
      p.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'icons', 'claims.svg');
      await adopt(p);
    },
    // The page as generated (the webview's own getter may not echo it back in every host).
    current: () => (panel ? { html, tables } : undefined),
    receive,
    dispose: () => {
      if (timer) clearTimeout(timer);
      panel?.dispose();
      disposables.forEach((d) => d.dispose());
    },
  };
}

/** Every registry folder with its articles, claims and the evidence their sidecars hold. */
async function matrixInputs(services: Services): Promise<MatrixFolderInput[]> {
  const inputs: MatrixFolderInput[] = [];
  for (const folder of await services.articles.registryFolders()) {
    const registry = await services.store.registry(folder);
    if (registry.kind !== 'ok') continue;
    const articles = await services.articles.articlesIn(folder);
    const evidence: MatrixEvidenceInput[] = [];
    const columns = [];
    for (const article of articles) {
      const sidecar = await services.store.sidecar(article);
      const state = services.analysis.get(article);
      const orphans = new Set(state?.analysis.orphans.map((o) => o.id) ?? []);
      const meta = sidecar.kind === 'ok' ? sidecar.value.source : {};
      // The outlet heads the column; a headline is too long for a heading and goes in its tooltip.
      const outlet = meta.outlet ?? state?.analysis.article.meta.outlet;
      const headline = meta.title ?? state?.analysis.article.meta.title;
      columns.push({ uri: article.toString(), label: path.posix.basename(article.path), ...(outlet ? { title: outlet } : {}), ...(headline ? { headline } : {}) });
      if (sidecar.kind !== 'ok') continue;
      for (const a of sidecar.value.annotations) {
        if (a.kind !== 'evidence') continue;
        evidence.push({ article: article.toString(), annotationId: a.id, claimId: a.claimId, stance: a.stance, exact: a.target.exact, placed: !orphans.has(a.id) });
      }
    }
    inputs.push({ folder: folder.toString(), title: path.posix.basename(folder.path), articles: columns, claims: registry.value.claims, evidence });
  }
  return inputs;
}

/** A fresh nonce for the page's script (Web Crypto: the same in the desktop and web builds). */
function webviewNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
}
