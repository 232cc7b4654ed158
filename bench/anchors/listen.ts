/** How an anchor server starts: on a free loopback port, which it prints for the bench to read. */
import type { Server } from 'node:http';

/** Listens on 127.0.0.1 (a free port) and prints `listening <port>` on stdout. */
export function listenAndAnnounce(server: Server): void {
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    process.stdout.write(`listening ${port}\n`);
  });
}
