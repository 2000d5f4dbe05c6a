import { useEffect, useState } from 'react';

/** Times are stored in UTC and shown in China time (the company's branches all keep it). */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

// sv-SE writes `2025-03-14 10:20:00`: one unambiguous form for both languages
const format = new Intl.DateTimeFormat('sv-SE', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** `2025-03-14 10:20:00` in Asia/Shanghai, whatever the PC's zone (the same in both languages). */
export function formatInstant(iso: string | null | undefined): string {
  return iso ? format.format(new Date(iso)) : '—';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A span as a countdown reads it: `0:42:05`, `12:00:00`, `3d 04h` beyond a day; no sign. */
export function formatSpan(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${days}d ${pad(hours)}h`;
  return `${hours}:${pad(minutes)}:${pad(seconds)}`;
}

/** The time now, re-rendering every `everyMs`: what makes countdowns tick. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
