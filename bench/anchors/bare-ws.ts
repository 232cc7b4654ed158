/**
 * The fan-out anchor: the least a Node process can do to deliver one event to N WebSocket
 * subscribers on this machine. It speaks just enough graphql-transport-ws for the bench's clients
 * (bench/fan-out-clients.ts): `connection_ack` to any `connection_init`, and it remembers each
 * `subscribe` id. A POST to `/webhooks/opentok` is answered at once, then a fixed `next` frame
 * naming the posted archive goes to every subscriber in one synchronous loop: no auth, no GraphQL,
 * no queue. What remains is the cost of writing N sockets, which the gateway pays too.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { listenAndAnnounce } from './listen.js';

/** The subscribers, by socket: the id each one subscribed with. */
const subscribers = new Map<WebSocket, string>();

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/metrics') {
    res.end(`video_subscriptions_active{transport="ws"} ${subscribers.size}\n`);
    return;
  }
  if (req.method !== 'POST' || req.url !== '/webhooks/opentok') {
    res.writeHead(404).end();
    return;
  }
  void bodyOf(req).then((text) => {
    const { id } = JSON.parse(text) as { id: string };
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    const payload = JSON.stringify({ data: { archiveStatusChanged: { status: 'STARTED', archive: { archiveId: id } } } });
    for (const [socket, subscription] of subscribers) {
      socket.send(`{"id":${JSON.stringify(subscription)},"type":"next","payload":${payload}}`);
    }
  });
});

const wss = new WebSocketServer({ server, path: '/graphql', handleProtocols: () => 'graphql-transport-ws' });
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
    else if (message.type === 'subscribe' && message.id) subscribers.set(socket, message.id);
    else if (message.type === 'ping') socket.send('{"type":"pong"}');
  });
  socket.on('close', () => subscribers.delete(socket));
});

listenAndAnnounce(server);
