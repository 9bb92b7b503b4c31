import type { ConsumerSpec } from "@commerce/events";
import { eventRecorder } from "./event-recorder.consumer";

export { eventRecorder };

/**
 * Every durable consumer the worker runs: one file each beside this one, listed here once.
 * Each worker process runs all of them; processes share each durable consumer.
 */
export const consumers: readonly ConsumerSpec[] = [eventRecorder];
