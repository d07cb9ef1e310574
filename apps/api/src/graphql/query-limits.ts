import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '#libs/errors';
import { LIST_CAPS } from './list-caps.js';

/** How deep a query may nest fields (`{ me { id } }` is 2 deep). */
export const MAX_DEPTH = 10;
/** How many aliases one request may use. */
export const MAX_ALIASES = 15;
/** What one request may cost: roughly how many values it could ask for (see `fieldCost`). */
export const MAX_COST = 10_000;
/** The most tokens a query may have: it is parsed and checked before anything else is, so keep it small. */
export const MAX_TOKENS = 5_000;
/**
 * Operations that guess or spend a secret (a password, an invitation code, a token): one each per request, so that
 * aliases cannot try many passwords in one request past the per-request limits.
 */
export const ONCE_PER_REQUEST = new Set([
  'login',
  'register',
  'refreshSession',
  'requestPasswordReset',
  'resetPassword',
  'changePassword',
  'deleteMyAccount',
]);

/**
 * A page asked for without `first`/`last` holds this many. A list without paging is priced at its cap (LIST_CAPS,
 * where the server cuts it), or at MAX_PAGE when it has none.
 */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
  /** How many times each ONCE_PER_REQUEST mutation is asked for. */
  once: Map<string, number>;
}

const EMPTY: Measure = { depth: 0, aliases: 0, cost: 0, once: new Map() };

/**
 * Measures one operation: its depth, aliases, cost and guessing mutations, with fragments expanded. Each fragment
 * is measured once and multiplied by its uses, so a "fragment bomb" costs no more to measure than to read.
 * Introspection fields (`__schema`, `__type`) are not counted: introspection is off in production.
 */
export class QueryMeasure {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Measure>();
  private readonly measuring = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown> = {},
    private readonly caps: Readonly<Record<string, number>> = LIST_CAPS,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  of(operation: OperationDefinitionNode): Measure {
    const root = this.schema.getRootType(operation.operation);
    return root ? this.selectionSet(operation.selectionSet, root) : EMPTY;
  }

  /** `page`: inside a connection, the page asked for, which its `edges` (or `nodes`) hold. */
  private selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType, page?: number): Measure {
    const total: Measure = { depth: 0, aliases: 0, cost: 0, once: new Map() };
    for (const selection of set.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) {
        part = this.field(selection, parent, page);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeFromAST(this.schema, selection.typeCondition) : parent;
        part = type && isCompositeType(type) ? this.selectionSet(selection.selectionSet, type, page) : EMPTY;
      } else {
        part = this.fragment(selection.name.value, page);
      }
      add(total, part);
    }
    return total;
  }

  private fragment(name: string, page: number | undefined): Measure {
    const key = `${name}/${page ?? ''}`;
    const known = this.measured.get(key);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.measuring.has(name)) return EMPTY; // a cycle: GraphQL's own validation refuses it
    this.measuring.add(name);
    const type = typeFromAST(this.schema, fragment.typeCondition);
    const measure =
      type && isCompositeType(type) ? this.selectionSet(fragment.selectionSet, type, page) : EMPTY;
    this.measuring.delete(name);
    this.measured.set(key, measure);
    return measure;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, page: number | undefined): Measure {
    const name = node.name.value;
    if (name.startsWith('__')) return { ...EMPTY, aliases: node.alias ? 1 : 0, once: new Map() };
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    const once = new Map<string, number>();
    if (ONCE_PER_REQUEST.has(name) && parent === this.schema.getMutationType()) once.set(name, 1);
    const own: Measure = { depth: 1, aliases: node.alias ? 1 : 0, cost: 1, once };
    const childType = definition ? getNamedType(definition.type) : undefined;
    if (!node.selectionSet || !childType || !isCompositeType(childType)) return own;
    const size = this.pageSize(node, definition!);
    const isConnection = childType.name.endsWith('Connection');
    // A connection's page is counted at its edges, not at its totalCount, pageInfo or facets.
    const children = this.selectionSet(node.selectionSet, childType, isConnection ? size : undefined);
    const inConnection = parent.name.endsWith('Connection') && (name === 'edges' || name === 'nodes');
    let times = 1;
    if (inConnection) times = page ?? DEFAULT_PAGE;
    else if (size !== undefined) times = isConnection ? 1 : size;
    else if (isListType(getNullableType(definition!.type)))
      times = this.caps[`${parent.name}.${name}`] ?? MAX_PAGE;
    return {
      depth: 1 + children.depth,
      aliases: own.aliases + children.aliases,
      cost: 1 + times * children.cost,
      once: merge(once, children.once, 1),
    };
  }

  /** The page a field with `first`/`last` is asked for (its default, or 20, when left out); undefined without. */
  private pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    const paging = definition.args.filter((arg) => arg.name === 'first' || arg.name === 'last');
    if (paging.length === 0) return undefined;
    const asked = paging.flatMap((arg) => {
      const given = this.argument(node, arg.name);
      const size = typeof given === 'number' ? given : arg.defaultValue;
      return typeof size === 'number' ? [size] : [];
    });
    return Math.min(MAX_PAGE, Math.max(0, asked.length > 0 ? Math.max(...asked) : DEFAULT_PAGE));
  }

  private argument(node: FieldNode, name: string): unknown {
    const value: ValueNode | undefined = node.arguments?.find((arg) => arg.name.value === name)?.value;
    if (!value) return undefined;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) return this.variables[value.name.value];
    return undefined;
  }
}

function merge(into: Map<string, number>, from: Map<string, number>, times: number): Map<string, number> {
  for (const [name, count] of from) into.set(name, (into.get(name) ?? 0) + count * times);
  return into;
}

function add(total: Measure, part: Measure): void {
  total.depth = Math.max(total.depth, part.depth);
  total.aliases += part.aliases;
  total.cost += part.cost;
  merge(total.once, part.once, 1);
}

/** Why this operation is refused, in plain words, or undefined when it is within every limit. */
export function refusalOf(measure: Measure): string | undefined {
  if (measure.depth > MAX_DEPTH) {
    return `This query is nested ${measure.depth} levels deep; at most ${MAX_DEPTH} are allowed.`;
  }
  if (measure.aliases > MAX_ALIASES) {
    return `This query uses ${measure.aliases} aliases; at most ${MAX_ALIASES} are allowed.`;
  }
  for (const [name, count] of measure.once) {
    if (count > 1) return `Only one ${name} is allowed in a request (this one has ${count}).`;
  }
  if (measure.cost > MAX_COST) {
    return (
      `This query asks for too much at once (a cost of ${measure.cost.toLocaleString('en-GB')}; at most ` +
      `${MAX_COST.toLocaleString('en-GB')}). Ask for smaller pages (first) or fewer lists inside lists.`
    );
  }
  return undefined;
}

/**
 * Refuses, before anything runs, an operation nested too deep, with too many aliases, asking for a guessing mutation
 * (login...) more than once, or too costly: BAD_USER_INPUT with the reason, HTTP 400. Cost counts each field once
 * and each list's selection as many times as the page asked for (`first`/`last`, 20 when left out) or, for a list
 * without paging, its cap (LIST_CAPS, where the server cuts it); the variables' values are known here.
 */
export function queryLimitsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const refusal = refusalOf(
            new QueryMeasure(schema, document, request.variables ?? {}).of(operation),
          );
          if (!refusal) return Promise.resolve();
          return Promise.reject(
            new GraphQLError(refusal, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            }),
          );
        },
      });
    },
  };
}
