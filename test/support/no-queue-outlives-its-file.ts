// Run after every api and browser test file (jest's setupFilesAfterEnv), after the file's own afterAll: a job queue
// still running when its file ends would poll a dropped database and fire pg-boss's timers after jest has torn the
// file's modules down (pg-boss's "Cannot destructure property 'setTimeout'", which ends the whole jest worker).
import { afterAll } from '@jest/globals';
import { runningJobQueues } from '#libs/jobs';
import { closeWhatIsLeft } from './started.js';

afterAll(async () => {
  const platforms = await closeWhatIsLeft();
  const queues = [...runningJobQueues()];
  await Promise.all(queues.map((queue) => queue.stop(1_000)));
  if (platforms > 0 || queues.length > 0)
    throw new Error(
      `This file left ${platforms} platform(s) or test module(s) and ${queues.length} other job queue(s) running ` +
        '(stopped now): stop in afterAll what the file starts (platform.close(), module.close(), queue.stop()), ' +
        'and give a beforeAll that starts a platform time enough to finish.',
    );
}, 120_000);
