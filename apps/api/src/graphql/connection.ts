import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Where a page of a list stands: whether there is more, and its first and last cursors.',
})
export class PageInfo {
  @Field({ description: 'Whether more follow this page (read on with `after: endCursor`).' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether more come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's first item; null when it is empty.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's last item; null when it is empty.",
  })
  endCursor!: string | null;
}

export function pageInfo(page: {
  items: Array<{ cursor: string }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}): PageInfo {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.items[0]?.cursor ?? null,
    endCursor: page.items.at(-1)?.cursor ?? null,
  };
}

export const FIRST_ARGUMENT = {
  type: () => Int,
  nullable: true,
  description: 'At most 100; 20 when left out.',
} as const;
