import type { NextConfig } from "next";
export declare function securityHeaders(publicUrl?: string): { key: string; value: string }[];
export declare function commerceNextConfig(app: "web" | "admin" | "pos"): NextConfig;
