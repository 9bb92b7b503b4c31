-- The API request that caused an outbox event, carried to consumers as a NATS header
ALTER TABLE "outbox_event" ADD COLUMN     "requestId" TEXT;
