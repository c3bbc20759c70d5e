// Entry point: creates the services and wires each feature; nothing else happens here.
// The NLP library is loaded by the core the first time an article is analysed, not on activation.
import * as vscode from 'vscode';
import { registerAnchorRefresh } from './anchorRefresh';
import { registerClaimsTree } from './claimsTree';
import { registerCommands } from './commands';
import { registerContextKeys } from './contextKeys';
import { registerDecorations } from './decorations';
import { registerEntitiesView } from './entitiesView';
import { registerConflictNotices } from './externalChanges';
import { registerLargeArticlePrompts } from './largeArticles';
import { registerHovers } from './hovers';
import { registerMatrix } from './matrix/matrixPanel';
import { nodeStorageBackend } from './nodeStorageBackend';
import { registerQuoteDiagnostics } from './quoteDiagnostics';
import { registerRenameFollowing } from './renames';
import { createServices } from './services';
import { registerSourcesTree } from './sourcesTree';
import { registerStatusBar } from './statusBar';
import { createApi, type CrosscheckApi } from './testApi';

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
    registerRenameFollowing(services),
    registerAnchorRefresh(services),
    registerConflictNotices(services.store),
    registerLargeArticlePrompts(services.gate, services.analysis),
    registerCommands({ ...services, claims, sources, matrix, entities }),
  );
  const activationMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const activationCpuMs = (cpu.user + cpu.system) / 1000;
  services.log.info(`activated in ${activationMs.toFixed(1)} ms (${activationCpuMs.toFixed(1)} ms CPU)`);
  return createApi({ services, claims, sources, decorations, status, matrix, entities, activationMs, activationCpuMs });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
