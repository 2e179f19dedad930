import { FILE_COLUMNS, describeFaultColumns } from '../fault-matrix/matrix';

/**
 * The fault matrix in the UI, the columns where the API refuses: 401, 403, 404, 409 and 422.
 * See fault-matrix.test.tsx.
 */
describeFaultColumns(FILE_COLUMNS['fault-matrix-refusals.test.tsx']);
