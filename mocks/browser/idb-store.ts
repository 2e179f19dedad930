import type { MockDb } from '../db/schema';

/**
 * The browser mock's database copy, in IndexedDB: the app keeps personal data out of localStorage,
 * and IndexedDB takes the structured clone directly (no JSON round trip).
 */
const DB_NAME = 'mip-mock-api';
const STORE = 'snapshots';
const KEY = 'db';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => {
        resolve(request.result);
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('IndexedDB transaction failed'));
      };
      tx.onabort = () => {
        reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      };
    });
  } finally {
    db.close();
  }
}

export async function loadSnapshot(): Promise<MockDb | null> {
  const value = await withStore<unknown>('readonly', (store) => store.get(KEY));
  return (value as MockDb | undefined) ?? null;
}

export async function saveSnapshot(snapshot: MockDb): Promise<void> {
  await withStore('readwrite', (store) => store.put(snapshot, KEY));
}

export async function clearSnapshot(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(KEY));
}
