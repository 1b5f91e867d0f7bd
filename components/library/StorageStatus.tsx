/**
 * Whether the browser promises to keep the library when the device runs low on
 * space. Asked once per page: extension pages may ask without a prompt.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StorageKeeper } from './context';

export type Persistence = 'kept' | 'may-clear' | 'unknown';

const asked = new WeakMap<StorageKeeper, Promise<Persistence>>();

async function ask(storage: StorageKeeper): Promise<Persistence> {
  try {
    if (storage.persisted && (await storage.persisted())) return 'kept';
    if (!storage.persist) return 'unknown';
    return (await storage.persist()) ? 'kept' : 'may-clear';
  } catch {
    return 'unknown';
  }
}

/** The answer, asking the browser only the first time for a given storage object. */
export function persistence(storage: StorageKeeper | undefined): Promise<Persistence> {
  if (!storage) return Promise.resolve('unknown');
  let answer = asked.get(storage);
  if (!answer) {
    answer = ask(storage);
    asked.set(storage, answer);
  }
  return answer;
}

const WORDS: Record<Persistence, string> = {
  kept: 'Your browser has agreed to keep your tips, even if the device runs low on space.',
  'may-clear': 'Your browser may remove saved tips if the device runs very low on space. A backup keeps them safe.',
  unknown: "This browser doesn't say whether it will keep your tips when space runs low. A backup keeps them safe.",
};

export function StorageStatus(props: { storage: StorageKeeper | undefined }) {
  const [state, setState] = useState<Persistence | null>(null);
  useEffect(() => {
    let live = true;
    void persistence(props.storage).then((answer) => live && setState(answer));
    return () => {
      live = false;
    };
  }, [props.storage]);
  return (
    <p class="muted" data-testid="storage-status">
      {state ? WORDS[state] : 'Checking how your browser keeps your tips…'}
    </p>
  );
}
