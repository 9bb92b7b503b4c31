import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { eventSubjects } from "./catalogue";

/** The NATS header that carries the id of the API request behind an event, from relay to consumer logs. */
export const requestIdHeader = "Commerce-Request-Id";

export interface BusOptions {
  natsUrl: string;
  /** Stream that holds every domain event. Tests use a fresh name per run. */
  stream: string;
  /** Prefix on every subject ("" in production, e.g. "t1a2b." in tests) so streams never overlap. */
  subjectPrefix: string;
  /** How long a delivery may stay unacknowledged before the server hands it to another worker (default 30 s). */
  ackWaitSeconds?: number;
}

export interface Bus {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  options: BusOptions;
  subject(type: string): string;
  close(): Promise<void>;
}

export async function connectBus(options: BusOptions, name = "commerce"): Promise<Bus> {
  const nc = await connect({ servers: options.natsUrl, name, maxReconnectAttempts: -1 });
  const jsm = await jetstreamManager(nc);
  const subjects = eventSubjects(options.subjectPrefix);
  try {
    await jsm.streams.info(options.stream);
    await jsm.streams.update(options.stream, { subjects });
  } catch {
    // duplicate_window bounds how long a retried publish of the same event id is recognised.
    await jsm.streams.add({ name: options.stream, subjects, duplicate_window: 2 * 60 * 1_000_000_000 });
  }
  return {
    nc,
    js: jetstream(nc),
    jsm,
    options,
    subject: (type) => `${options.subjectPrefix}${type}`,
    close: async () => {
      await nc.drain();
    },
  };
}

const globalForProbe = globalThis as unknown as { commerceNatsProbes?: Map<string, Promise<NatsConnection>> };

/**
 * Round trip to NATS for readiness probes of processes that hold no bus (the Next apps): one
 * connection per process, opened on the first probe and kept; a failed open is retried on the next.
 */
export async function pingNats(natsUrl: string, name = "commerce-probe"): Promise<number> {
  const probes = (globalForProbe.commerceNatsProbes ??= new Map());
  let nc = probes.get(natsUrl);
  if (!nc) {
    nc = connect({ servers: natsUrl, name, timeout: 2_000, maxReconnectAttempts: -1 });
    probes.set(natsUrl, nc);
    nc.catch(() => probes.delete(natsUrl));
  }
  return (await nc).rtt();
}
