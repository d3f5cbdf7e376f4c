"use client";
// Prints the reading page (the print stylesheet hides navigation and controls).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="text-indigo-700 hover:underline">
      {label}
    </button>
  );
}
