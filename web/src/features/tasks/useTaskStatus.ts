import { useCallback, useState } from 'react';
import { patchTask } from './api';
import type { Task, TaskStatus } from './types';

export interface TaskStatusChange {
  busyId: string | null;
  error: unknown;
  change: (t: Task, status: TaskStatus) => void;
  clear: () => void;
}

/** Moves a task's status with PATCH + version; `onChanged` gets the task as saved. */
export function useTaskStatus(onChanged: (t: Task) => void): TaskStatusChange {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const change = (t: Task, status: TaskStatus) => {
    if (status === t.status) return;
    setBusyId(t.id);
    setError(null);
    patchTask(t.id, { version: t.version, status }).then(
      (saved) => {
        setBusyId(null);
        onChanged(saved);
      },
      (err: unknown) => {
        setBusyId(null);
        setError(err);
      },
    );
  };
  const clear = useCallback(() => setError(null), []);
  return { busyId, error, change, clear };
}
