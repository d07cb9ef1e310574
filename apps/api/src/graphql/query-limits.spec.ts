import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { LIST_CAPS } from './list-caps.js';
import { MAX_COST, QueryMeasure, refusalOf } from './query-limits.js';

const schema = buildSchema(`
  type Query { me: Member, members(first: Int, after: String): MemberConnection!, topics: [Topic!]! }
  type Mutation { login(email: String!): Token!, logout: Boolean! }
  type Token { token: String! }
  type Topic { slug: String!, name: String! }
  type Member { id: ID!, name: String!, topics: [Topic!]!, peers(first: Int = 5): [Member!]!, friends(first: Int): MemberConnection! }
  type MemberConnection { totalCount: Int!, edges: [MemberEdge!]!, pageInfo: PageInfo! }
  type MemberEdge { cursor: String!, node: Member! }
  type PageInfo { hasNextPage: Boolean! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return new QueryMeasure(schema, document, variables, { 'Query.topics': 10 }).of(operation);
}

describe('measuring a query', () => {
  it('counts depth through fragments, and leaves introspection out', () => {
    expect(measure('{ me { id } }').depth).toBe(2);
    expect(measure('{ me { ...M } } fragment M on Member { peers { ... on Member { id } } }').depth).toBe(3);
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(0);
  });

  it('counts a page at its edges, not at the connection’s totalCount or pageInfo', () => {
    // members: 1 + totalCount 1 + pageInfo 2 + edges (1 + 50 x (node 1 + id 1))
    expect(
      measure('{ members(first: 50) { totalCount pageInfo { hasNextPage } edges { node { id } } } }').cost,
    ).toBe(1 + 1 + 2 + 1 + 50 * 2);
    // Left out, a page is 20; a list's own default is used; a list without paging is priced at its cap, or at
    // the largest page (100) when it has none.
    expect(measure('{ members { edges { node { id } } } }').cost).toBe(1 + 1 + 20 * 2);
    expect(measure('{ me { peers { id } } }').cost).toBe(1 + 1 + 5 * 1);
    expect(measure('{ topics { slug } }').cost).toBe(1 + 10 * 1);
    expect(measure('{ me { topics { slug } } }').cost).toBe(1 + 1 + 100 * 1);
    // From the variables, and never more than the largest page there is.
    expect(measure('query($n: Int) { members(first: $n) { edges { node { id } } } }', { n: 7 }).cost).toBe(
      1 + 1 + 7 * 2,
    );
    expect(measure('{ members(first: 100000) { edges { node { id } } } }').cost).toBe(1 + 1 + 100 * 2);
  });

  it('refuses lists of lists that multiply, and measures a fragment bomb without expanding it', () => {
    const nested = measure(
      '{ members(first: 100) { edges { node { friends(first: 100) { edges { node { id name } } } } } } }',
    );
    expect(nested.cost).toBeGreaterThan(MAX_COST);
    expect(refusalOf(nested)).toMatch(/asks for too much at once/);

    const fragments = Array.from(
      { length: 40 },
      (_, i) =>
        `fragment F${i} on Member { a${i}: peers(first: 1) { ...F${i + 1} } b${i}: peers(first: 1) { ...F${i + 1} } }`,
    ).join('\n');
    const started = Date.now();
    const bomb = measure(`{ me { ...F0 } } ${fragments} fragment F40 on Member { id }`);
    expect(Date.now() - started).toBeLessThan(500);
    expect(bomb.aliases).toBeGreaterThan(2 ** 40);
    expect(refusalOf(bomb)).toBeDefined();
  });

  it('counts guessing mutations however they are spelt', () => {
    const twice = measure(
      'mutation { ...A b: login(email: "y") { token } } fragment A on Mutation { a: login(email: "x") { token } }',
    );
    expect(twice.once.get('login')).toBe(2);
    expect(refusalOf(twice)).toBe('Only one login is allowed in a request (this one has 2).');
    expect(refusalOf(measure('mutation { login(email: "x") { token } logout }'))).toBeUndefined();
  });
});

describe('lists without paging (issue 17)', () => {
  it('gives every such list of the real schema a cap, and none that is not one', () => {
    const real = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
    const unpaged: string[] = [];
    for (const type of Object.values(real.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        const paged = field.args.some((arg) => arg.name === 'first');
        if (!paged && isListType(getNullableType(field.type))) unpaged.push(`${type.name}.${field.name}`);
      }
    }
    expect(Object.keys(LIST_CAPS).sort()).toEqual(unpaged.sort());
  });
});
