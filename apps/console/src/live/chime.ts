// The sound of an escalation or alert landing (issue 26 item 4): two short tones made with the
// Web Audio API — no audio file, so nothing for the gateway's CSP (media-src 'self') to refuse.
// Browsers start audio only after the user has interacted with the page: unlockAudio() runs on
// the first key or click (the sign-in counts).

let context: AudioContext | undefined;
let muted = globalThis.localStorage?.getItem('freight.console.muted') === 'true';

function audio(): AudioContext | undefined {
  const Context = globalThis.AudioContext;
  if (!Context) return undefined;
  context ??= new Context();
  return context;
}

export function unlockAudio(): void {
  const ctx = audio();
  if (ctx?.state === 'suspended') void ctx.resume();
}

export const isMuted = (): boolean => muted;

export function setMuted(value: boolean): void {
  muted = value;
  globalThis.localStorage?.setItem('freight.console.muted', String(value));
}

/** Plays the chime; false when muted or the browser has no audio. */
export function chime(): boolean {
  if (muted) return false;
  const ctx = audio();
  if (!ctx) return false;
  const start = ctx.currentTime;
  [880, 660].forEach((frequency, i) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.25, start + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.16);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start + i * 0.18);
    oscillator.stop(start + i * 0.18 + 0.17);
  });
  return true;
}
