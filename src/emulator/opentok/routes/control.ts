/**
 * The OpenTok face's routes in the control API: losing the next archive callbacks on purpose, and
 * the files of available archives (their `url` points here).
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
