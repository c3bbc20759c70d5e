// One toggle per highlight layer; each flips its `crosscheck.highlight.*` setting.
import * as vscode from 'vscode';
import type { Layer } from '../config';
import type { CommandContext } from './targets';

const NAMES: Record<Layer, string> = { quotes: 'Quote highlights', entities: 'Entity highlights', evidence: 'Evidence highlights', boilerplate: 'Boilerplate dimming' };

export function toggleLayer(layer: Layer) {
  return async (ctx: CommandContext): Promise<boolean> => {
    const enabled = !ctx.config.layerEnabled(layer);
    await ctx.config.setLayerEnabled(layer, enabled);
    void vscode.window.setStatusBarMessage(`Crosscheck: ${NAMES[layer]} ${enabled ? 'on' : 'off'}`, 3000);
    return enabled;
  };
}
