// The reading of Orca's debug log, on lines copied from a real run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entries, OrcaLog, phrases } from './support/orca-log.mjs';

const line = (time, text) => `${time} - ${text}`;

describe("Orca's debug log", () => {
  it('keeps each spoken phrase, without its voice settings', () => {
    const log = [
      line('14:48:29.375009', "SPEECH OUTPUT: 'Page has 11 landmarks, 8 headings, 72 unvisited links.'{'established': False}"),
      line('14:48:29.375010', "EVENT MANAGER: object:state-changed:focused for [link | x]"),
      line('14:48:29.375011', "SPEECH OUTPUT: 'Focus mode' voice=system{'established': False}"),
      line('14:48:29.375012', "SPEECH OUTPUT: ' '{'established': False}"),
    ].join('\n');
    assert.deepEqual(
      phrases(log).map((p) => p.text),
      ['Page has 11 landmarks, 8 headings, 72 unvisited links.', 'Focus mode'],
    );
  });

  it('joins a phrase that spans several lines', () => {
    const log = `${line('14:48:29.1', "SPEECH OUTPUT: 'first")}\n${' '.repeat(18)}second'{'established': False}`;
    assert.deepEqual(entries(log), ["SPEECH OUTPUT: 'first\nsecond'{'established': False}"]);
    assert.equal(phrases(log)[0].text, 'first second');
  });

  it('gives each phrase of a line the languages requested for its own object', () => {
    // Orca generates every object of a line first, then speaks them.
    const log = [
      "SPEECH GENERATOR: default voice requested with language='zh', dialect='Hans'",
      "SPEECH GENERATOR: system voice requested with language='zh', dialect='Hans'",
      'WEB: Speech generation for document object [toggle button | 中文] complete.',
      "SPEECH GENERATOR: default voice requested with language='en', dialect=''",
      'WEB: Speech generation for document object [toggle button | English] complete.',
      "SPEECH GENERATOR: default voice requested with language='mn', dialect='Mong'",
      'WEB: Speech generation for document object [toggle button | ᠮᠣᠩᠭᠣᠯ] complete.',
      "SPEECH OUTPUT: '中文 toggle button pressed.'{'established': False}",
      "SPEECH OUTPUT: 'English toggle button not pressed.'{'established': False}",
      "SPEECH OUTPUT: 'ᠮᠣᠩᠭᠣᠯ toggle button not pressed.'{'established': False}",
      "SPEECH OUTPUT: 'Focus mode'{'established': False}",
    ]
      .map((text, i) => line(`14:48:29.${String(i).padStart(6, '0')}`, text))
      .join('\n');
    assert.deepEqual(
      phrases(log).map((p) => [p.languages.join('+'), p.text]),
      [
        ['zh-Hans', '中文 toggle button pressed.'],
        ['en', 'English toggle button not pressed.'],
        ['mn-Mong', 'ᠮᠣᠩᠭᠣᠯ toggle button not pressed.'],
        ['', 'Focus mode'],
      ],
    );
  });

  it('gives nameless text the next generated object, and a plain message the languages requested just before it', () => {
    const log = [
      "SPEECH GENERATOR: default voice requested with language='zh', dialect='Hans'",
      'WEB: Speech generation for document object [paragraph | ] complete.',
      "SPEECH OUTPUT: '来源:内蒙古日报'{'established': False}",
      "SPEECH GENERATOR: system voice requested with language='None', dialect='None'",
      "SPEECH OUTPUT: 'expanded'{'established': False}",
    ]
      .map((text, i) => line(`14:48:30.${String(i).padStart(6, '0')}`, text))
      .join('\n');
    assert.deepEqual(
      phrases(log).map((p) => [p.languages.join('+'), p.text]),
      [
        ['zh-Hans', '来源:内蒙古日报'],
        ['', 'expanded'],
      ],
    );
  });

  it('knows when Orca has an event queued or in hand', () => {
    const log = new OrcaLog('/nonexistent');
    log.track(`${line('1', 'EVENT MANAGER: Queueing object:state-changed:focused [link | 首页]')}\n`);
    assert.equal(log.idle, false, 'an event is queued');
    log.track(`${line('2', 'EVENT MANAGER: Dequeued object:state-changed:focused [link | 首页]')}\nvvvvv PROCESS OBJECT EVENT object:state-changed:focused vvvvv\n`);
    assert.equal(log.idle, false, 'the event is being handled');
    log.track('^^^^^ PROCESS OBJECT EVENT object:state-changed:focused ^^^^^');
    assert.equal(log.idle, false, 'a line is complete only with its line break');
    log.track('\n');
    assert.equal(log.idle, true);
  });
});
