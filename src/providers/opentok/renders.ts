/**
 * Experience Composer renders on OpenTok (docs/providers/opentok.md#experience-composer):
 * `POST P/render` (202 with the render), `GET P/render/{id}`, `GET P/render?offset=&count=`,
 * `DELETE P/render/{id}` (204). Render ids are UUIDs.
 */
import { badInput, GatewayError } from '../../errors.js';
import type { ListRendersOptions, RenderInfo, RenderPage, RenderStatus, StartRenderOptions } from '../session-ops-types.js';
import type { ProviderName } from '../types.js';
import { checkPaging } from '../rest/paging.js';
import { pathSegment } from '../rest/path.js';
import { epochMs, text } from '../wire-values.js';
import type { OpenTokRestClient } from './client.js';
import { idNotUuid, surfacePlatform } from './platform-names.js';

/** Resolutions the composer renders at. */
const RENDER_RESOLUTIONS: readonly string[] = Object.freeze(['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920']);
/** Seconds a render may last. */
const MAX_DURATION = Object.freeze({ min: 60, max: 36_000 });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUSES: Readonly<Record<string, RenderStatus>> = {
  starting: 'STARTING',
  started: 'STARTED',
  stopped: 'STOPPED',
  failed: 'FAILED',
};

/** OpenTok's own rules, then the `POST P/render` body (only the fields that are set). */
export function planRender(options: StartRenderOptions, token: string): Record<string, unknown> {
  if (options.resolution !== undefined && !RENDER_RESOLUTIONS.includes(options.resolution)) {
    throw badInput('input.resolution', `must be one of ${RENDER_RESOLUTIONS.join(', ')}`);
  }
  if (options.maxDuration !== undefined && (options.maxDuration < MAX_DURATION.min || options.maxDuration > MAX_DURATION.max)) {
    throw badInput('input.maxDuration', `must be from ${MAX_DURATION.min} to ${MAX_DURATION.max} seconds`);
  }
  const body: Record<string, unknown> = { sessionId: options.sessionId, token, url: options.url };
  if (options.maxDuration !== undefined) body.maxDuration = options.maxDuration;
  if (options.resolution !== undefined) body.resolution = options.resolution;
  if (options.statusCallbackUrl !== undefined) body.statusCallbackUrl = options.statusCallbackUrl;
  if (options.name !== undefined) body.properties = { name: options.name };
  return body;
}

/**
 * A render DTO -> the neutral model; null when it is not recognisably a render (no id, session
 * id or known status). `projectId` (a string in recordings, `applicationId` on Vonage) is not read.
 */
export function toRenderInfo(dto: unknown, provider: ProviderName): RenderInfo | null {
  if (dto === null || typeof dto !== 'object' || Array.isArray(dto)) return null;
  const r = dto as Record<string, unknown>;
  const renderId = text(r.id);
  const sessionId = text(r.sessionId);
  const status = typeof r.status === 'string' ? STATUSES[r.status.toLowerCase()] : undefined;
  if (renderId === null || sessionId === null || status === undefined) return null;
  return {
    provider,
    renderId,
    sessionId,
    status,
    url: text(r.url),
    resolution: text(r.resolution),
    streamId: text(r.streamId),
    reason: text(r.reason),
    createdAt: epochMs(r.createdAt),
    updatedAt: epochMs(r.updatedAt),
  };
}

/** Render calls of one project, named `provider` in what they return. */
export class OpenTokRenders {
  constructor(
    private readonly rest: OpenTokRestClient,
    private readonly provider: ProviderName,
  ) {}

  /** Starts a render with an already minted token. */
  async start(options: StartRenderOptions, token: string): Promise<RenderInfo> {
    const json = planRender(options, token);
    return this.#render(await this.rest.projectJson({ operation: 'startRender', method: 'POST', path: '/render', json }), 'startRender');
  }

  /** Stops a render (204). */
  async stop(renderId: string): Promise<void> {
    if (!UUID.test(renderId)) {
      throw new GatewayError('NOT_FOUND', idNotUuid(surfacePlatform(this.provider), 'render'), { provider: this.provider });
    }
    await this.rest.projectSend({ operation: 'stopRender', method: 'DELETE', path: `/render/${pathSegment(renderId, 'id')}` });
  }

  /** One render; null on 404 or for an id that cannot be one. */
  async get(renderId: string): Promise<RenderInfo | null> {
    if (!UUID.test(renderId)) return null;
    const dto = await this.rest.projectJson({
      operation: 'getRender',
      method: 'GET',
      path: `/render/${pathSegment(renderId, 'id')}`,
      allow: [404],
    });
    return dto === null ? null : this.#render(dto, 'getRender');
  }

  /** A page of renders, newest first as OpenTok lists them; an item we cannot read is skipped. */
  async list(options: ListRendersOptions): Promise<RenderPage> {
    checkPaging(options);
    const page = await this.rest.projectList({
      operation: 'listRenders',
      method: 'GET',
      path: '/render',
      query: { offset: options.offset, count: options.count },
    });
    const items = page.items.map((item) => toRenderInfo(item, this.provider)).filter((r): r is RenderInfo => r !== null);
    return { items, totalCount: page.count };
  }

  #render(dto: unknown, operation: 'startRender' | 'getRender'): RenderInfo {
    const render = toRenderInfo(dto, this.provider);
    if (render === null) throw this.rest.unexpected(operation);
    return render;
  }
}
