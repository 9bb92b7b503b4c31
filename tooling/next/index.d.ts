import type { NextConfig } from "next";
export declare const commerceNextConfig: NextConfig;
