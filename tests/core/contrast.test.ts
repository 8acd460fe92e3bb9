import { describe, expect, it } from 'vitest';
import {
  BLACK,
  MIDDLE_LUMINANCE,
  WHITE,
  backdropOf,
  contrast,
  luminance,
  over,
  parseColor,
} from '../../src/core/contrast';

const grey = (v: number) => ({ r: v, g: v, b: v, a: 1 });

describe('parseColor', () => {
  it('reads the forms browsers compute', () => {
    expect(parseColor('rgb(17, 20, 23)')).toEqual({ r: 17, g: 20, b: 23, a: 1 });
    expect(parseColor('rgba(250, 196, 45, 0.42)')).toEqual({ r: 250, g: 196, b: 45, a: 0.42 });
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('knows no other form: the caller takes it as unknown', () => {
    expect(parseColor('oklch(0.5 0.1 30)')).toBeNull();
    expect(parseColor('color(srgb 1 0 0)')).toBeNull();
  });
});

describe('contrast', () => {
  it("gives WCAG's figures", () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrast(grey(0x76), WHITE)).toBeCloseTo(4.54, 2);
    expect(contrast(grey(0x77), WHITE)).toBeCloseTo(4.48, 2);
    expect(luminance(WHITE)).toBe(1);
  });

  it('has black and white read alike at the middle luminance, at √21:1', () => {
    const k = MIDDLE_LUMINANCE;
    expect((1 + 0.05) / (k + 0.05)).toBeCloseTo(Math.sqrt(21), 6);
    expect((k + 0.05) / 0.05).toBeCloseTo(Math.sqrt(21), 6);
  });
});

describe('over', () => {
  it('blends a translucent colour over an opaque one', () => {
    const blended = over({ r: 250, g: 196, b: 45, a: 0.42 }, WHITE);
    expect(blended.r).toBeCloseTo(250 * 0.42 + 255 * 0.58, 9);
    expect(blended.g).toBeCloseTo(196 * 0.42 + 255 * 0.58, 9);
    expect(blended.b).toBeCloseTo(45 * 0.42 + 255 * 0.58, 9);
    expect(blended.a).toBe(1);
    expect(over({ r: 9, g: 9, b: 9, a: 1 }, WHITE)).toEqual({ r: 9, g: 9, b: 9, a: 1 });
    expect(over({ r: 9, g: 9, b: 9, a: 0 }, WHITE)).toEqual(WHITE);
  });
});

describe('backdropOf', () => {
  it('composites layers outwards to the first opaque one', () => {
    const half = { r: 0, g: 0, b: 0, a: 0.5 };
    expect(backdropOf([{ ...WHITE, a: 0 }, half, WHITE])).toEqual(grey(127.5));
    expect(backdropOf([grey(17), WHITE])).toEqual(grey(17));
  });

  it('is unknown where an image comes first, or nothing is opaque', () => {
    expect(backdropOf([{ ...WHITE, a: 0 }, null, WHITE])).toBeNull();
    expect(
      backdropOf([
        { ...WHITE, a: 0 },
        { ...WHITE, a: 0 },
      ]),
    ).toBeNull();
    expect(backdropOf([])).toBeNull();
  });
});
