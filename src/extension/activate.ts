// Activation, shared by both entry points (extension.ts on the desktop, src/web/extension.ts in
// the browser): creates the services on the given platform and wires each feature.
// The NLP library is loaded by the core the first time an article is analysed, not on activation.
import * as vscode from 'vscode';
import { registerAnchorRefresh } from './storage/anchorRefresh';
import { registerClaimsTree } from './views/claimsTree';
import { registerCommands } from './commands';
import { registerContextKeys } from './contextKeys';
import { registerDecorations } from './editor/decorations';
import { registerEntitiesView } from './views/entitiesView';
import { registerConflictNotices } from './storage/externalChanges';
import { registerLargeArticlePrompts } from './analysis/largeArticlePrompts';
import { registerHovers } from './editor/hovers';
import { registerMatrix } from './views/matrix/matrixPanel';
import type { Platform } from './platform/platform';
import { registerQuoteDiagnostics } from './editor/quoteDiagnostics';
import { registerRenameFollowing } from './storage/renames';
import { createServices } from './services';
import { registerSourcesTree } from './views/sourcesTree';
import { registerStatusBar } from './editor/statusBar';
import { createApi, type CrosscheckApi } from './testApi';
import { registerUndoContextKeys } from './undo/undoCommands';

export function activateOn(platform: Platform, context: vscode.ExtensionContext): CrosscheckApi {
  const started = performance.now();
  const cpuStarted = platform.cpuTimeMs();
  const services = createServices(context, platform);
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
  platform.mergeDriver?.refreshLauncher(services);
  const activationMs = performance.now() - started;
  const cpuEnded = platform.cpuTimeMs();
  // NaN where the platform cannot measure CPU time (the web): logged as such, never as a number.
  const activationCpuMs = cpuStarted === undefined || cpuEnded === undefined ? Number.NaN : cpuEnded - cpuStarted;
  services.log.info(`activated on ${platform.name} in ${activationMs.toFixed(1)} ms (${Number.isNaN(activationCpuMs) ? 'CPU time not measured' : `${activationCpuMs.toFixed(1)} ms CPU`})`);
  return createApi({ services, claims, sources, decorations, status, matrix, entities, activationMs, activationCpuMs });
}
