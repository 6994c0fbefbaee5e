/** The key words coverage questions compare: filler dropped, abbreviations and word forms joined. */
import { describe, expect, it } from '@jest/globals';
import {
  hasAllKeyWords,
  keyWords,
  sameStem,
  sharesKeyWords
} from '../../src/core/check/key-words.js';

describe('keyWords', () => {
  it('drops filler, singularises, spells abbreviations out and splits identifiers', () => {
    expect(keyWords('Configure the user stats for all Repos')).toEqual([
      'configure',
      'statistic',
      'repository'
    ]);
    expect(keyWords('AuthSecurityIntegrationTest')).toEqual([
      'authentication',
      'security',
      'integration',
      'test'
    ]);
    expect(keyWords('Verificación rápida de contrato')).toEqual([
      'verificación',
      'rápida',
      'contrato'
    ]);
  });
});

describe('sameStem', () => {
  it('joins forms of one word', () => {
    for (const [a, b] of [
      ['secure', 'security'],
      ['compile', 'compilation'],
      ['create', 'creation'],
      ['verificación', 'verificar'],
      ['deploy', 'deployment']
    ]) {
      expect([a, b, sameStem(a!, b!)]).toEqual([a, b, true]);
    }
  });

  it('keeps apart words that only start alike, and short words', () => {
    for (const [a, b] of [
      ['content', 'context'],
      ['process', 'procedure'],
      ['component', 'compose'],
      ['confirm', 'configuration'],
      ['test', 'tests']
    ]) {
      expect([a, b, sameStem(a!, b!)]).toEqual([a, b, false]);
    }
  });
});

describe('sharing key words', () => {
  const task = new Set(['e2e', 'test', 'identity', 'creation', 'flow']);

  it('needs two words of a longer title and every word of a short one', () => {
    expect(sharesKeyWords(task, keyWords('Identity Creation & Unlock'))).toBe(true);
    expect(sharesKeyWords(task, keyWords('Identity Recovery Codes'))).toBe(false);
    expect(sharesKeyWords(task, keyWords('Identity'))).toBe(true);
    expect(sharesKeyWords(task, [])).toBe(false);
  });

  it('asks for every word, in any form, when all are needed', () => {
    expect(hasAllKeyWords(task, ['create', 'identity'])).toBe(true);
    expect(hasAllKeyWords(task, ['create', 'account'])).toBe(false);
  });
});
