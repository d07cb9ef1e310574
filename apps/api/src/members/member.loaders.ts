import DataLoader from 'dataloader';
import type { Viewer } from '#libs/identity';
import type { MemberView, PairingService, ProfileReader } from '#libs/members';
import { perRequestValue } from '../graphql/request-cache.js';

export interface MemberLoaders {
  /** Views of members by id (null when the viewer may not reach them): one query per batch. */
  member: DataLoader<string, MemberView | null>;
  /** Who each member is paired with: one query per batch. */
  pairedWith: DataLoader<string, string[]>;
}

/** The loaders of one request, made on first use: what a page of members needs costs the same for 10 or 100. */
export function memberLoaders(
  request: object,
  viewer: Viewer,
  services: { profiles: ProfileReader; pairing: PairingService },
): MemberLoaders {
  return perRequestValue(request, 'members', () => ({
    member: new DataLoader<string, MemberView | null>(async (ids) => {
      const views = new Map((await services.profiles.viewMany(viewer, [...ids])).map((v) => [v.id, v]));
      return ids.map((id) => views.get(id) ?? null);
    }),
    pairedWith: new DataLoader<string, string[]>(async (ids) => {
      const partners = await services.pairing.pairedWith([...ids]);
      return ids.map((id) => partners.get(id) ?? []);
    }),
  }));
}
