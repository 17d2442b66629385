// nano's stand-in for Node's test/common/fixtures.mjs.
import fixtures from './fixtures.js';

export const { fixturesDir, path, fileURL, readSync, readKey, readKeys } = fixtures;
export default fixtures;
