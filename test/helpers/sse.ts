/** Reads the `data:` events of a GraphQL-over-SSE (distinct connections) response, as they come. */
export function eventReader(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: any[] = [];
  let buffer = '';
  return {
    /** Resolves once `n` events in total have arrived (or the stream ended). */
    async until(n: number): Promise<any[]> {
      while (events.length < n) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('');
          if (data && block.includes('event: next')) events.push(JSON.parse(data));
        }
      }
      return events;
    },
    cancel: () => reader.cancel(),
  };
}
