import { PINNED_NOW, pinClock } from './pinned-clock';

// The first setup file (vite.config.ts), so the date is pinned before the seed, the app or a test
// reads it.
pinClock(PINNED_NOW);
