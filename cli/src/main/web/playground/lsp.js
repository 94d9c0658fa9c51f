// A small JSON-RPC client for the Language Server Protocol over a WebSocket: one message per text
// frame, as the playground's server speaks it (PlaygroundLspWebSocket).

export class LspConnection {
  constructor(url) {
    this.socket = new WebSocket(url);
    this.nextId = 1;
    this.pending = new Map();
    this.handlers = new Map();
    this.opened = new Promise((resolve, reject) => {
      this.socket.addEventListener("open", () => resolve());
      this.socket.addEventListener("error", () => reject(new Error("cannot reach the language server")));
    });
    this.closed = new Promise((resolve) => this.socket.addEventListener("close", () => resolve()));
    this.socket.addEventListener("message", (event) => this.receive(JSON.parse(event.data)));
  }

  on(method, handler) {
    this.handlers.set(method, handler);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    });
  }

  notify(method, params) {
    this.socket.send(JSON.stringify({ jsonrpc: "2.0", method, params }));
  }

  async receive(message) {
    if (message.method === undefined) {
      const waiting = this.pending.get(message.id);
      if (waiting) {
        this.pending.delete(message.id);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result);
      }
      return;
    }
    const handler = this.handlers.get(message.method);
    let result = null;
    try {
      if (handler) result = await handler(message.params);
    } catch (e) {
      console.warn(message.method, e);
    }
    if (message.id !== undefined) {
      // the server asked (configuration, registration, applyEdit): it always gets an answer
      this.socket.send(JSON.stringify({ jsonrpc: "2.0", id: message.id, result: result === undefined ? null : result }));
    }
  }
}
