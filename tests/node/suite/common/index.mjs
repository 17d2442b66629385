// nano's stand-in for Node's test/common/index.mjs: the same names as index.js.
import common from './index.js';

export const {
  allowGlobals, buildType, canCreateSymLink, childShouldThrowAndAbort, escapePOSIXShell,
  expectsError, expectRequiredModule, expectRequiredTLAError, expectWarning, getArrayBufferViews,
  getBufferSources, getTTYfd, hasCrypto, hasIntl, hasFullICU, hasQuic, hasInspector, hasSQLite,
  invalidArgTypeHelper, isAIX, isAlive, isASan, isDebug, isFreeBSD, isIBMi, isLinux, isMacOS,
  isOpenBSD, isPi, isSunOS, isWindows, localIPv6Hosts, mustCall, mustCallAtLeast, mustNotCall,
  mustNotMutateObjectDeep, mustSucceed, nodeProcessAborted, parseTestMetadata, PIPE,
  platformTimeout, printSkipMessage, pwdCommand, requireNoPackageJSONAbove, runWithInvalidFD,
  skip, skipIf32Bits, skipIfEslintMissing, skipIfInspectorDisabled, skipIfSQLiteMissing,
  spawnPromisified, sleepSync, usesSharedLibrary,
} = common;

export default common;
