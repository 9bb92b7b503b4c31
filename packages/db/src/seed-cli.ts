import { config } from "@commerce/config";
import { seedDemoPlatform } from "./demo";
import { createDb } from "./index";

const db = createDb(config().DATABASE_URL);
const made = await seedDemoPlatform(db);
console.log(
  made.users + made.products > 0
    ? `Seeded ${made.companies} demo companies: ${made.users} users, ${made.products} products.`
    : "Demo platform already seeded; left it alone.",
);
await db.$disconnect();
