// Runs once when the server starts: a bad configuration stops it here, with one clear line.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { config } = await import("@commerce/config");
    config();
  }
}
