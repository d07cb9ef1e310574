export {
  JobQueue,
  type EnqueueOptions,
  type JobDefinition,
  type JobHandler,
  type JobQueueOptions,
  type JobRun,
} from './job-queue.js';
