/**
 * The OpenTok face's routes in the control API: losing the next archive callbacks on purpose, the
 * files of available archives (their `url` points here) and the HLS playlists of broadcasts.
 */
import { z } from 'zod';
import { parseJsonObject } from '../../body.js';
import { badRequest, HttpError, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { archiveFile } from '../archiving.js';
import type { Runtime } from '../runtime.js';

const dropSchema = z.object({ times: z.number().int().min(1).max(1000).default(1) });

/** The control routes of a face of the OpenTok REST surface, under `controlPath` (`/emulator` for OpenTok). */
export function controlRoutes(rt: Runtime, controlPath = '/emulator'): Route[] {
  return [
    route('POST', `${controlPath}/callbacks/drop`, (ctx) => {
      const parsed = dropSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      rt.callbacks.dropNext({ times: parsed.data.times });
      return json(200, { pendingDrops: rt.callbacks.snapshot().pendingDrops });
    }),

    // The HLS playlist of a broadcast (its `broadcastUrls.hls`): a live media playlist with no
    // segments while it runs, so a player sees a stream that has not started yet rather than a
    // 404; ended once the broadcast stops. The emulator has no media to serve.
    route('GET', `${controlPath}/broadcasts/:id/playlist.m3u8`, (ctx) => {
      const broadcast = rt.broadcasts.get(ctx.params.id ?? '');
      if (!broadcast?.hls) throw new HttpError(404, 'Broadcast playlist not found');
      const lines = ['#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-TARGETDURATION:2', '#EXT-X-MEDIA-SEQUENCE:0'];
      if (broadcast.status === 'stopped') lines.push('#EXT-X-ENDLIST');
      return { status: 200, body: Buffer.from(`${lines.join('\n')}\n`), contentType: 'application/vnd.apple.mpegurl' };
    }),

    route('GET', `${controlPath}/archives/:file`, (ctx) => {
      const m = /^([0-9a-f-]{36})\.(mp4|zip)$/.exec(ctx.params.file ?? '');
      const archive = m?.[1] ? rt.archives.get(m[1]) : undefined;
      if (archive?.status !== 'available') throw new HttpError(404, 'Archive file not found');
      const expected = archive.outputMode === 'individual' ? 'zip' : 'mp4';
      if (m?.[2] !== expected) throw new HttpError(404, 'Archive file not found');
      return {
        status: 200,
        body: archiveFile(archive),
        contentType: expected === 'zip' ? 'application/zip' : 'video/mp4',
      };
    }),
  ];
}
