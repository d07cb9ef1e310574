import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ConsentKind } from '#libs/members';

registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  description: 'LIVED_EXPERIENCE: keeping the lived experience on your profile (health information).',
  valuesMap: {
    LIVED_EXPERIENCE: { description: 'Keeping the lived experience on your profile (health information).' },
  },
});

@ObjectType('Consent', { description: 'A consent you gave, to these words; withdrawn ones stay on record.' })
export class ConsentType {
  @Field(() => ConsentKind, { description: 'What the consent is for.' })
  kind!: ConsentKind;

  @Field({ description: 'The words you agreed to, with their version in front.' })
  wording!: string;

  @Field({ description: 'When you gave it.' })
  givenAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When you withdrew it; null while it stands.' })
  withdrawnAt!: Date | null;
}

/** Any JSON value: an object, array, string, number, boolean or null (ECMA-404). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value (ECMA-404): an object, array, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => literalValue(node, variables ?? undefined),
});

function literalValue(node: ValueNode, variables: Record<string, unknown> | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((item) => literalValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalValue(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      throw new GraphQLError('This is not a JSON value.');
  }
}
