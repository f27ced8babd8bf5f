import { parseFigure } from './figures';

describe('a figure as typed in the update form', () => {
  it.each([
    ['3500', 3500],
    ['3,500', 3500],
    ['3 500', 3500],
    ['٣٬٥٠٠', 3500],
    ['12.5', 12.5],
    ['١٢٫٥', 12.5],
    ['-4', -4],
  ])('reads %s as %d', (text, value) => expect(parseFigure(text)).toBe(value));
  it.each(['', 'many', '3.5.1', '1e6', '12%'])('refuses %j', (text) => expect(parseFigure(text)).toBeNaN());
});
