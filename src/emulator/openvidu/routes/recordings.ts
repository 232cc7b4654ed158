/**
 * Recording endpoints (docs/providers/openvidu.md#recordings) and the recording files. Start evaluates in the
 * server's order: 501 (module off) -> 400 (session param) -> 404 (unknown session) -> 409
 * (RELAYED or already recording) / 406 (nobody connected) -> 400/422 (properties, reported with
 * the quirky path `/openvidu/api/sessions`). Most errors have an empty body.
 */
import { empty, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { emptyError, OpenViduError } from '../errors.js';
import type { OpenViduRuntime } from '../runtime.js';
import { participants } from '../model.js';
import { checked, parseRecordingProperties } from '../properties.js';
import { jsonBody } from '../request.js';

const BASE = '/openvidu/api/recordings';
/** Where `/recordings/start` reports its 400/422 errors (a server quirk). */
const START_ERROR_PATH = '/openvidu/api/sessions';

export function recordingRoutes(ov: OpenViduRuntime): Route[] {
  const { platform, recorder } = ov;
  const enabled = (): void => {
    if (!ov.settings.recording) throw emptyError(501);
  };
  const existing = (id: string | undefined) => {
    const recording = recorder.get(id ?? '');
    if (!recording) throw emptyError(404);
    return recording;
  };

  return [
    route('POST', `${BASE}/start`, (ctx) => {
      const params = jsonBody(ctx, true);
      enabled();
      const sessionId = params.session ?? null;
      if (typeof sessionId !== 'string') {
        throw new OpenViduError(400, sessionId === null ? '"session" parameter is mandatory' : 'Type error in some parameter', {
          path: START_ERROR_PATH,
        });
      }
      const session = platform.session(sessionId);
      if (!session) throw emptyError(404);
      if (session.properties.mediaMode === 'RELAYED' || platform.isRecording(session)) throw emptyError(409);
      if (!session.active || participants(session).length === 0) throw emptyError(406);
      const properties = checked(
        () => parseRecordingProperties(params, session.properties.defaultRecordingProperties, true),
        START_ERROR_PATH,
      );
      return json(200, recorder.toJson(platform.startRecording(session, properties)));
    }),

    route('POST', `${BASE}/stop/:recordingId`, (ctx) => {
      enabled();
      const recording = existing(ctx.params.recordingId);
      if (recording.status === 'starting') throw emptyError(406);
      if (recording.status !== 'started') throw emptyError(409);
      return json(200, recorder.toJson(platform.stopRecordingByUser(recording)));
    }),

    route('GET', BASE, () => {
      enabled();
      const items = recorder.list().map((r) => recorder.toJson(r));
      return json(200, { count: items.length, items });
    }),

    route('GET', `${BASE}/:recordingId`, (ctx) => {
      enabled();
      return json(200, recorder.toJson(existing(ctx.params.recordingId)));
    }),

    route('DELETE', `${BASE}/:recordingId`, (ctx) => {
      enabled();
      const recording = existing(ctx.params.recordingId);
      if (recording.status === 'starting' || recording.status === 'started') throw emptyError(409);
      recorder.delete(recording);
      return empty(204);
    }),

    // The files: Basic auth too (OPENVIDU_RECORDING_PUBLIC_ACCESS=false, the default).
    route('GET', '/openvidu/recordings/:recordingId/:file', (ctx) => {
      const file = recorder.file(ctx.params.recordingId ?? '', ctx.params.file ?? '');
      if (!file) throw new OpenViduError(404, 'Recording file not found');
      return { status: 200, body: file.body, contentType: file.contentType };
    }),
  ];
}
