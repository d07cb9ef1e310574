import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationError } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import type { MemberView } from '../profile/member-view.js';
import { LeaderType } from '../profile/profile-enums.js';
import { ProfileReader } from '../profile/profile-reader.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';

export interface PeerSuggestion {
  member: MemberView;
  score: number;
  reasons: string[];
}

interface SuggestionRow {
  member_id: string;
  score: number;
  complementary: boolean;
  shared_topics: number[];
  same_region: boolean;
  same_cohort: boolean;
  leader_type: LeaderType | null;
}

export const MAX_SUGGESTIONS = 50;
const LIVED = ['PATIENT_LEADER', 'CARER_LEADER'];
const PROFESSIONAL = ['HEALTHCARE_PROFESSIONAL', 'HEALTHCARE_MANAGER'];
const LEADER_NAMES: Record<LeaderType, string> = {
  PATIENT_LEADER: 'patient leader',
  CARER_LEADER: 'carer leader',
  HEALTHCARE_PROFESSIONAL: 'healthcare professional',
  HEALTHCARE_MANAGER: 'healthcare manager',
  COMMUNITY_LEADER: 'community leader',
  OTHER: 'leader',
};

/**
 * Suggests collaborative pairs: members open to pairing, ranked by a complementary perspective (lived
 * experience with professional, either way) first, then shared topics, the same region and cohort. Only what
 * each candidate shows every member is compared. Leaves out the viewer, members already paired (with anyone),
 * anyone with whom the viewer already has a request open, and anyone either of them blocked.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
  ) {}

  async suggestedPeers(viewer: Viewer, first = 10): Promise<PeerSuggestion[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
      throw new ValidationError({ first: `Ask for 1 to ${MAX_SUGGESTIONS} suggestions.` });
    }
    const rows: SuggestionRow[] = await this.dataSource.query(
      `WITH me AS (
         SELECT leader_type::text AS leader, region_code, topic_ids, cohort_id FROM member_profiles WHERE member_id = $1
       ),
       scored AS (
         SELECT p.member_id, p.name_key, p.leader_type,
                coalesce((me.leader = ANY($3) AND p.leader_type::text = ANY($4)) OR (me.leader = ANY($4) AND p.leader_type::text = ANY($3)), false) AS complementary,
                ARRAY(SELECT unnest(p.dir_topic_ids) INTERSECT SELECT unnest(me.topic_ids) ORDER BY 1) AS shared_topics,
                coalesce(p.dir_region_code = me.region_code, false) AS same_region,
                coalesce(p.dir_cohort_id = me.cohort_id, false) AS same_cohort
           FROM member_profiles p CROSS JOIN me
          WHERE p.in_directory AND p.open_to_pairing AND p.member_id <> $1
            AND NOT EXISTS (
              SELECT 1 FROM pairing_requests r
               WHERE (r.status = 'ACCEPTED' AND (r.requester_id = p.member_id OR r.recipient_id = p.member_id))
                  OR (r.status = 'PENDING' AND ((r.requester_id = $1 AND r.recipient_id = p.member_id)
                                             OR (r.recipient_id = $1 AND r.requester_id = p.member_id))))
            AND NOT EXISTS (
              SELECT 1 FROM member_blocks b
               WHERE (b.blocker_id = $1 AND b.blocked_id = p.member_id)
                  OR (b.blocker_id = p.member_id AND b.blocked_id = $1))
       )
       SELECT member_id, leader_type, complementary, shared_topics, same_region, same_cohort,
              (complementary::int * 4 + least(cardinality(shared_topics), 3) * 1.5
               + same_region::int * 1.5 + same_cohort::int)::float8 AS score
         FROM scored
        ORDER BY score DESC, name_key, member_id
        LIMIT $2`,
      [viewer.memberId, first, LIVED, PROFESSIONAL],
    );
    const views = new Map(
      (
        await this.profiles.viewMany(
          viewer,
          rows.map((r) => r.member_id),
        )
      ).map((v) => [v.id, v]),
    );
    const mine = (await this.profiles.viewMany(viewer, [viewer.memberId]))[0];
    const { topicsById, regionsByCode, cohortsById } = await this.taxonomy.lookup();
    return rows.flatMap((row) => {
      const member = views.get(row.member_id);
      if (!member) return [];
      const reasons: string[] = [];
      if (row.complementary && row.leader_type && mine?.leaderType) {
        reasons.push(
          `A ${LEADER_NAMES[row.leader_type]}: a perspective that complements yours as a ${LEADER_NAMES[mine.leaderType]}`,
        );
      }
      if (row.shared_topics.length) {
        const names = row.shared_topics
          .flatMap((id) => topicsById.get(id)?.name ?? [])
          .sort((a, b) => a.localeCompare(b));
        reasons.push(`Shares ${names.length} topic${names.length === 1 ? '' : 's'}: ${names.join(', ')}`);
      }
      if (row.same_region && member.regionCode)
        reasons.push(`Also in ${regionsByCode.get(member.regionCode)?.name ?? member.regionCode}`);
      if (row.same_cohort && member.cohortId) {
        const cohort = cohortsById.get(member.cohortId);
        reasons.push(`Same cohort${cohort ? `: ${cohort.name} ${cohort.year}` : ''}`);
      }
      if (reasons.length === 0) reasons.push('Open to pairing');
      return [{ member, score: row.score, reasons }];
    });
  }
}
