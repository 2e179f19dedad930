import type { HttpError } from '../../mocks/lib/http-error';
import { StoreConflict } from '../store/store';

/** A store conflict on insert becomes the refusal the checks give, when another request got there first. */
export async function insertOrRefuse(insert: Promise<void>, refusal: () => HttpError): Promise<void> {
  try {
    await insert;
  } catch (error) {
    if (error instanceof StoreConflict) throw refusal();
    throw error;
  }
}
