/**
 * The second step of `npm run build`: bundles the gateway's entry (src/main.ts and everything it
 * imports at start, dependencies included) into the one file `dist/main.js`, over the file tsc
 * emitted there. Node then reads, resolves and compiles one file instead of some 1,500, which is
 * most of the start time (docs/performance.md#startup). The rest of `dist/` stays tsc's output:
 * the standalone emulator runs from it, and the embedded one is loaded from it when it serves.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Loaded with `import()` only by the deployments that use them, and left out of the bundle so the
 * others never parse them: the tracing SDK (docs/operations.md#tracing), GraphiQL's assets (about
 * 9 MB) and the Redis client.
 */
const LAZY_PACKAGES = [
  '@opentelemetry/sdk-trace-node',
  '@opentelemetry/exporter-trace-otlp-http',
  '@opentelemetry/resources',
  '@graphql-yoga/render-graphiql',
  // Required by path at run time (src/logger.ts), only for pretty logs.
  'pino-pretty',
];

/**
 * Keeps what each module of src reads from `import.meta.url` as it was before bundling: the URL of
 * its own file in dist (tsc's layout), not the bundle's, so paths relative to a module (the
 * gateway's version read from package.json, for one) still resolve.
 */
function ownImportMetaUrl(src: string): Plugin {
  return {
    name: 'own-import-meta-url',
    setup(bundle) {
      bundle.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!path.startsWith(src) || !source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
        const emitted = `./${relative(src, path).replaceAll('\\', '/').replace(/\.ts$/, '.js')}`;
        return {
          contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(emitted)}, import.meta.url).href`),
          loader: 'ts',
        };
      });
    },
  };
}

/**
 * Leaves every `import()` of a module of src as a dynamic import of tsc's output of it (the
 * embedded emulator, the Redis event services): they load only in the deployments that use them,
 * with their dependencies, and the bundle never parses them. Modules of src keep no state at
 * module level, so the few they share with the bundle (the logger, the bus) may load twice.
 */
function lazyModulesOutside(src: string): Plugin {
  return {
    name: 'lazy-modules-outside',
    setup(bundle) {
      bundle.onResolve({ filter: /^\.\.?\// }, ({ path, importer, kind }) => {
        if (kind !== 'dynamic-import' || !importer.startsWith(src)) return undefined;
        const emitted = relative(src, join(dirname(importer), path)).replaceAll('\\', '/');
        return { path: `./${emitted}`, external: true };
      });
    },
  };
}

/**
 * Initialises `@apollo/subgraph` (and Apollo's federation-internals under it, about a tenth of the
 * start time) on the first call of its `printSubgraphSchema`, not when the federation plugin loads:
 * the gateway prints its subgraph SDL only when a router first asks for `_service`
 * (src/schema/subgraph-schema.ts). It stays in the bundle, with the bundle's one copy of graphql.
 * An import of any other export of the package fails the build.
 */
function subgraphOnFirstPrint(root: string): Plugin {
  const namespace = 'subgraph-on-first-print';
  return {
    name: namespace,
    setup(bundle) {
      bundle.onResolve({ filter: /^@apollo\/subgraph$/ }, ({ namespace: from }) =>
        from === namespace ? undefined : { path: '@apollo/subgraph', namespace },
      );
      bundle.onLoad({ filter: /.*/, namespace }, () => ({
        // esbuild turns this require() into the package's lazy initialiser.
        contents: "export const printSubgraphSchema = (schema) => require('@apollo/subgraph').printSubgraphSchema(schema);",
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/** Writes `dist/main.js` from `src/main.ts` under `root` (the repository). */
export async function bundleGateway(root: string): Promise<void> {
  const src = join(root, 'src');
  await build({
    entryPoints: [join(src, 'main.ts')],
    outfile: join(root, 'dist', 'main.js'),
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: LAZY_PACKAGES,
    // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as createBundleRequire } from 'node:module'; const require = createBundleRequire(import.meta.url);",
    },
    plugins: [ownImportMetaUrl(src), lazyModulesOutside(src), subgraphOnFirstPrint(root)],
    logLevel: 'warning',
  });
}

// `tsx scripts/bundle.ts`, as the build script runs it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleGateway(join(dirname(fileURLToPath(import.meta.url)), '..'));
}
