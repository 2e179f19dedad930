import { POPULATION_MESSAGES, readPopulation } from './population';

describe('readPopulation', () => {
  it.each([
    ['45000', 45_000],
    ['45,000', 45_000],
    [' 45 000 ', 45_000],
    ['1,000,000', 1_000_000],
    ['20000000', 20_000_000],
  ])('reads %j as %i people', (text, population) => {
    expect(readPopulation(text)).toEqual({ kind: 'number', population });
  });

  it('treats a blank field as not answered yet', () => {
    expect(readPopulation('')).toEqual({ kind: 'empty' });
    expect(readPopulation('  ')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['45k', POPULATION_MESSAGES.notANumber],
    ['about 45000', POPULATION_MESSAGES.notANumber],
    ['45000.5', POPULATION_MESSAGES.notANumber],
    ['1e6', POPULATION_MESSAGES.notANumber],
    ['-500', POPULATION_MESSAGES.negative],
    ['0', POPULATION_MESSAGES.zero],
    ['0,000', POPULATION_MESSAGES.zero],
    ['20000001', POPULATION_MESSAGES.tooLarge],
  ])('says what to type instead of %j', (text, message) => {
    expect(readPopulation(text)).toEqual({ kind: 'invalid', message });
  });
});
