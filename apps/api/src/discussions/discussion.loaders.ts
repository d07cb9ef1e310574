import DataLoader from 'dataloader';
import type {
  HistoryService,
  Message,
  ReactionService,
  ReactionSummary,
  ThreadService,
} from '#libs/discussions';
import type { Viewer } from '#libs/identity';
import { perRequestValue } from '../graphql/request-cache.js';

export interface DiscussionLoaders {
  reactions: DataLoader<string, ReactionSummary[]>;
  message: DataLoader<string, Message | null>;
  unreadCount: DataLoader<string, number>;
}

/** Per-request loaders: a page of messages with reactions and parents costs the same for 10 or 100. */
export function discussionLoaders(
  request: object,
  viewer: Viewer,
  services: { reactions: ReactionService; history: HistoryService; threads: ThreadService },
): DiscussionLoaders {
  return perRequestValue(request, 'discussions', () => ({
    reactions: new DataLoader<string, ReactionSummary[]>(async (ids) => {
      const summaries = await services.reactions.summaries(viewer, [...ids]);
      return ids.map((id) => summaries.get(id) ?? []);
    }),
    message: new DataLoader<string, Message | null>(async (ids) => {
      const messages = await services.history.byIds([...ids]);
      return ids.map((id) => messages.get(id) ?? null);
    }),
    unreadCount: new DataLoader<string, number>(async (ids) => {
      const counts = await services.threads.unreadCounts(viewer, [...ids]);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  }));
}
