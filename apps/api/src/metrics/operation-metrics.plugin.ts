import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import {
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LATENCY_BUCKETS, MetricsRegistry, type Histogram } from '#libs/metrics';

/** The label for anything that is not a name in the schema: a request that did not parse or validate, `__typename`. */
export const OTHER = 'other';

/**
 * Times each GraphQL request from arrival to its answer, labelled by operation type and the first root field's name
 * (`mutation` / `postMessage`). The field is named as in the schema, never as the client wrote it (an alias is
 * ignored; a name the schema does not have is `other`), so the label values are bounded by the schema.
 */
@Plugin()
export class OperationMetricsPlugin implements ApolloServerPlugin {
  private readonly duration: Histogram<'operation_type' | 'root_field'>;

  constructor(@Inject(MetricsRegistry) metrics: MetricsRegistry) {
    this.duration = metrics.histogram({
      name: 'confer_graphql_operation_duration_seconds',
      help: 'GraphQL requests, from arrival to the answer, by operation type and root field.',
      labelNames: ['operation_type', 'root_field'] as const,
      buckets: LATENCY_BUCKETS,
    });
  }

  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const stop = this.duration.startTimer();
    return Promise.resolve({
      willSendResponse: ({ operation, document, schema }) => {
        stop(operationLabels(schema, document, operation));
        return Promise.resolve();
      },
    });
  }
}

export function operationLabels(
  schema: GraphQLSchema,
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined | null,
): { operation_type: string; root_field: string } {
  if (!operation || !document) return { operation_type: OTHER, root_field: OTHER };
  const root = schema.getRootType(operation.operation);
  const name = firstField(operation.selectionSet, document, new Set());
  return {
    operation_type: operation.operation,
    root_field: name !== undefined && root?.getFields()[name] ? name : OTHER,
  };
}

/** The first field asked for, looking into fragments at the root. */
function firstField(
  selections: SelectionSetNode,
  document: DocumentNode,
  seen: Set<string>,
): string | undefined {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) return selection.name.value;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const name = firstField(selection.selectionSet, document, seen);
      if (name !== undefined) return name;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      const name =
        fragment?.kind === Kind.FRAGMENT_DEFINITION
          ? firstField(fragment.selectionSet, document, seen)
          : undefined;
      if (name !== undefined) return name;
    }
  }
  return undefined;
}
