import { config } from "@commerce/config";
import { createDb } from "./index";
import { seedDemoCatalogue } from "./seed";

const db = createDb(config().DATABASE_URL);
const created = await seedDemoCatalogue(db);
console.log(created > 0 ? `Seeded ${created} demo products.` : "Catalogue already has products; seed left it alone.");
await db.$disconnect();
