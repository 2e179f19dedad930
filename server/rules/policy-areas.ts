import type { PolicyAreaRow } from '../../mocks/db/rows/benefits';
import type { StoreTx } from '../store/store';

/** Every policy area by id: the library, the directory and the staff pages name areas from it. */
export async function policyAreaMap(tx: StoreTx): Promise<Map<string, PolicyAreaRow>> {
  return new Map((await tx.policyAreas.find()).map((area) => [area.id, area]));
}
