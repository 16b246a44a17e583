// Original sounds, synthesised at run time with WebAudio (../shared/ui-spec.md §5): short
// (≤ 0.6 s), soft, distinct. sign-in = two rising notes; message = a two-note "bloop";
// mail = one bright chime; nudge = a short rattle. No audio files, nothing imitated.

export type SoundName = 'signIn' | 'message' | 'mail' | 'nudge';

interface Note {
  freq: number;
  start: number;
  length: number;
  type: OscillatorType;
  /** Glide to this frequency over the note (the "bloop"). */
  to?: number;
}

export const RECIPES: Record<SoundName, Note[]> = {
  signIn: [
    { freq: 587.33, start: 0, length: 0.16, type: 'sine' },
    { freq: 880, start: 0.14, length: 0.28, type: 'sine' },
  ],
  message: [
    { freq: 440, start: 0, length: 0.1, type: 'triangle', to: 660 },
    { freq: 660, start: 0.11, length: 0.16, type: 'triangle', to: 990 },
  ],
  mail: [{ freq: 1318.5, start: 0, length: 0.45, type: 'sine' }],
  nudge: Array.from({ length: 6 }, (_, i) => ({
    freq: i % 2 === 0 ? 180 : 150,
    start: i * 0.06,
    length: 0.05,
    type: 'square' as OscillatorType,
  })),
};

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Ctor) return null;
  context ??= new Ctor();
  return context;
}

/** Plays a sound at the given volume (0–1). Silently does nothing without WebAudio. */
export function playSound(name: SoundName, volume: number): void {
  const ctx = audio();
  if (!ctx || volume <= 0) return;
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const master = ctx.createGain();
  // Quiet by default: attention sounds irritate easily (ui-spec §5).
  master.gain.value = Math.min(1, volume) * (name === 'nudge' ? 0.08 : 0.18);
  master.connect(ctx.destination);
  const t0 = ctx.currentTime + 0.01;
  for (const note of RECIPES[name]) {
    const osc = ctx.createOscillator();
    const env = ctx.createGain();
    osc.type = note.type;
    osc.frequency.setValueAtTime(note.freq, t0 + note.start);
    if (note.to) osc.frequency.exponentialRampToValueAtTime(note.to, t0 + note.start + note.length);
    env.gain.setValueAtTime(0.0001, t0 + note.start);
    env.gain.exponentialRampToValueAtTime(1, t0 + note.start + 0.012);
    env.gain.exponentialRampToValueAtTime(0.0001, t0 + note.start + note.length);
    osc.connect(env).connect(master);
    osc.start(t0 + note.start);
    osc.stop(t0 + note.start + note.length + 0.02);
  }
}

export function soundLength(name: SoundName): number {
  return Math.max(...RECIPES[name].map((n) => n.start + n.length));
}
