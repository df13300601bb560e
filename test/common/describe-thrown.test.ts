import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeThrown } from '../../src/common/errors.js';

describe('describeThrown: what a thrown value says, whatever was thrown', () => {
  test('an Error: its message, or its stack for a log (its message when it has none)', () => {
    const err = new TypeError('boom');
    assert.equal(describeThrown(err), 'boom');
    assert.equal(describeThrown(err, true), err.stack);
    assert.match(describeThrown(err, true), /^TypeError: boom\n\s+at /);
    const bare = new Error('no stack');
    bare.stack = undefined;
    assert.equal(describeThrown(bare, true), 'no stack');
  });

  test('anything else as text, and never a throw of its own', () => {
    assert.equal(describeThrown(undefined), 'undefined');
    assert.equal(describeThrown(null, true), 'null');
    assert.equal(describeThrown('plain text', true), 'plain text');
    assert.equal(describeThrown(42), '42');
    assert.equal(describeThrown(Symbol('s')), 'Symbol(s)');
    assert.equal(describeThrown({ stack: 'a stack of an error-like object' }, true), 'a stack of an error-like object');
    assert.equal(describeThrown({ message: 'error-like', stack: 'its stack' }), 'error-like');
    assert.equal(describeThrown({ code: 'E' }), '[object Object]');
    const getter = Object.defineProperty({}, 'message', { get: () => { throw new Error('no'); } });
    assert.equal(describeThrown(getter), 'a thrown object that cannot be printed');
    assert.equal(describeThrown(Object.create(null)), 'a thrown object that cannot be printed');
    const hostile = { toString: () => { throw new Error('no'); } };
    assert.equal(describeThrown(hostile, true), 'a thrown object that cannot be printed');
  });
});
