import { describe, expect, it } from 'vitest';
import { cardPosition, MARGIN } from '../../src/content/card-position';

const view = { width: 1280, height: 900 };
const card = { width: 420, height: 300 };
const quote = { left: 500, top: 200, right: 900, bottom: 240 };

describe('cardPosition', () => {
  it('puts the card below the quote, lined up with where a left-to-right line starts', () => {
    expect(cardPosition(quote, card, view, 'ltr')).toEqual({
      left: 500,
      top: 240 + MARGIN,
      maxHeight: null,
    });
  });

  it('lines the card up with the right edge of the quote in a right-to-left card', () => {
    const placed = cardPosition(quote, card, view, 'rtl');
    expect(placed.left + card.width).toBe(900);
    expect(placed.top).toBe(240 + MARGIN);
  });

  it('keeps the card on screen on either side', () => {
    const nearLeft = { left: 0, top: 200, right: 100, bottom: 240 };
    expect(cardPosition(nearLeft, card, view, 'rtl').left).toBe(MARGIN);
    const nearRight = { left: 1200, top: 200, right: 1270, bottom: 240 };
    expect(cardPosition(nearRight, card, view, 'ltr').left).toBe(1280 - 420 - MARGIN);
  });

  it('goes above a quote low on the screen, and is made shorter rather than cover the quote', () => {
    const low = { left: 500, top: 800, right: 900, bottom: 840 };
    expect(cardPosition(low, card, view, 'ltr')).toEqual({
      left: 500,
      top: 800 - MARGIN - 300,
      maxHeight: null,
    });
    const tall = cardPosition(low, { width: 420, height: 850 }, view, 'ltr');
    expect(tall.maxHeight).toBe(800 - 2 * MARGIN);
    expect(tall.top + tall.maxHeight! + MARGIN).toBe(800);
  });
});
