/**
 * Anchor A: a bare `node:http` server answering a fixed small JSON body, the ceiling of what one
 * Node process serves on this machine.
 */
import { createServer } from 'node:http';
import { listenAndAnnounce } from './listen.js';

const body = JSON.stringify({ data: { hello: 'world' } });

listenAndAnnounce(
  createServer((req, res) => {
    // Read the request body to its end, as every other server here does.
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  }),
);
