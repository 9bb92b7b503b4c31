"use client";
import { PinPad } from "./pin-pad";
import { usePinSignIn } from "./use-pin-sign-in";

/** The PIN screen a till shows when nobody is signed in. */
export function SignInScreen() {
  const {
    remembered,
    setChangingShop,
    shopText,
    setShopText,
    staff,
    setStaff,
    pin,
    setPin,
    busy,
    error,
    setError,
    shopRef,
    staffRef,
    pinRef,
    shopLabelId,
    askShop,
    startChangingShop,
    press,
    submit,
  } = usePinSignIn();

  const inputClass =
    "h-14 w-full rounded-xl border border-gray-300 bg-white px-4 text-xl outline-none placeholder:text-gray-400 focus:border-gray-900 focus:ring-2 focus:ring-gray-900/10 aria-invalid:border-red-500";

  return (
    <main className="flex min-h-dvh items-center justify-center bg-gray-100 p-4 sm:p-8">
      <div className="w-full max-w-4xl overflow-hidden rounded-3xl bg-white shadow-xl">
        <div className="bg-gray-900 px-8 py-5 text-white">
          <h1 className="text-2xl font-bold">Sign in to the till</h1>
          <p className="text-sm text-gray-300">Enter your staff number and PIN.</p>
        </div>

        <form onSubmit={submit} noValidate className="grid gap-8 p-6 sm:p-8 md:grid-cols-2">
          <div className="flex flex-col gap-5">
            {remembered === undefined ? (
              <div aria-hidden="true" className="h-[5.25rem] motion-safe:animate-pulse rounded-xl bg-gray-100" />
            ) : askShop ? (
              <div>
                <label htmlFor="signin-shop" className="mb-1.5 block text-base font-semibold">
                  Shop code
                </label>
                <div className="flex gap-2">
                  <input
                    ref={shopRef}
                    id="signin-shop"
                    name="shop"
                    value={shopText}
                    onChange={(e) => {
                      setShopText(e.target.value);
                      setError(null);
                    }}
                    autoComplete="off"
                    autoCapitalize="characters"
                    autoCorrect="off"
                    spellCheck={false}
                    enterKeyHint="next"
                    aria-required="true"
                    placeholder="e.g. ACME-DT"
                    className={`${inputClass} uppercase placeholder:normal-case`}
                  />
                  {remembered && (
                    <button
                      type="button"
                      onClick={() => {
                        setChangingShop(false);
                        setError(null);
                      }}
                      className="h-14 shrink-0 rounded-xl border border-gray-300 px-4 text-base font-medium whitespace-nowrap text-gray-700 active:bg-gray-100"
                    >
                      Keep {remembered}
                    </button>
                  )}
                </div>
              </div>
            ) : (
              <div role="group" aria-labelledby={shopLabelId}>
                <p id={shopLabelId} className="mb-1.5 text-base font-semibold">
                  Shop code
                </p>
                <div className="flex h-14 items-center justify-between gap-3 rounded-xl bg-gray-100 pr-2 pl-4">
                  <span className="rounded-full bg-gray-900 px-3 py-1 font-mono text-lg font-semibold text-white" data-testid="shop-chip">
                    {remembered}
                  </span>
                  <button
                    type="button"
                    onClick={startChangingShop}
                    className="h-11 rounded-lg px-3 text-base font-medium text-gray-700 underline underline-offset-2 active:bg-gray-200"
                  >
                    Change shop
                  </button>
                </div>
              </div>
            )}

            <div>
              <label htmlFor="signin-staff" className="mb-1.5 block text-base font-semibold">
                Staff number
              </label>
              <input
                ref={staffRef}
                id="signin-staff"
                name="staff"
                value={staff}
                onChange={(e) => {
                  setStaff(e.target.value);
                  setError(null);
                }}
                inputMode="numeric"
                autoComplete="off"
                enterKeyHint="next"
                aria-required="true"
                className={inputClass}
              />
            </div>

            <div>
              <label htmlFor="signin-pin" className="mb-1.5 block text-base font-semibold">
                PIN
              </label>
              <input
                ref={pinRef}
                id="signin-pin"
                name="pin"
                type="password"
                value={pin}
                onChange={(e) => {
                  setPin(e.target.value);
                  setError(null);
                }}
                inputMode="numeric"
                autoComplete="off"
                enterKeyHint="go"
                aria-required="true"
                className={`${inputClass} text-center font-mono text-3xl tracking-[0.5em]`}
              />
            </div>

            {error && (
              <p role="alert" className="rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-base text-red-900">
                {error}
              </p>
            )}

            <button
              type="submit"
              disabled={busy}
              aria-busy={busy}
              className="mt-auto flex h-16 w-full items-center justify-center gap-3 rounded-2xl bg-emerald-600 text-xl font-bold text-white shadow-sm active:bg-emerald-700 disabled:bg-gray-300 disabled:text-gray-500 disabled:shadow-none"
            >
              {busy && <span aria-hidden="true" className="h-5 w-5 motion-safe:animate-spin rounded-full border-2 border-white/40 border-t-white" />}
              Sign in
            </button>
          </div>

          <PinPad onPress={press} disabled={busy} />
        </form>
      </div>
    </main>
  );
}
