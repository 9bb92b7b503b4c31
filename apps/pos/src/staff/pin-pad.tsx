const padKeys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"] as const;

/** Big buttons that type into the PIN field, so the tablet's own keyboard never has to open. */
export function PinPad({ onPress, disabled }: { onPress: (key: (typeof padKeys)[number]) => void; disabled: boolean }) {
  return (
    <div role="group" aria-label="Keypad" className="grid grid-cols-3 gap-3 self-center">
      {padKeys.map((key) => (
        <button
          key={key}
          type="button"
          disabled={disabled}
          onClick={() => onPress(key)}
          className={`h-20 touch-manipulation rounded-2xl border font-semibold select-none active:scale-[0.97] disabled:opacity-40 ${
            key === "clear"
              ? "border-gray-200 bg-gray-100 text-lg text-gray-700 active:bg-gray-200"
              : key === "back"
                ? "border-gray-200 bg-gray-100 text-3xl text-gray-700 active:bg-gray-200"
                : "border-gray-300 bg-white text-3xl text-gray-900 shadow-sm active:bg-gray-100"
          }`}
        >
          {key === "clear" ? (
            "Clear"
          ) : key === "back" ? (
            <>
              ⌫<span className="sr-only"> Delete last digit</span>
            </>
          ) : (
            key
          )}
        </button>
      ))}
    </div>
  );
}
