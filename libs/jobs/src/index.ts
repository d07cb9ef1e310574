export {
  JobQueue,
  runningJobQueues,
  type EnqueueOptions,
  type JobDefinition,
  type JobHandler,
  type JobQueueOptions,
  type JobRun,
} from './job-queue.js';
export { JobsModule, type JobsSettings } from './jobs.module.js';
