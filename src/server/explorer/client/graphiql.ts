/// <reference lib="dom" />
/**
 * The query page: GraphiQL (schema docs, autocompletion, Ctrl+Enter to run, errors shown in the
 * result pane), bundled with React by esbuild; nothing is loaded from elsewhere.
 */
import 'graphiql/graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './examples';

const container = document.getElementById('graphiql');
if (container) {
  const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).href });
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: EXAMPLE_TABS,
      defaultEditorToolsVisibility: true,
      // A visitor's own tabs from an earlier visit would hide the examples.
      storage: undefined,
      shouldPersistHeaders: false,
    }),
  );
}
