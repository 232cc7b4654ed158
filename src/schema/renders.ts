import { GatewayError } from '../errors.js';
import type { VideoProvider } from '../providers/types.js';
import type { RenderInfo, RenderStatus } from '../providers/session-ops-types.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import type { Context } from './context.js';
import { VideoProviderEnum } from './enums.js';
import { featureIdArg } from './feature-ids.js';
import { about, assertSessionAllowed, isRestrictedToSessions, localId, parseLocalId, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { rules, sessionOpsRules } from './limits.js';
import { type OffsetPage, offsetPage } from './pagination.js';
import { Session } from './refs.js';

const RENDER_STATUSES = ['STARTING', 'STARTED', 'STOPPED', 'FAILED'] as const satisfies readonly RenderStatus[];

const RenderStatusEnum = builder.enumType('RenderStatus', {
  description: 'Where an Experience Composer render is in its life.',
  values: RENDER_STATUSES,
});

const Render = builder.objectRef<RenderInfo>('Render');

builder.node(Render, {
  description: 'An Experience Composer render: a web page loaded by the platform and published into a session as a stream.',
  id: { resolve: (r) => localId(r.provider, r.renderId) },
  loadOne: async (id, ctx) => {
    const parsed = parseLocalId(id);
    const renderId = parsed?.parts[0];
    if (!parsed || !renderId || !ctx.registry.has(parsed.provider)) return null;
    const provider = ctx.registry.get(parsed.provider);
    if (!provider.capabilities.renders) return null;
    return allowed(ctx, await provider.getRender(renderId));
  },
  fields: (t) => ({
    renderId: t.exposeString('renderId', { description: 'The provider-native render id.' }),
    session: t.field({ type: Session, resolve: (r) => localId(r.provider, r.sessionId) }),
    provider: t.field({ type: VideoProviderEnum, resolve: (r) => r.provider }),
    status: t.field({ type: RenderStatusEnum, resolve: (r) => r.status }),
    url: t.exposeString('url', { nullable: true, description: 'The page being rendered.' }),
    resolution: t.exposeString('resolution', { nullable: true }),
    streamId: t.exposeString('streamId', { nullable: true, description: 'The stream it publishes, once it does.' }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why it stopped or failed, as the provider says.' }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.updatedAt }),
  }),
});

const RenderConnection = builder.connectionObject(
  {
    type: Render,
    name: 'RenderConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many renders the provider holds, across all pages.',
        resolve: (c) => (c as unknown as RenderPageShape).totalCount,
      }),
    }),
  },
  { name: 'RenderEdge' },
);

const StartRenderInput = builder.inputType('StartRenderInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id (must be ROUTED).' }),
    url: t.string({
      required: true,
      description: 'The http(s) page to load; it must run without anyone interacting.',
      validate: sessionOpsRules.httpUrl,
    }),
    maxDuration: t.int({
      description: 'Seconds before it stops by itself (OpenTok: 60-36000, default 1800).',
      validate: sessionOpsRules.runSeconds,
    }),
    resolution: t.string({
      description: 'e.g. "1280x720" (OpenTok: 640x480, 480x640, 1280x720, 720x1280, 1920x1080, 1080x1920).',
      validate: rules.resolution,
    }),
    statusCallbackUrl: t.string({ description: 'Where the provider posts status changes.', validate: sessionOpsRules.httpUrl }),
    name: t.string({ description: 'The name of the stream it publishes.', validate: sessionOpsRules.renderName }),
  }),
});

const CURSOR_PREFIX = 'render-offset:';

type RenderPageShape = OffsetPage<RenderInfo, number>;

/** A render the caller may see: its session must be in the caller's `video_sessions` claim. */
function allowed(ctx: Context, render: RenderInfo | null, field = 'id'): RenderInfo | null {
  if (render) assertSessionAllowed(ctx, render.provider, render.sessionId, field);
  return render;
}

/** One page of a provider's renders, newest first; the cursor is the offset in the provider's list. */
async function renderPage(provider: VideoProvider, args: { first?: number | null; after?: string | null }): Promise<RenderPageShape> {
  return offsetPage(args, CURSOR_PREFIX, (offset, count) => provider.listRenders({ offset, count }));
}

builder.queryFields((t) => ({
  render: t.field({
    authScopes: { scope: 'video:sessions:read' },
    type: Render,
    nullable: true,
    description: 'A render by global id or provider-native render id; null when the provider does not know it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = featureIdArg(ctx, String(id), 'id', 'Render', 'renders');
      requireSupport(ref.provider, { feature: 'renders', field: 'id' });
      return allowed(ctx, await ref.provider.getRender(ref.nativeId));
    },
  }),
  renders: t.field({
    authScopes: { scope: 'video:sessions:read' },
    type: RenderConnection,
    description: 'The renders of one provider (the default provider when none is named), newest first.',
    args: {
      provider: t.arg({ type: VideoProviderEnum }),
      first: t.arg.int({ description: '1-100, default 20.', validate: rules.pageSize }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      if (isRestrictedToSessions(ctx)) {
        throw new GatewayError(
          'FORBIDDEN',
          'renders: the caller token is limited to some sessions (video_sessions claim); read renders one by one with render(id)',
          {
            field: 'renders',
          },
        );
      }
      const provider = args.provider ? ctx.registry.get(args.provider, 'provider') : ctx.registry.defaultProvider;
      requireSupport(provider, { feature: 'renders', field: args.provider ? 'provider' : 'renders' });
      return renderPage(provider, args);
    },
  }),
}));

builder.mutationFields((t) => ({
  startRender: t.field({
    authScopes: { scope: 'video:sessions:write' },
    type: Render,
    description: 'Starts an Experience Composer render: the page is loaded and published into the session as a stream.',
    args: { input: t.arg({ type: StartRenderInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'renders', field: 'input.sessionId' });
      return about('input.sessionId', ref.provider, ref.sessionId, ref.provider.startRender({ ...options, sessionId: ref.sessionId }));
    },
  }),
  stopRender: t.boolean({
    authScopes: { scope: 'video:sessions:write' },
    description: 'Stops a render; its stream leaves the session. The render stays readable, with status STOPPED.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = featureIdArg(ctx, String(id), 'id', 'Render', 'renders');
      requireSupport(ref.provider, { feature: 'renders', field: 'id' });
      if (isRestrictedToSessions(ctx)) allowed(ctx, await ref.provider.getRender(ref.nativeId));
      await about('id', ref.provider, ref.nativeId, ref.provider.stopRender(ref.nativeId));
      return true;
    },
  }),
}));
