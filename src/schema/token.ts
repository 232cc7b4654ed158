import { isGatewayError } from '../errors.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { ConnectionStatusEnum, RoleEnum, TokenFormatEnum, VideoProviderEnum } from './enums.js';
import { about, assertSessionAllowed, localId, parseLocalId, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { rules } from './limits.js';
import { tokenScope } from './scopes.js';
import { Connection, Session, Token } from './refs.js';

builder.node(Connection, {
  description: "A client's connection to a session.",
  id: { resolve: (c) => localId(c.provider, c.sessionId, c.connectionId) },
  // Read back from providers that list connections (OpenVidu); null elsewhere (OpenTok cannot).
  loadOne: async (id, ctx) => {
    const parsed = parseLocalId(id);
    const [sessionId, connectionId] = parsed?.parts ?? [];
    if (!parsed || !sessionId || !connectionId || !ctx.registry.has(parsed.provider)) return null;
    assertSessionAllowed(ctx, parsed.provider, sessionId, 'id');
    const provider = ctx.registry.get(parsed.provider);
    if (!provider.capabilities.connections) return null;
    const connections = await provider.listConnections(sessionId).catch((error: unknown) => {
      if (isGatewayError(error) && error.code === 'NOT_FOUND') return [];
      throw error;
    });
    return connections.find((c) => c.connectionId === connectionId) ?? null;
  },
  fields: (t) => ({
    connectionId: t.exposeString('connectionId'),
    session: t.field({ type: Session, resolve: (c) => localId(c.provider, c.sessionId) }),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (c) => c.role }),
    data: t.exposeString('data', { nullable: true, description: 'Data set by the server when the token was made.' }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.createdAt }),
    status: t.field({ type: ConnectionStatusEnum, nullable: true, resolve: (c) => c.status }),
    activeAt: t.field({ type: 'DateTime', nullable: true, description: 'When the client connected.', resolve: (c) => c.activeAt }),
    clientData: t.exposeString('clientData', { nullable: true, description: 'Data the client passed when it connected.' }),
    streamIds: t.exposeStringList('streamIds', { description: 'Streams this connection publishes.' }),
  }),
});

Token.implement({
  description: 'A client token: hand `token` (with `apiKey` and `sessionId` on OpenTok) to a client SDK to join the session.',
  fields: (t) => ({
    token: t.exposeString('token'),
    sessionId: t.exposeString('sessionId', { description: 'The provider-native session id.' }),
    session: t.field({ type: Session, resolve: (tk) => localId(tk.provider, tk.sessionId) }),
    provider: t.field({ type: VideoProviderEnum, resolve: (tk) => tk.provider }),
    apiKey: t.exposeString('apiKey', { nullable: true, description: 'OpenTok API key / Vonage application id; null for OpenVidu.' }),
    role: t.field({ type: RoleEnum, resolve: (tk) => tk.role }),
    data: t.exposeString('data', { nullable: true }),
    expiresAt: t.field({
      type: 'DateTime',
      description:
        "OpenTok: the token's own expiry. OpenVidu tokens do not expire by themselves: the gateway revokes the unused token (deletes its pending connection) at this time, best effort.",
      resolve: (tk) => tk.expiresAt,
    }),
    format: t.field({ type: TokenFormatEnum, resolve: (tk) => tk.format }),
    connection: t.field({
      type: Connection,
      nullable: true,
      description: 'Where the provider creates a connection eagerly (OpenVidu); null otherwise.',
      resolve: (tk) => tk.connection,
    }),
  }),
});

const KurentoOptionsInput = builder.inputType('KurentoOptionsInput', {
  description: 'OpenVidu (Kurento) limits for one connection; bandwidths in kbps, 0 = unconstrained.',
  fields: (t) => ({
    videoMaxRecvBandwidth: t.int({ validate: rules.bandwidth }),
    videoMinRecvBandwidth: t.int({ validate: rules.bandwidth }),
    videoMaxSendBandwidth: t.int({ validate: rules.bandwidth }),
    videoMinSendBandwidth: t.int({ validate: rules.bandwidth }),
    allowedFilters: t.stringList({ description: 'Filters the client may apply, e.g. "GStreamerFilter".', validate: rules.filters }),
  }),
});

const GenerateTokenInput = builder.inputType('GenerateTokenInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    role: t.field({ type: RoleEnum, description: 'Default PUBLISHER.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'Default 24 hours from now; at most 30 days.', validate: rules.expiresAt }),
    data: t.string({
      description: 'Connection data every client sees, at most 1000 characters. Never put secrets here.',
      validate: rules.tokenData,
    }),
    initialLayoutClassList: t.stringList({
      description: 'Layout classes of streams this client publishes (composed archives).',
      validate: rules.layoutClasses,
    }),
    format: t.field({ type: TokenFormatEnum, description: 'OpenTok: JWT (default) or the legacy T1. Other providers have one format.' }),
    record: t.boolean({ description: "OpenVidu: whether this connection's streams are recorded (INDIVIDUAL recordings). Default true." }),
    kurentoOptions: t.field({ type: KurentoOptionsInput, description: 'OpenVidu only.' }),
  }),
});

builder.mutationFields((t) => ({
  generateToken: t.field({
    authScopes: (_root, { input }) => ({ scope: tokenScope(input.role) }),
    type: Token,
    description: 'Mints a client token for a session. OpenTok tokens are signed locally (no upstream call).',
    args: { input: t.arg({ type: GenerateTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { field: 'input.sessionId', operation: 'generateToken', options });
      return about('input.sessionId', ref.provider, ref.sessionId, ref.provider.generateToken({ ...options, sessionId: ref.sessionId }));
    },
  }),
}));
