import { describe, expect, it } from '@jest/globals';
import { fileNameWords, wordSpans, words } from '../../src/core/text/words.js';

describe('words', () => {
  it('splits humps, acronyms, digits and punctuation into lower-case words', () => {
    expect(words('IBasketService')).toEqual(['i', 'basket', 'service']);
    expect(words('invite.create')).toEqual(['invite', 'create']);
    expect(words('HTTPRequest2Body')).toEqual(['http', 'request2', 'body']);
    expect(words('seed_packet-list')).toEqual(['seed', 'packet', 'list']);
  });
});

describe('wordSpans', () => {
  it('keeps each word as written, with its offset, unsplit at humps and underscores', () => {
    expect(wordSpans('each OrderLine has 1:N seed_packets')).toEqual([
      { text: 'each', index: 0 },
      { text: 'OrderLine', index: 5 },
      { text: 'has', index: 15 },
      { text: 'N', index: 21 },
      { text: 'seed_packets', index: 23 }
    ]);
  });

  it('starts a word at a letter or underscore, never at a digit', () => {
    expect(wordSpans('2x _id 42').map(span => span.text)).toEqual(['x', '_id']);
  });
});

describe('fileNameWords', () => {
  it('transliterates other scripts, a run of them one word, a change of script a word break', () => {
    expect(fileNameWords('Helm으로 원클릭 설치')).toEqual([
      'helm',
      'eulo',
      'wonkeullig',
      'seolchi'
    ]);
    expect(fileNameWords('书架管理')).toEqual(['shujiaguanli']);
    expect(fileNameWords('Управление полками')).toEqual(['upravlenie', 'polkami']);
  });

  it('folds accents, keeps mixed-case names whole, and leaves ASCII as it is', () => {
    expect(fileNameWords('Recepción de gRPC')).toEqual(['recepcion', 'de', 'grpc']);
    expect(fileNameWords('Straße')).toEqual(['strasse']);
    expect(fileNameWords('shelf-label v2')).toEqual(['shelf', 'label', 'v2']);
  });

  it('nearest miss: an emoji or a symbol is no letter to transliterate, only a break', () => {
    expect(fileNameWords('Ship it 🚀 now')).toEqual(['ship', 'it', 'now']);
    expect(fileNameWords('a→b')).toEqual(['a', 'b']);
  });
});
