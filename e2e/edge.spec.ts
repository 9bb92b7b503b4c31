import { expect, test } from "@playwright/test";
import { urls } from "../playwright.config";

// What the apps' own server (tooling/next/serve.js) answers to hostile requests, over HTTP.

test("an address that is not valid percent-encoding is a 400 on every app, not a 500", async ({ request }) => {
  for (const base of [urls.web, urls.admin, urls.pos]) {
    for (const path of ["/acme/products/%ED%A0%80", "/%ZZ", "/orders/%E0%A4%A"]) {
      const answer = await request.get(`${base}${path}`);
      expect(answer.status(), `${base}${path}`).toBe(400);
      expect(await answer.text()).toBe("Bad request: the address is not valid UTF-8 percent-encoding.");
    }
  }
});

test("the API names the field of a hostile string, and a broken cookie or forged peer header changes nothing", async ({ request }) => {
  const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));
  const hostile = await request.get(`${urls.web}/api/trpc/product.getAll?input=${input({ search: "a\u0000b" })}`, {
    headers: { "x-company": "acme", cookie: "web.session-token=%E0%A4%A; other=%", "x-commerce-peer": "203.0.113.9", "x-forwarded-for": "203.0.113.10" },
  });
  expect(hostile.status()).toBe(400);
  const body = (await hostile.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string[]>; requestId: string } } } };
  expect(body.error.json.message).toBe("search: must not contain NUL characters or unpaired UTF-16 surrogates");
  expect(body.error.json.data.fieldErrors).toEqual({ search: ["must not contain NUL characters or unpaired UTF-16 surrogates"] });
  expect(body.error.json.data.requestId).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/stack|prisma|\.ts:/i);
});
