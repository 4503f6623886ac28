export {
  ferretDbArgs,
  ferretDbBinaryPath,
  redisServerArgs,
  findFreePort,
  findRepoRoot,
  startFerretDb,
  startRedis,
  startServices,
  type ManagedService,
  type Services,
} from './services';
export {
  installCleanupHandlers,
  startNodeProcess,
  stopAllChildren,
  type ManagedProcess,
  type ReadyCheck,
  type StartNodeProcessOptions,
} from './processes';
