import { builder } from './builder.js';
import { ProviderInfo } from './providers.js';

builder.objectFields(ProviderInfo, (t) => ({
  streamLayoutClasses: t.boolean({ description: 'setStreamLayoutClasses.', resolve: (p) => p.provider.capabilities.streamLayoutClasses }),
  forceMute: t.boolean({ description: 'muteStream and muteSession.', resolve: (p) => p.provider.capabilities.forceMute }),
  renders: t.boolean({ description: 'Experience Composer renders.', resolve: (p) => p.provider.capabilities.renders }),
  audioConnector: t.boolean({ description: 'connectAudioStream.', resolve: (p) => p.provider.capabilities.audioConnector }),
  captions: t.boolean({ description: 'startCaptions and stopCaptions.', resolve: (p) => p.provider.capabilities.captions }),
  ipCameras: t.boolean({ description: 'connectIpCamera.', resolve: (p) => p.provider.capabilities.ipCameras }),
}));
