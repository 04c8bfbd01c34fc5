// Small SVG glyphs shared by the drawings (check mark, chevrons).
import { cx } from "./cx";

export function CheckGlyph({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 12 12" className={cx("size-full", className)} aria-hidden="true">
      <path
        d="M2.5 6.3 5 8.8l4.6-5.3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function ChevronDown({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 12 12" className={cx("size-3", className)} aria-hidden="true">
      <path d="M3 4.5 6 7.5l3-3" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

export function ChevronRight({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 12 12" className={cx("size-3", className)} aria-hidden="true">
      <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

export function ChevronLeft({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 12 12" className={cx("size-3", className)} aria-hidden="true">
      <path d="M7.5 2.5 4 6l3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/** macOS pop-up button arrows (up and down). */
export function UpDown({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 10 14" className={cx("h-3.5 w-2.5", className)} aria-hidden="true">
      <path d="M2.5 5 5 2.5 7.5 5M2.5 9 5 11.5 7.5 9" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
