import type { Domain, Outline, Task } from '../../schemas/outline.ts';

/** What an outline id refers to. */
export interface OutlineEntry {
  id: string;
  kind: 'task' | 'bullet';
  title: string;
  domain: Domain;
  task: Task;
}

/** Every task statement and bullet of the outline by id. */
export function indexOutline(outline: Outline): Map<string, OutlineEntry> {
  const index = new Map<string, OutlineEntry>();
  for (const domain of outline.domains) {
    for (const task of domain.tasks) {
      index.set(task.id, { id: task.id, kind: 'task', title: task.title, domain, task });
      for (const bullet of task.bullets) {
        index.set(bullet.id, { id: bullet.id, kind: 'bullet', title: bullet.title, domain, task });
      }
    }
  }
  return index;
}

/** The task statement an outline id belongs to: `3.5.b` → `3.5`, `3.5` → `3.5`. */
export function taskOf(id: string): string {
  return id.split('.').slice(0, 2).join('.');
}

/** The domain number an outline id belongs to: `3.5.b` → 3. */
export function domainOf(id: string): number {
  return Number(id.split('.')[0]);
}

/**
 * True when content tagged with `tags` teaches or tests `id`. A task statement is covered by its own
 * id or any of its bullets; a bullet only by its own id.
 */
export function covers(tags: readonly string[], id: string): boolean {
  const isTask = id.split('.').length === 2;
  return tags.some((tag) => tag === id || (isTask && taskOf(tag) === id));
}
