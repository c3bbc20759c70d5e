// Entry point: creates the services and wires each feature; nothing else happens here.
// The NLP library is loaded by the core the first time an article is analysed, not on activation.
import * as vscode from 'vscode';
import { registerAnchorRefresh } from './storage/anchorRefresh';
import { registerClaimsTree } from './views/claimsTree';
import { registerCommands } from './commands';
import { refreshMergeDriverLauncher } from './commands/mergeDriverLauncher';
import { registerContextKeys } from './contextKeys';
import { registerDecorations } from './editor/decorations';
import { registerEntitiesView } from './views/entitiesView';
import { registerConflictNotices } from './storage/externalChanges';
import { registerLargeArticlePrompts } from './analysis/largeArticlePrompts';
import { registerHovers } from './editor/hovers';
import { registerMatrix } from './views/matrix/matrixPanel';
import { nodeStorageBackend } from './storage/nodeStorageBackend';
import { registerQuoteDiagnostics } from './editor/quoteDiagnostics';
import { registerRenameFollowing } from './storage/renames';
import { createServices } from './services';
import { registerSourcesTree } from './views/sourcesTree';
import { registerStatusBar } from './editor/statusBar';
import { createApi, type CrosscheckApi } from './testApi';
import { registerUndoContextKeys } from './undo/undoCommands';

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const services = createServices(context, nodeStorageBackend());
  const claims = registerClaimsTree(services);
  const sources = registerSourcesTree(services);
  const decorations = registerDecorations(services);
  const status = registerStatusBar(services);
  const matrix = registerMatrix(services);
  const entities = registerEntitiesView(services);
  context.subscriptions.push(
    claims,
    sources,
    decorations,
    status,
    matrix,
    entities,
    registerQuoteDiagnostics(services),
    registerHovers(services),
    registerContextKeys(services),
    registerUndoContextKeys(services.history),
    registerRenameFollowing(services),
    registerAnchorRefresh(services),
    registerConflictNotices(services.store),
    registerLargeArticlePrompts(services.gate, services.analysis),
    registerCommands({ ...services, claims, sources, matrix, entities }),
  );
  // A merge driver set up by an earlier install: its launcher (in global storage) now names this one.
  refreshMergeDriverLauncher(context, services.log);
  const activationMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const activationCpuMs = (cpu.user + cpu.system) / 1000;
  services.log.info(`activated in ${activationMs.toFixed(1)} ms (${activationCpuMs.toFixed(1)} ms CPU)`);
  return createApi({ services, claims, sources, decorations, status, matrix, entities, activationMs, activationCpuMs });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
