import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { BlockingService } from './blocking/blocking.service.js';
import { DirectoryService } from './directory/directory.service.js';
import { PairingService } from './pairing/pairing.service.js';
import { SuggestionsService } from './pairing/suggestions.service.js';
import { GroupPeers, NoGroupPeers } from './profile/group-peers.js';
import { ProfileReader } from './profile/profile-reader.js';
import { ProfileWriter } from './profile/profile-writer.js';
import { TaxonomyService } from './taxonomy/taxonomy.service.js';

const SERVICES = [
  TaxonomyService,
  ProfileReader,
  ProfileWriter,
  DirectoryService,
  PairingService,
  SuggestionsService,
  BlockingService,
];

/** Profiles, the directory, the taxonomy and collaborative pairs. Needs IdentityModule (global). */
@Module({})
export class MembersModule {
  /** `groupPeers`: who shares a group with whom; the groups domain provides it once it exists. */
  static forRoot(options: { groupPeers?: Type<GroupPeers> } = {}): DynamicModule {
    return {
      module: MembersModule,
      global: true,
      providers: [...SERVICES, { provide: GroupPeers, useClass: options.groupPeers ?? NoGroupPeers }],
      exports: [...SERVICES, GroupPeers],
    };
  }
}
