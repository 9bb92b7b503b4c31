export * from "./provider";
export * from "./test-cards";
export * from "./http-provider";
