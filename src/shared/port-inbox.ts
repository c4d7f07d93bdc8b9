// Messages taken from a MessagePort only when the consumer asks for the next one. A 'message' listener
// deserializes every message as it arrives, so those that wait for a busy consumer live in its heap while
// it allocates: they outlive young-generation collections and are copied into the old generation. Taken
// with receiveMessageOnPort, a waiting message stays serialized in the port's queue until its turn.
import { type MessagePort, receiveMessageOnPort } from "node:worker_threads";

export class PortInbox<T> {
  constructor(private readonly port: MessagePort) {}

  /** The next message: at once when one is queued, otherwise when one arrives. */
  take(): Promise<T> {
    const queued = receiveMessageOnPort(this.port);
    if (queued) return Promise.resolve(queued.message as T);
    // A one-time listener: once it is gone the port stops delivering, and later messages stay queued.
    return new Promise((resolve) => this.port.once("message", (message: T) => resolve(message)));
  }
}
