// A plain-data copy of a tree view, for the test API: what the user would see, level by level.
import * as vscode from 'vscode';

export interface TreeSnapshot {
  label: string;
  description?: string;
  contextValue?: string;
  /** Codicon id of the item's icon, when it has one. */
  icon?: string;
  children: TreeSnapshot[];
}

export async function snapshotTree<T>(provider: vscode.TreeDataProvider<T>, maxDepth = 6): Promise<TreeSnapshot[]> {
  const walk = async (element: T | undefined, depth: number): Promise<TreeSnapshot[]> => {
    const children = (await provider.getChildren(element)) ?? [];
    const out: TreeSnapshot[] = [];
    for (const child of children) {
      const item = await provider.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const expandable = item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None;
      out.push({
        label,
        description: typeof item.description === 'string' ? item.description : undefined,
        contextValue: item.contextValue,
        icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
        children: expandable && depth < maxDepth ? await walk(child, depth + 1) : [],
      });
    }
    return out;
  };
  return walk(undefined, 0);
}
