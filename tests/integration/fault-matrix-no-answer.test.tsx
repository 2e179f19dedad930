import { FILE_COLUMNS, describeFaultColumns } from '../fault-matrix/matrix';

/**
 * The fault matrix in the UI, the columns where no answer comes: a network error and a timeout
 * (the request timeout is shortened for these tests). See fault-matrix.test.tsx.
 */
describeFaultColumns(FILE_COLUMNS['fault-matrix-no-answer.test.tsx']);
