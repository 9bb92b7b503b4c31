import type { RouterInputs, RouterOutputs } from "@commerce/api/client";

export type Member = RouterOutputs["staff"]["list"][number];
export type Shop = RouterOutputs["shop"]["list"][number];
export type StaffRole = RouterInputs["staff"]["invite"]["role"];
