import { commerceNextConfig } from "@commerce/next-config";

export default commerceNextConfig("admin");
